// DOCX output unzipped (fflate) and its document.xml read: Word's heading styles, real numbering, real tables.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  documentOf,
  makeEntry,
  promotionDocuments,
  sampleEntries,
} from '../../../../tests/support/document-fixtures.js';
import { buildDocument } from '../../../core/documents/build-document.js';
import type { PromoDocument } from '../../../core/documents/document-model.js';
import { findGaps } from '../../../core/documents/find-gaps.js';
import { renderDocx } from './render-docx.js';

async function unpack(doc: PromoDocument) {
  const files = unzipSync(await renderDocx(doc));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is not in the package: ${Object.keys(files).join(', ')}`);
    return strFromU8(file);
  };
  return { files, text };
}

function unescapeXml(value: string): string {
  return value.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );
}

/** Paragraph texts with their style, in order. */
function paragraphs(xml: string): Array<{ style: string | null; text: string; numbered: boolean }> {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null,
      text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
      numbered: body.includes('<w:numPr>'),
    };
  });
}

describe('renderDocx', () => {
  it('is a Word package with the parts Word, LibreOffice and Google Docs expect', async () => {
    const { files, text } = await unpack(
      buildDocument('brag', documentInputs('brag', sampleEntries())).document,
    );
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml'])
      expect(Object.keys(files)).toContain(part);
    expect(text('word/styles.xml')).toContain('w:styleId="Heading1"');
    expect(text('docProps/core.xml')).toContain('Brag document: Alex Doe');
  });

  it('uses the Title and Heading styles for the title, sections and stories', async () => {
    const { text } = await unpack(buildDocument('brag', documentInputs('brag', sampleEntries())).document);
    const ps = paragraphs(text('word/document.xml'));
    expect(ps.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['Brag document: Alex Doe']);
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Overview',
      'Projects',
      'Design and documentation',
      'Collaboration and mentorship',
      'What others said',
      "Work that wasn't my job",
      'Other wins',
    ]);
    expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'page-cache (2026-07-06 to 2026-08-12)',
      'search (2026-10-15)',
    ]);
  });

  it('makes lists real numbered or bulleted paragraphs, and ordered lists restart at 1', async () => {
    const doc = documentOf([
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'a1' }], [{ type: 'text', text: 'a2' }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'b1' }]] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'c1' }]] },
    ]);
    const { text } = await unpack(doc);
    const xml = text('word/document.xml');
    const numIds = ['a1', 'a2', 'b1', 'c1'].map((item) => {
      const p = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes(`>${item}<`))![1]!;
      return /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1];
    });
    expect(numIds.every((id) => id !== undefined)).toBe(true);
    expect(numIds[0]).toBe(numIds[1]);
    expect(new Set(numIds).size).toBe(3);
    const numbering = text('word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('makes tables real tables with a repeating header row', async () => {
    const { text } = await unpack(
      buildDocument('summary', documentInputs('summary', sampleEntries())).document,
    );
    const xml = text('word/document.xml');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBe(3);
    expect(tables[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(tables[0]!).map((p) => p.text)).toEqual(
      expect.arrayContaining(['Kind of work', 'Entries', 'feature', 'design', 'mentoring', 'incident']),
    );
  });

  it('links citations and highlights gaps', async () => {
    const { text } = await unpack(buildDocument('brag', documentInputs('brag', sampleEntries())).document);
    expect(text('word/_rels/document.xml.rels')).toContain(
      'Target="https://docs.example.com/design/page-cache"',
    );
    expect(text('word/document.xml')).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?TO FILL/);
  });

  it('gives every table row a cell per column, and an empty table one row, as Word requires', async () => {
    const doc = documentOf([
      { type: 'table', header: ['A', 'B'], rows: [[[{ type: 'text', text: 'only one' }]]] },
      { type: 'table', header: [], rows: [] },
    ]);
    const tables = (await unpack(doc)).text('word/document.xml').match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    const rows = tables.map((t) =>
      (t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((r) => r.split('<w:tc>').length - 1),
    );
    expect(rows).toEqual([[2, 2], [1]]);
  });

  it('keeps markup-like entry text as text', async () => {
    const entries = [makeEntry({ date: '2026-09-01', title: 'Fixed <w:p> & "quotes" in the exporter' })];
    const { text } = await unpack(buildDocument('brag', documentInputs('brag', entries)).document);
    expect(text('word/document.xml')).toContain('Fixed &lt;w:p&gt; &amp; &quot;quotes&quot; in the exporter');
  });
});

describe('renderDocx for the promotion documents', () => {
  for (const { type, inputs } of promotionDocuments()) {
    it(`${type}: Title and Heading styles, real tables, real lists, every gap highlighted`, async () => {
      const doc = buildDocument(type, inputs).document;
      const xml = (await unpack(doc)).text('word/document.xml');
      const ps = paragraphs(xml);
      const blocks = doc.sections.flatMap((s) => s.blocks);
      expect(ps.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([doc.title]);
      expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
        doc.sections.map((s) => s.title),
      );
      expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
        blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
      );
      expect(xml.match(/<w:tbl>/g) ?? []).toHaveLength(blocks.filter((b) => b.type === 'table').length);
      expect(ps.filter((p) => p.numbered).length).toBe(
        blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0),
      );
      expect(xml.split('[TO FILL:').length - 1).toBe(findGaps(doc).length);
    });
  }
});
