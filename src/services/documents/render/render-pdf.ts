/**
 * PDF without a browser: the document laid out on A4 pages here (line breaking, lists, tables whose
 * header repeats on a new page, page numbers, linked citations), each page written as one content
 * stream. Text the 14 standard PDF fonts can encode (Western European, WinAnsi) uses Helvetica and is
 * written by write-pdf.ts; anything else embeds DejaVu Sans through pdfkit (pdfkit-output.ts). pdfkit's
 * own text() measured, kerned and emitted every fragment through several objects and took seconds for
 * a long document.
 */
import {
  type Block,
  type Inline,
  inlinesOf,
  type PromoDocument,
} from '../../../core/documents/document-model.js';
import { layoutText, type TextLine, type TextPiece } from './layout-text.js';
import { type PdfFont, standardFont } from './pdf-fonts.js';
import { HELVETICA, HELVETICA_BOLD, HELVETICA_OBLIQUE } from './standard-font-metrics.js';
import { A4, type PdfPage, writePdf } from './write-pdf.js';

/** cp1252 (WinAnsi): what the standard fonts can show. */
const WIN_ANSI =
  /^[\t\n\r\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

interface Fonts {
  regular: PdfFont;
  bold: PdfFont;
  italic: PdfFont;
}

/** Every piece of text the document shows, one at a time (no copy of the whole text). */
function* textsOf(doc: PromoDocument): Generator<string> {
  yield doc.title;
  for (const m of doc.metadata) yield* [m.label, m.value];
  for (const s of doc.sections) {
    yield s.title;
    for (const b of s.blocks) {
      if (b.type === 'table') yield* b.header;
      if (b.type === 'quote' && b.attribution) yield b.attribution;
      for (const runs of inlinesOf(b))
        for (const r of runs) {
          if (r.type === 'gap') yield* [r.what, r.why];
          else yield r.type === 'citation' ? r.date : r.text;
        }
    }
  }
}

/** Whether every piece of text of the document fits WinAnsi. */
function fitsWinAnsi(doc: PromoDocument): boolean {
  for (const text of textsOf(doc)) if (!WIN_ANSI.test(text)) return false;
  return true;
}

/** The characters the font has no glyph for (Chinese, Japanese, Korean, emoji), each once, in order met. */
function charactersWithoutGlyph(doc: PromoDocument, hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const text of textsOf(doc)) {
    if (WIN_ANSI.test(text)) continue;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (codePoint > 0xff && !missing.has(char) && !hasGlyph(codePoint)) missing.add(char);
    }
  }
  return [...missing];
}

const SIZE = { title: 18, section: 14, heading: 11.5, body: 10, small: 8.5 };
/** PDF colour operators (grey levels where the colour is grey: shorter content streams to compress). */
const rgb = (hex: string) =>
  `${[1, 3, 5].map((i) => Number((Number.parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3))).join(' ')} rg`;
const TEXT = '0.1 g';
const MUTED = '0.333 g';
const GAP = rgb('#8a6100');
const HEADER_FILL = '0.933 g';
const RULE = '0.6 G';

const PAGE = { ...A4, margin: 56 };
const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

/** Lays the document out top to bottom on A4 pages; y grows downwards from the top of the page. */
class Layout {
  readonly pages: PdfPage[] = [];
  page!: PdfPage;
  y = PAGE.margin;
  /** The text state of the page's content so far (see line()). */
  private font: PdfFont | null = null;
  private size = 0;
  private color = '';

  constructor(readonly fonts: Fonts) {
    this.newPage();
  }

  newPage(): void {
    this.resetState();
    this.page = { content: [], links: [] };
    this.pages.push(this.page);
    this.y = PAGE.margin;
  }

