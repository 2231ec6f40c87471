import { describe, expect, it } from 'vitest';
import { type Block, bullets, gap, heading, type PromoDocument, paragraph, text } from './document-model.js';
import { countDocumentWords, limitWords } from './limit-words.js';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

/** A document of one section holding these blocks. */
function oneSection(blocks: Block[]): PromoDocument {
  return { type: 'meta', title: 't', metadata: [], sections: [{ id: 's', title: 's', blocks }] };
}

/** A document of sections whose items have `n` words each. */
function doc(sections: Record<string, number[]>): PromoDocument {
  return {
    type: 'meta',
    title: 'Self-review',
    metadata: [{ label: 'Author', value: 'not counted at all' }],
    sections: Object.entries(sections).map(([id, items]) => ({
      id,
      title: id,
      blocks: [
        paragraph(text(words(items[0]!, `${id}-open-`))),
        bullets(items.slice(1).map((n, i) => [text(words(n, `${id}-${i}-`))])),
      ],
    })),
  };
}

describe('limitWords', () => {
  it('leaves a document within the limit untouched and reports no cut', () => {
    const d = doc({ impact: [10, 5, 5], people: [10, 5] });
    const { document, report } = limitWords(d, 100);
    expect(document).toEqual(d);
    expect(report).toEqual({ limit: 100, wordsBefore: 35, wordsAfter: 35, cut: [] });
  });

  it('never returns more words than the limit, and reports each piece it cut', () => {
    const d = doc({ impact: [20, 30, 30, 30], excellence: [20, 10, 10], people: [20, 5] });
    const { document, report } = limitWords(d, 100);
    expect(countDocumentWords(document)).toBeLessThanOrEqual(100);
    expect(report.wordsBefore).toBe(175);
    expect(report.wordsAfter).toBe(countDocumentWords(document));
    expect(report.cut.reduce((n, c) => n + c.words, 0)).toBe(report.wordsBefore - report.wordsAfter);
    expect(report.cut[0]).toMatchObject({ section: 'impact', words: 30 });
    expect(report.cut[0]!.excerpt).toMatch(/^impact-2-0 impact-2-1/);
  });

  it('cuts the longest section first, so every section keeps its opening', () => {
    const { document } = limitWords(doc({ impact: [20, 30, 30, 30], people: [20, 5] }), 80);
    expect(document.sections.map((s) => s.blocks.length)).toEqual([2, 2]);
    expect(document.sections[1]!.blocks).toEqual(doc({ people: [20, 5] }).sections[0]!.blocks);
  });

  it('cuts openings too, last section first, when the openings alone are over the limit', () => {
    const { document, report } = limitWords(doc({ a: [40], b: [40], c: [40] }), 50);
    expect(countDocumentWords(document)).toBeLessThanOrEqual(50);
    expect(report.cut.map((c) => c.section)).toEqual(['c', 'b']);
  });

  it('never leaves a heading with nothing under it, and reports the heading it cut', () => {
    const d = oneSection([
      heading('first'),
      bullets([[text(words(10, 'a'))]]),
      heading('second'),
      bullets([[text(words(10, 'b'))], [text(words(10, 'c'))]]),
    ]);
    const { document, report } = limitWords(d, 12);
    expect(document.sections[0]!.blocks).toEqual(d.sections[0]!.blocks.slice(0, 2));
    expect(report.cut.map((c) => c.excerpt)).toEqual([words(10, 'c'), words(10, 'b'), 'second']);
    expect(report.wordsAfter).toBe(countDocumentWords(document));
    expect(report.cut.reduce((n, c) => n + c.words, 0)).toBe(report.wordsBefore - report.wordsAfter);
  });

  it('takes a gap that has no words away with the piece before it, so it is not left under another story', () => {
    const missing = gap('the outcome, with a number', 'no entry records an impact');
    const d = oneSection([
      heading('first'),
      bullets([[text(words(10, 'a'))]]),
      heading('second'),
      paragraph(text(words(10, 'b'))),
      paragraph(text('Outcome.')),
      bullets([[missing]]),
    ]);
    const { document, report } = limitWords(d, 12);
    expect(document.sections[0]!.blocks).toEqual(d.sections[0]!.blocks.slice(0, 2));
    expect(report.cut.map((c) => c.excerpt)).toEqual(['Outcome.', words(10, 'b'), 'second']);

    // Within one story: the gap goes with its lead-in, not onto the end of the list before it.
    const story = oneSection([
      paragraph(text(words(5, 'p'))),
      bullets([[text(words(5, 'd'))]]),
      paragraph(text('Outcome.')),
      bullets([[missing]]),
    ]);
    expect(limitWords(story, 10).document.sections[0]!.blocks).toEqual(story.sections[0]!.blocks.slice(0, 2));
  });

  it('counts words as people do: numbers, hyphenated and accented words count once', () => {
    const d = oneSection([paragraph(text("Zoë's cut p95 from 2.5 s to 300 ms — well-known."))]);
    expect(countDocumentWords(d)).toBe(10);
  });
});
