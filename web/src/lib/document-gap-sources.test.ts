// Gaps point at the entry whose claim they follow, in the order and with the places the server lists.
import { describe, expect, it } from 'vitest';
import type { DocumentInline, DocumentJson } from '../api/documents';
import { gapSources } from './document-gap-sources';

const cite = (entryId: string, date: string): DocumentInline => ({
  type: 'citation',
  entryId,
  date,
  link: null,
});
const gap = (what: string): DocumentInline => ({ type: 'gap', what, why: 'not recorded' });
const text = (value: string): DocumentInline => ({ type: 'text', text: value });
const listed = (what: string, under: string | null) => ({
  section: 'Projects',
  under,
  what,
  why: 'not recorded',
  claim: null,
});

function documentOf(
  blocks: DocumentJson['document']['sections'][number]['blocks'],
  gaps: DocumentJson['gaps'],
) {
  return {
    format: 'promocase-document',
    version: 1,
    document: {
      type: 'brag',
      title: 'Brag document',
      metadata: [],
      sections: [{ id: 'projects', title: 'Projects', blocks }],
    },
    gaps,
  } satisfies DocumentJson;
}

describe('gapSources', () => {
  it('links a gap to the citation of the claim it follows, else the one after it', () => {
    const doc = documentOf(
      [
        { type: 'heading', text: 'billing' },
        {
          type: 'list',
          ordered: false,
          items: [
            [text('Cut over 5%'), cite('e1', '2026-08-01'), gap('a number')],
            [gap('the outcome'), text('Wrote the runbook'), cite('e2', '2026-08-02')],
          ],
        },
      ],
      [listed('a number', 'billing'), listed('the outcome', 'billing')],
    );
    expect(gapSources(doc).map((s) => [s.index, s.entryId, s.date, s.gap.what])).toEqual([
      [0, 'e1', '2026-08-01', 'a number'],
      [1, 'e2', '2026-08-02', 'the outcome'],
    ]);
  });

  it("leaves a gap that cites nothing without an entry; a table cell takes its row's citation", () => {
    const doc = documentOf(
      [
        { type: 'paragraph', content: [gap('the decisions')] },
        {
          type: 'table',
          header: ['Claim', 'Result'],
          rows: [[[text('Led it'), cite('e3', '2026-09-01')], [gap('a metric')]]],
        },
      ],
      [listed('the decisions', null), listed('a metric', null)],
    );
    const sources = gapSources(doc);
    expect(sources.map((s) => s.entryId)).toEqual([null, 'e3']);
    expect(sources[1]?.gap.what).toBe('a metric');
  });
});
