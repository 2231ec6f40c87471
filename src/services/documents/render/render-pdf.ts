/**
 * PDF without a browser (pdfkit, pure JS). Text that the 14 standard PDF fonts can encode (Western
 * European, WinAnsi) uses Helvetica, which is fast and adds nothing to the file; anything else embeds
 * DejaVu Sans (shipped as WOFF in the npm package @fontsource/dejavu-sans, unwrapped to TrueType), which covers Latin, Greek and
 * Cyrillic. Scripts DejaVu lacks (Chinese, Japanese, Korean) show as empty boxes: a known limit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Block,
  type Inline,
  inlinesOf,
  type PromoDocument,
} from '../../../core/documents/document-model.js';
import { woffToSfnt } from './woff-to-sfnt.js';

/** cp1252 (WinAnsi): what the standard fonts can show. */
const WIN_ANSI =
  /^[\t\n\r\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

interface Fonts {
  regular: string;
  bold: string;
  italic: string;
}

const STANDARD: Fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

/** Unwrapped once per process: a server renders many documents. */
const fontCache = new Map<string, Buffer>();

function fontFile(name: string): Buffer {
  let font = fontCache.get(name);
  if (!font) {
    font = woffToSfnt(
      readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/dejavu-sans/files/${name}.woff`))),
    );
    fontCache.set(name, font);
  }
  return font;
}

function allText(doc: PromoDocument): string {
  const parts: string[] = [doc.title];
  for (const m of doc.metadata) parts.push(m.label, m.value);
  for (const s of doc.sections) {
    parts.push(s.title);
    for (const b of s.blocks) {
      if (b.type === 'table') parts.push(...b.header);
      if (b.type === 'quote' && b.attribution) parts.push(b.attribution);
      for (const runs of inlinesOf(b))
        for (const r of runs) {
          if (r.type === 'gap') parts.push(r.what, r.why);
          else if (r.type === 'citation') parts.push(r.date);
          else parts.push(r.text);
        }
    }
  }
  return parts.join('\n');
}

const SIZE = { title: 18, section: 14, heading: 11.5, body: 10, small: 8.5 };
const GAP_COLOR = '#8a6100';
const TEXT_COLOR = '#1a1a1a';
const MUTED = '#555555';

/** A table cell or metadata value as plain text: citations as (date), gaps as [TO FILL: ...]. */
function flatText(runs: readonly Inline[]): string {
  return runs
    .map((r) =>
      r.type === 'citation' ? ` (${r.date})` : r.type === 'gap' ? ` [TO FILL: ${r.what}]` : r.text,
    )
    .join('')
    .trim();
}

/**
 * pdfkit measures every word of every line with per-character kerning lookups, and caches widths only
 * within one text() call; a long document repeats the same words thousands of times. Widths depend on
 * font, size and text only (no character spacing or OpenType features are used here), so they are
 * cached across calls.
 */
function memoizeWidths(pdf: PDFKit.PDFDocument): void {
  const measure = pdf.widthOfString.bind(pdf);
  const widths = new Map<string, number>();
  const state = pdf as unknown as { _font: { name: string }; _fontSize: number };
  pdf.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions) => {
    if (options?.characterSpacing || options?.features) return measure(text, options);
    const key = `${state._font.name}\u0000${state._fontSize}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, options);
      widths.set(key, width);
    }
    return width;
  };
}

