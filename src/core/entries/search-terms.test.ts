import { describe, expect, it } from 'vitest';
import { hasUnspacedScript, searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('splits on spaces and punctuation and lowercases', () => {
    expect(searchTerms('Billing, "cutover"!')).toEqual(['billing', 'cutover']);
  });

  it('keeps a run of Chinese, Japanese or Korean letters as one term, split only at punctuation', () => {
    expect(searchTerms('数据库迁移。API网关')).toEqual(['数据库迁移', 'api网关']);
    expect(searchTerms('データベース・移行')).toEqual(['データベース', '移行']);
    expect(searchTerms('데이터베이스를 이전')).toEqual(['데이터베이스를', '이전']);
  });
});

describe('hasUnspacedScript', () => {
  it.each(['迁移', 'データ', 'ひらがな', '데이터', 'api网关'])('holds %j to be CJK', (term) => {
    expect(hasUnspacedScript(term)).toBe(true);
  });

  it.each(['billing', 'über', '2026', 'миграция'])('holds %j not to be', (term) => {
    expect(hasUnspacedScript(term)).toBe(false);
  });
});
