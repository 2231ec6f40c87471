// Markdown output (entries and a people loop) against reviewed golden files (tests/fixtures/documents/<type>.md); UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  documentOf,
  PROFILE,
  sampleEntries,
  samplePeopleLoop,
} from '../../../../tests/support/document-fixtures.js';
import { buildDocument } from '../../../core/documents/build-document.js';
import { DOCUMENT_TYPES } from '../../../core/documents/document-types.js';
import { escapeMarkdown, renderMarkdown } from './render-markdown.js';

const GOLDEN = join(import.meta.dirname, '../../../../tests/fixtures/documents');

describe('renderMarkdown', () => {
  for (const type of DOCUMENT_TYPES) {
    it(`renders the ${type} document as in its reviewed golden file`, () => {
      const inputs = documentInputs(type, sampleEntries(), {}, PROFILE, samplePeopleLoop());
      const markdown = renderMarkdown(buildDocument(type, inputs).document);
      const file = join(GOLDEN, `${type}.md`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, markdown);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(markdown).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('escapes what Markdown would read as markup, so an entry cannot inject a link or HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script> [x](javascript:y) *a* `b` #c')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*a\\* \\`b\\` \\#c',
    );
    expect(escapeMarkdown('a | b\nc', true)).toBe('a \\| b c');
  });

  it('renders every block kind: headings, lists, tables, quotes, citations and gaps', () => {
    const markdown = renderMarkdown(
      documentOf([
        { type: 'heading', text: 'H' },
        {
          type: 'list',
          ordered: true,
          items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]],
        },
        {
          type: 'quote',
          content: [
            { type: 'emphasis', text: 'Great work ' },
            { type: 'citation', entryId: 'e', date: '2026-01-02', link: 'https://x.example/a b' },
          ],
          attribution: 'Ravi',
        },
        {
          type: 'paragraph',
          content: [
            { type: 'strong', text: 'Claim' },
            { type: 'gap', what: 'a number', why: 'none given' },
          ],
        },
      ]),
    );
    expect(markdown).toBe(
      '# T\n\n## S\n\n### H\n\n1. one\n2. two\n\n> *Great work* ([2026-01-02](<https://x.example/a%20b>))\n>\n> \u2014 Ravi\n\n**Claim** **[TO FILL: a number]** *(none given)*\n',
    );
  });
});
