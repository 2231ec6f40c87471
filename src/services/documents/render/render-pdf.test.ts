// PDF output parsed back with a pure-JS parser (unpdf, pdf.js inside): text, pages, fonts for non-Latin text.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  makeEntry,
  promotionDocuments,
  sampleEntries,
} from '../../../../tests/support/document-fixtures.js';
import { buildDocument } from '../../../core/documents/build-document.js';
import { findGaps } from '../../../core/documents/find-gaps.js';
import { renderPdf } from './render-pdf.js';

async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

describe('renderPdf', () => {
  it('writes a PDF whose text holds the title, sections, stories, citations and gaps', async () => {
    const { bytes, unshown } = await renderPdf(
      buildDocument('brag', documentInputs('brag', sampleEntries())).document,
    );
    expect(unshown).toEqual([]);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { pages, text } = await readPdf(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of [
      'Brag document: Alex Doe',
      'Projects',
      'page-cache (2026-07-06 to 2026-08-12)',
      'Product pages took 2 s to render under load. (2026-07-06)',
      '[TO FILL: a number for this outcome]',
      "Work that wasn't my job",
      'Communication and influence',
    ])
      expect(text).toContain(expected);
    expect(text).toContain(`1 / ${pages}`);
  });

  it('breaks a long document across pages and numbers every page', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeEntry({
        date: '2026-09-01',
        title: `Shipped improvement ${i} to the ranking service`,
        project: 'ranking',
        impact: `latency down ${i} ms`,
      }),
    );
    const { pages, text } = await readPdf(
      (await renderPdf(buildDocument('brag', documentInputs('brag', many)).document)).bytes,
    );
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`${pages} / ${pages}`);
    expect(text).toContain('Shipped improvement 119 to the ranking service');
  });

  it('makes every linked citation a link to its URL over the date', async () => {
    const entries = [
      makeEntry({
        date: '2026-09-01',
        title: 'Wrote the cache design',
        links: ['https://docs.example.com/cache'],
      }),
      makeEntry({ date: '2026-09-02', title: 'Fixed the flaky test' }),
    ];
    const pdf = await getDocumentProxy(
      new Uint8Array(
        (await renderPdf(buildDocument('brag', documentInputs('brag', entries)).document)).bytes,
      ),
    );
    const page = await pdf.getPage(1);
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map((a) => a.url))).toEqual(new Set(['https://docs.example.com/cache']));
    const dates = (await page.getTextContent()).items.filter(
      (i) => 'str' in i && i.str.includes('2026-09-01'),
    ) as Array<{ transform: number[] }>;
    // The link's rectangle covers a line that shows the date.
    expect(
      links.every((a) => dates.some((d) => d.transform[5]! >= a.rect[1] && d.transform[5]! <= a.rect[3])),
    ).toBe(true);
  });

  it('writes Western European punctuation and accents with the standard fonts, embedding nothing', async () => {
    const entries = [
      makeEntry({
        date: '2026-09-01',
        title: 'Café “naïve” rollout — 5 € saved • (done) \\ ok',
        kind: 'mentoring',
      }),
    ];
    const { bytes, unshown } = await renderPdf(
      buildDocument('brag', documentInputs('brag', entries)).document,
    );
    expect(unshown).toEqual([]);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/FontFile');
    const { text } = await readPdf(bytes);
    expect(text).toContain('Café “naïve” rollout — 5 € saved • (done) \\ ok');
  });

  it('keeps accented, Greek and Cyrillic text readable by embedding a font that has them', async () => {
    const entries = [
      makeEntry({
        date: '2026-09-01',
        title: 'Paired with Zoë Łukasiewicz and Дмитрий on the Ελληνικά locale',
        kind: 'mentoring',
        links: ['https://wiki.example.com/locale'],
      }),
    ];
    const { bytes, unshown } = await renderPdf(
      buildDocument('brag', documentInputs('brag', entries)).document,
    );
    expect(unshown).toEqual([]);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/FontFile2');
    const { text } = await readPdf(bytes);
    expect(text).toContain('Paired with Zoë Łukasiewicz and Дмитрий on the Ελληνικά locale');
    const page = await (await getDocumentProxy(new Uint8Array(bytes))).getPage(1);
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
    expect(links.map((a) => a.url)).toContain('https://wiki.example.com/locale');
  });
});

describe('renderPdf and characters its font lacks', () => {
  it('names the characters that have no glyph in the embedded font, each once, in the order first met', async () => {
    const entries = [
      makeEntry({ date: '2026-09-01', title: '设计了计费系统 🚀 with Zoë', kind: 'design' }),
      makeEntry({ date: '2026-09-02', title: 'Reviewed 计费 again, Дмитрий helped', kind: 'design' }),
    ];
    const { bytes, unshown } = await renderPdf(
      buildDocument('brag', documentInputs('brag', entries)).document,
    );
    expect(unshown).toEqual(['设', '计', '了', '费', '系', '统', '🚀']);
    const { text } = await readPdf(bytes);
    expect(text).toContain('with Zoë');
    expect(text).toContain('Дмитрий helped');
  });
});

describe('woffToSfnt', () => {
  it('refuses a file that is not WOFF', async () => {
    const { woffToSfnt } = await import('./woff-to-sfnt.js');
    expect(() => woffToSfnt(new TextEncoder().encode('not a font at all, just some text here....'))).toThrow(
      'not a WOFF 1.0 font',
    );
  });
});

describe('renderPdf for the promotion documents', () => {
  for (const { type, inputs } of promotionDocuments()) {
    it(`${type}: the text holds the title, every section title and every gap`, async () => {
      const doc = buildDocument(type, inputs).document;
      const { pages, text } = await readPdf((await renderPdf(doc)).bytes);
      expect(pages).toBeGreaterThanOrEqual(1);
      for (const expected of [doc.title, ...doc.sections.map((s) => s.title)])
        expect(text).toContain(expected);
      expect(text.split('[TO FILL:').length - 1).toBe(findGaps(doc).length);
    });
  }
});
