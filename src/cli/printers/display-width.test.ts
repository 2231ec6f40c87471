import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.js';

describe('displayWidth', () => {
  it('counts one column per character of Latin, Greek and Cyrillic text', () => {
    expect(displayWidth('billing')).toBe(7);
    expect(displayWidth('Zoë Дмитрий Ελληνικά')).toBe(20);
  });

  it('counts two columns for Chinese, Japanese and Korean characters and emoji', () => {
    expect(displayWidth('计费')).toBe(4);
    expect(displayWidth('ログ v2')).toBe(7);
    expect(displayWidth('결제')).toBe(4);
    expect(displayWidth('ship 🚀')).toBe(7);
  });

  it('counts no column for combining marks, variation selectors and zero-width joiners', () => {
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth('a\ufe0eb')).toBe(2);
    expect(displayWidth('a\u200db')).toBe(2);
  });
});
