// HTML output parsed back (parse5, as a browser would): structure, escaping, no script, no external asset.
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  makeEntry,
  promotionDocuments,
  sampleEntries,
} from '../../../../tests/support/document-fixtures.js';
import { buildDocument } from '../../../core/documents/build-document.js';
import { findGaps } from '../../../core/documents/find-gaps.js';
import { renderHtml } from './render-html.js';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

function elements(node: Node, tag: string, found: DefaultTreeAdapterTypes.Element[] = []) {
  if ('tagName' in node && node.tagName === tag) found.push(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, tag, found);
  if ('content' in node && node.content) elements(node.content as unknown as Node, tag, found);
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const attr = (el: DefaultTreeAdapterTypes.Element, name: string) =>
  el.attrs.find((a) => a.name === name)?.value;

describe('renderHtml', () => {
  const entries = [
    ...sampleEntries(),
    makeEntry({
      date: '2026-10-20',
      title: 'Fixed <img src=x onerror=alert(1)> & "quotes"',
      impact: '<script>alert("x")</script> saved 3 hours',
      kind: 'tech-debt',
    }),
  ];
  const html = renderHtml(buildDocument('brag', documentInputs('brag', entries)).document);
  const tree = parse(html);

  it('has the title, one h2 per section and h3 per story', () => {
    expect(elements(tree, 'h1').map(textOf)).toEqual(['Brag document: Alex Doe']);
    expect(elements(tree, 'h2').map(textOf)).toEqual([
      'Overview',
      'Projects',
      'Design and documentation',
      'Collaboration and mentorship',
      'What others said',
      "Work that wasn't my job",
      'Other wins',
    ]);
    expect(elements(tree, 'h3').map(textOf)).toEqual([
      'page-cache (2026-07-06 to 2026-08-12)',
      'search (2026-10-15)',
    ]);
  });

  it('renders the evidence table with a header row and a row per competency', () => {
    const [table] = elements(tree, 'table');
    expect(elements(table!, 'th').map(textOf)).toEqual(['Competency', 'Entries', 'Latest evidence']);
    expect(elements(table!, 'tr')).toHaveLength(9);
  });

  it('links citations to the entry’s link and marks gaps', () => {
    const cite = elements(tree, 'span').find((s) => attr(s, 'data-entry') === 'e-design')!;
    expect(attr(elements(cite, 'a')[0]!, 'href')).toBe('https://docs.example.com/design/page-cache');
    const gaps = elements(tree, 'mark').filter((m) => attr(m, 'class') === 'gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(textOf(gaps[0]!)).toMatch(/^To fill: /);
  });

  it('escapes entry text: no script, no injected element, the words shown as written', () => {
    expect(elements(tree, 'script')).toHaveLength(0);
    expect(elements(tree, 'img')).toHaveLength(0);
    expect(textOf(tree)).toContain('Fixed <img src=x onerror=alert(1)> & "quotes"');
    expect(textOf(tree)).toContain('<script>alert("x")</script> saved 3 hours');
  });

  it('is self-contained: inline style with print rules, no external stylesheet, image or font', () => {
    expect(elements(tree, 'link')).toHaveLength(0);
    const styles = elements(tree, 'style').map(textOf).join('');
    expect(styles).toContain('@media print');
    expect(styles).toContain('@page');
    expect(styles).not.toMatch(/url\(|@import/);
    const csp = elements(tree, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp!, 'content')).toContain("default-src 'none'");
  });

  it('never turns a link that is not http(s) into a link', () => {
    const doc = buildDocument(
      'brag',
      documentInputs('brag', [makeEntry({ links: ['javascript:alert(1)'] })]),
    ).document;
    expect(elements(parse(renderHtml(doc)), 'a')).toHaveLength(0);
  });
});

describe('renderHtml for the promotion documents', () => {
  for (const { type, inputs } of promotionDocuments()) {
    it(`${type}: one h2 per section, an h3 per heading, real tables, a mark per gap and no script`, () => {
      const doc = buildDocument(type, inputs).document;
      const tree = parse(renderHtml(doc));
      const blocks = doc.sections.flatMap((s) => s.blocks);
      expect(elements(tree, 'h1').map(textOf)).toEqual([doc.title]);
      expect(elements(tree, 'h2').map(textOf)).toEqual(doc.sections.map((s) => s.title));
      expect(elements(tree, 'h3').map(textOf)).toEqual(
        blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
      );
      const tables = blocks.filter((b) => b.type === 'table');
      expect(elements(tree, 'table')).toHaveLength(tables.length);
      for (const [i, table] of elements(tree, 'table').entries())
        expect(elements(table, 'th').map(textOf)).toEqual(
          tables[i]!.type === 'table' ? tables[i]!.header : [],
        );
      expect(elements(tree, 'mark').filter((m) => attr(m, 'class') === 'gap')).toHaveLength(
        findGaps(doc).length,
      );
      expect(elements(tree, 'script')).toHaveLength(0);
    });
  }
});