  /** Starts a new page unless `height` points fit: keeps a heading with what follows it. */
  ensureSpace(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  /** pdfkit's moveDown: a fraction of a line of the given font and size, gap included. */
  moveDown(lines: number, font = this.fonts.regular, size = SIZE.body): void {
    this.y += lines * size * (font.ascent + font.descent + font.lineGap);
  }

  lineHeight(font: PdfFont, size: number, gap: number): number {
    return size * (font.ascent + font.descent + font.lineGap) + gap;
  }

  /** Writes laid-out lines at x, each on the page it fits on. */
  lines(lines: readonly TextLine[], x: number, size: number, gap = 1.5): void {
    const height = this.lineHeight(this.fonts.regular, size, gap);
    for (const line of lines) {
      if (this.y + height > BOTTOM) this.newPage();
      this.line(line, x, this.y, size);
      this.y += height;
    }
  }

  /**
   * One line: a text object that sets the font and colour only where they change. Both persist across
   * text objects on a page, so a paragraph in one style names them once: less to write and compress.
   */
  line(line: TextLine, x: number, top: number, size: number): void {
    const baseline = PAGE.height - (top + size * this.fonts.regular.ascent);
    let out = `BT ${x.toFixed(2)} ${baseline.toFixed(2)} Td`;
    for (const s of line.segments) {
      if (s.font !== this.font || size !== this.size) out += ` /${s.font.id} ${size} Tf`;
      if (s.color !== this.color) out += ` ${s.color}`;
      this.font = s.font;
      this.size = size;
      this.color = s.color;
      out += ` ${s.font.show(s.text)} Tj`;
      if (s.link && s.text.trim() !== '') {
        const left = x + s.x;
        this.page.links.push({
          rect: [left, baseline - size * s.font.descent, left + s.width, baseline + size * s.font.ascent],
          url: s.link,
        });
      }
    }
    this.page.content.push(`${out} ET`);
  }

  /** Forgets the font and fill colour in effect: after drawing that changed them, or on a new page. */
  resetState(): void {
    this.font = null;
    this.size = 0;
    this.color = '';
  }

  /** Lays out and writes text; `gap` is the space added between its lines (pdfkit's lineGap). */
  text(pieces: readonly TextPiece[], x: number, width: number, size = SIZE.body, gap = 1.5): void {
    this.lines(layoutText(pieces, size, width), x, size, gap);
  }

  pieces(content: readonly Inline[]): TextPiece[] {
    const { regular, bold, italic } = this.fonts;
    const out: TextPiece[] = [];
    for (const r of content) {
      if (r.type === 'text') out.push({ text: r.text, font: regular, color: TEXT });
      else if (r.type === 'strong') out.push({ text: r.text, font: bold, color: TEXT });
      else if (r.type === 'emphasis') out.push({ text: r.text, font: italic, color: TEXT });
      else if (r.type === 'citation')
        out.push(
          { text: ' (', font: regular, color: MUTED },
          { text: r.date, font: regular, color: MUTED, link: r.link ?? undefined },
          { text: ')', font: regular, color: MUTED },
        );
      else
        out.push(
          { text: ` [TO FILL: ${r.what}]`, font: bold, color: GAP },
          { text: ` (${r.why})`, font: italic, color: GAP },
        );
    }
    return out;
  }

  table(block: Extract<Block, { type: 'table' }>): void {
    const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
    const colWidth = WIDTH / columns;
    const pad = 4;
    const size = SIZE.small;
    const height = this.lineHeight(this.fonts.regular, size, 0);
    const cellLines = (pieces: TextPiece[]) => layoutText(pieces, size, colWidth - 2 * pad);
    const drawRow = (cells: TextLine[][], header: boolean) => {
      const rowHeight = Math.max(1, ...cells.map((c) => c.length)) * height + 2 * pad;
      const top = this.y;
      const bottom = PAGE.height - top - rowHeight;
      cells.forEach((lines, i) => {
        const x = LEFT + i * colWidth;
        const rect = `${x.toFixed(2)} ${bottom.toFixed(2)} ${colWidth.toFixed(2)} ${rowHeight.toFixed(2)} re`;
        this.page.content.push(header ? `${HEADER_FILL} ${RULE} ${rect} B` : `${RULE} ${rect} S`);
        if (header) this.resetState();
        lines.forEach((line, n) => {
          this.line(line, x + pad, top + pad + n * height, size);
        });
      });
      this.y = top + rowHeight;
    };
    const headerCells = block.header.some((h) => h !== '')
      ? Array.from({ length: columns }, (_, i) =>
          cellLines([{ text: block.header[i] ?? '', font: this.fonts.bold, color: TEXT }]),
        )
      : null;
    const rowHeightOf = (cells: TextLine[][]) =>
      Math.max(1, ...cells.map((c) => c.length)) * height + 2 * pad;
    if (headerCells) {
      this.ensureSpace(rowHeightOf(headerCells) + height + 2 * pad);
      drawRow(headerCells, true);
    }
    for (const row of block.rows) {
      const cells = Array.from({ length: columns }, (_, i) => cellLines(this.pieces(row[i] ?? [])));
      if (this.y + rowHeightOf(cells) > BOTTOM) {
        // The header row repeats at the top of the next page, as in a word processor.
        this.newPage();
        if (headerCells) drawRow(headerCells, true);
      }
      drawRow(cells, false);
    }
    this.moveDown(0.6);
  }

  block(block: Block): void {
    const { regular, bold, italic } = this.fonts;
    switch (block.type) {
      case 'heading':
        this.ensureSpace(60);
        this.moveDown(0.4, bold, SIZE.heading);
        this.text([{ text: block.text, font: bold, color: TEXT }], LEFT, WIDTH, SIZE.heading);
        this.moveDown(0.2, bold, SIZE.heading);
        return;
      case 'paragraph':
        this.text(this.pieces(block.content), LEFT, WIDTH);
        this.moveDown(0.4);
        return;
      case 'list':
        block.items.forEach((item, i) => {
          const lines = layoutText(this.pieces(item), SIZE.body, WIDTH - 20);
          if (lines.length === 0) return;
          // The marker goes with the item's first line, on whichever page that lands.
          this.ensureSpace(this.lineHeight(regular, SIZE.body, 1.5) * Math.min(2, lines.length));
          const marker = block.ordered ? `${i + 1}.` : '\u2022';
          const markerLine = layoutText([{ text: marker, font: regular, color: TEXT }], SIZE.body, 14);
          this.line(markerLine[0]!, LEFT + 6, this.y, SIZE.body);
          this.lines(lines, LEFT + 20, SIZE.body);
          this.moveDown(0.15);
        });
        this.moveDown(0.3);
        return;
      case 'table':
        this.table(block);
        return;
      case 'quote':
        this.text(this.pieces(block.content), LEFT + 16, WIDTH - 16);
        if (block.attribution)
          this.text(
            [{ text: `\u2014 ${block.attribution}`, font: italic, color: MUTED }],
            LEFT + 16,
            WIDTH - 16,
            SIZE.small,
            0,
          );
        this.moveDown(0.4);
        return;
    }
  }
}

export interface PdfFile {
  bytes: Uint8Array;
  /** Characters of the document the embedded font cannot draw: they show as empty boxes. */
  unshown: string[];
}

export async function renderPdf(doc: PromoDocument): Promise<PdfFile> {
  const standard = fitsWinAnsi(doc);
  const embedded = standard
    ? null
    : await (await import('./pdfkit-output.js')).openEmbeddedFontsPdf(doc.title);
  const fonts: Fonts = embedded?.fonts ?? {
    regular: standardFont('F1', HELVETICA),
    bold: standardFont('F2', HELVETICA_BOLD),
    italic: standardFont('F3', HELVETICA_OBLIQUE),
  };
  const { regular, bold } = fonts;
  const layout = new Layout(fonts);
  layout.text([{ text: doc.title, font: bold, color: TEXT }], LEFT, WIDTH, SIZE.title);
  layout.moveDown(0.5, bold, SIZE.title);
  for (const m of doc.metadata)
    layout.text(
      [
        { text: `${m.label}: `, font: bold, color: MUTED },
        { text: m.value, font: regular, color: MUTED },
      ],
      LEFT,
      WIDTH,
      SIZE.small,
      0,
    );
  for (const section of doc.sections) {
    layout.moveDown(0.8);
    layout.ensureSpace(80);
    layout.text([{ text: section.title, font: bold, color: TEXT }], LEFT, WIDTH, SIZE.section);
    layout.moveDown(0.3, bold, SIZE.section);
    for (const block of section.blocks) layout.block(block);
  }

  // Page numbers, once the page count is known.
  const count = layout.pages.length;
  layout.pages.forEach((page, i) => {
    const [footer] = layoutText(
      [{ text: `${i + 1} / ${count}`, font: regular, color: MUTED }],
      SIZE.small,
      WIDTH,
    );
    layout.page = page;
    layout.resetState();
    layout.line(footer!, LEFT + (WIDTH - footer!.width) / 2, PAGE.height - 36, SIZE.small);
  });
  if (embedded)
    return {
      bytes: await embedded.finish(layout.pages),
      unshown: charactersWithoutGlyph(doc, embedded.hasGlyph),
    };
  const bytes = await writePdf(doc.title, layout.pages, [
    { id: 'F1', baseFont: HELVETICA.name },
    { id: 'F2', baseFont: HELVETICA_BOLD.name },
    { id: 'F3', baseFont: HELVETICA_OBLIQUE.name },
  ]);
  return { bytes, unshown: [] };
}