export async function renderPdf(doc: PromoDocument): Promise<Uint8Array> {
  // Loaded here, not at the top: the server bundle has no chunks, and its start-up should not pay for pdfkit.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: doc.title, Creator: 'promocase', Producer: 'promocase (pdfkit)' },
    lang: 'en',
  });
  memoizeWidths(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  let fonts = STANDARD;
  if (!WIN_ANSI.test(allText(doc))) {
    pdf.registerFont('body', fontFile('dejavu-sans-latin-400-normal'));
    pdf.registerFont('body-bold', fontFile('dejavu-sans-latin-700-normal'));
    pdf.registerFont('body-italic', fontFile('dejavu-sans-latin-400-italic'));
    fonts = { regular: 'body', bold: 'body-bold', italic: 'body-italic' };
  }
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  /** Starts a new page unless `height` points fit: keeps a bullet with its text and a heading with what follows. */
  const ensureSpace = (height: number) => {
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };

  const runs = (content: readonly Inline[], x: number, w: number) => {
    const pieces: Array<{ text: string; font: string; color: string; link?: string }> = [];
    for (const r of content) {
      if (r.type === 'text') pieces.push({ text: r.text, font: fonts.regular, color: TEXT_COLOR });
      else if (r.type === 'strong') pieces.push({ text: r.text, font: fonts.bold, color: TEXT_COLOR });
      else if (r.type === 'emphasis') pieces.push({ text: r.text, font: fonts.italic, color: TEXT_COLOR });
      else if (r.type === 'citation')
        pieces.push({ text: ` (${r.date})`, font: fonts.regular, color: MUTED, link: r.link ?? undefined });
      else {
        pieces.push({ text: ` [TO FILL: ${r.what}]`, font: fonts.bold, color: GAP_COLOR });
        pieces.push({ text: ` (${r.why})`, font: fonts.italic, color: GAP_COLOR });
      }
    }
    if (pieces.length === 0) return;
    pdf.fontSize(SIZE.body);
    pieces.forEach((p, i) => {
      const continued = i < pieces.length - 1;
      pdf.font(p.font).fillColor(p.color);
      const options = { continued, link: p.link ?? null, underline: false, lineGap: 1.5 };
      if (i === 0) pdf.text(p.text, x, pdf.y, { ...options, width: w });
      else pdf.text(p.text, options);
    });
    pdf.fillColor(TEXT_COLOR);
  };

  const table = (block: Extract<Block, { type: 'table' }>) => {
    const columns = block.header.length;
    const colWidth = width / columns;
    const pad = 4;
    const drawRow = (cells: string[], bold: boolean) => {
      pdf.font(bold ? fonts.bold : fonts.regular).fontSize(SIZE.small);
      const height =
        Math.max(...cells.map((c) => pdf.heightOfString(c || ' ', { width: colWidth - 2 * pad }))) + 2 * pad;
      ensureSpace(height);
      const top = pdf.y;
      cells.forEach((c, i) => {
        const x = left + i * colWidth;
        if (bold) pdf.rect(x, top, colWidth, height).fillAndStroke('#eeeeee', '#999999');
        else pdf.rect(x, top, colWidth, height).stroke('#999999');
        pdf.fillColor(TEXT_COLOR).text(c, x + pad, top + pad, { width: colWidth - 2 * pad });
      });
      pdf.x = left;
      pdf.y = top + height;
    };
    if (block.header.some((h) => h !== '')) drawRow(block.header, true);
    for (const row of block.rows) drawRow(row.map(flatText), false);
    pdf.moveDown(0.6);
  };

  const blockOut = (block: Block) => {
    switch (block.type) {
      case 'heading':
        ensureSpace(60);
        pdf.moveDown(0.4).font(fonts.bold).fontSize(SIZE.heading).fillColor(TEXT_COLOR);
        pdf.text(block.text, left, pdf.y, { width });
        pdf.moveDown(0.2);
        return;
      case 'paragraph':
        runs(block.content, left, width);
        pdf.moveDown(0.4);
        return;
      case 'list':
        block.items.forEach((item, i) => {
          pdf.font(fonts.regular).fontSize(SIZE.body).fillColor(TEXT_COLOR);
          ensureSpace(pdf.currentLineHeight(true) * 2);
          const y = pdf.y;
          pdf.text(block.ordered ? `${i + 1}.` : '\u2022', left + 6, y, { width: 14, lineBreak: false });
          pdf.y = y;
          runs(item, left + 20, width - 20);
          pdf.moveDown(0.15);
        });
        pdf.moveDown(0.3);
        return;
      case 'table':
        table(block);
        return;
      case 'quote':
        runs(block.content, left + 16, width - 16);
        if (block.attribution)
          pdf
            .font(fonts.italic)
            .fontSize(SIZE.small)
            .fillColor(MUTED)
            .text(`\u2014 ${block.attribution}`, left + 16);
        pdf.moveDown(0.4);
        return;
    }
  };

  pdf.font(fonts.bold).fontSize(SIZE.title).fillColor(TEXT_COLOR).text(doc.title, left, pdf.y, { width });
  pdf.moveDown(0.5);
  for (const m of doc.metadata) {
    pdf
      .font(fonts.bold)
      .fontSize(SIZE.small)
      .fillColor(MUTED)
      .text(`${m.label}: `, left, pdf.y, { continued: true, width });
    pdf.font(fonts.regular).text(m.value);
  }
  for (const section of doc.sections) {
    pdf.moveDown(0.8);
    ensureSpace(80);
    pdf
      .font(fonts.bold)
      .fontSize(SIZE.section)
      .fillColor(TEXT_COLOR)
      .text(section.title, left, pdf.y, { width });
    pdf.moveDown(0.3);
    for (const block of section.blocks) blockOut(block);
  }

  // Page numbers, once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font(fonts.regular)
      .fontSize(SIZE.small)
      .fillColor(MUTED)
      .text(`${i + 1} / ${range.count}`, left, pdf.page.height - 36, {
        width,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}
