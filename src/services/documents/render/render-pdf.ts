/**
 * PDF without a browser. pdfkit (pure JS) writes the file's objects, fonts and link annotations; the
 * page content (line breaking, text, table rules) is laid out here and written as one content stream
 * per page, because pdfkit's text() measured, kerned and emitted every fragment through several
 * objects and took seconds for a long document. Text the 14 standard PDF fonts can encode (Western
 * European, WinAnsi) uses Helvetica, which is fast and adds nothing to the file; anything else embeds
 * DejaVu Sans (shipped as WOFF in the npm package @fontsource/dejavu-sans, unwrapped to TrueType),
 * which covers Latin, Greek and Cyrillic. Scripts DejaVu lacks (Chinese, Japanese, Korean) show as
 * empty boxes: a known limit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Block,
  type Inline,
  inlinesOf,
  type PromoDocument,
} from '../../../core/documents/document-model.js';
import { layoutText, type TextLine, type TextPiece } from './layout-text.js';
import { type PdfFont, pdfFont } from './pdf-fonts.js';
import { woffToSfnt } from './woff-to-sfnt.js';

/** cp1252 (WinAnsi): what the standard fonts can show. */
const WIN_ANSI =
  /^[\t\n\r\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

interface Fonts {
  regular: PdfFont;
  bold: PdfFont;
  italic: PdfFont;
}

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

/** Whether every piece of text of the document fits WinAnsi (tested piece by piece: no copy of the whole text). */
function fitsWinAnsi(doc: PromoDocument): boolean {
  const fits = (value: string) => WIN_ANSI.test(value);
  if (!fits(doc.title) || !doc.metadata.every((m) => fits(m.label) && fits(m.value))) return false;
  for (const s of doc.sections) {
    if (!fits(s.title)) return false;
    for (const b of s.blocks) {
      if (b.type === 'table' && !b.header.every(fits)) return false;
      if (b.type === 'quote' && b.attribution && !fits(b.attribution)) return false;
      for (const runs of inlinesOf(b))
        for (const r of runs) {
          const ok =
            r.type === 'gap'
              ? fits(r.what) && fits(r.why)
              : r.type === 'citation'
                ? fits(r.date)
                : fits(r.text);
          if (!ok) return false;
        }
    }
  }
  return true;
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

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

interface Page {
  content: string[];
  links: Array<{ rect: number[]; url: string }>;
}

/** Lays the document out top to bottom on A4 pages; y grows downwards from the top of the page. */
class Layout {
  readonly pages: Page[] = [];
  page!: Page;
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
    const columns = Math.max(block.header.length, 1);
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
      ? block.header.map((h) => cellLines([{ text: h, font: this.fonts.bold, color: TEXT }]))
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

/** The pdfkit calls this renderer makes (its typings describe the drawing API, not the object layer). */
interface PdfkitDocument {
  page: {
    fonts: Record<string, unknown>;
    annotations: unknown[];
  };
  _font: unknown;
  /** The catalog: one of pdfkit's references, whose base class marks objects written as they are. */
  _root: object;
  font(name: string): PdfkitDocument;
  registerFont(name: string, src: Buffer): PdfkitDocument;
  addPage(): PdfkitDocument;
  addContent(data: string): PdfkitDocument;
  ref(data: Record<string, unknown>): { end(): void };
  on(event: string, listener: (...args: never[]) => void): PdfkitDocument;
  end(): void;
}

/** A URI for a PDF string: 7-bit ASCII (non-ASCII percent-encoded, as URIs are), with ( ) \\ escaped. */
function pdfUri(url: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(url) ? url : url.replace(/[^\x20-\x7e]+/g, encodeURIComponent);
  return `(${ascii.replace(/[()\\]/g, '\\$&')})`;
}

/** A link annotation's dictionary, written as PDF syntax. */
function linkAnnotation(rect: readonly number[], url: string): string {
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const r = `${x1.toFixed(2)} ${y1.toFixed(2)} ${x2.toFixed(2)} ${y2.toFixed(2)}`;
  return `<< /Type /Annot /Subtype /Link /Rect [${r}] /Border [0 0 0] /F 4 /A << /S /URI /URI ${pdfUri(url)} >> >>`;
}

/**
 * An object pdfkit writes as the given PDF syntax. pdfkit serialises a dictionary key by key through a
 * generic converter, which for ten thousand link annotations cost more than the rest of a page's work;
 * an object that passes as one of pdfkit's references is written by its toString() as it is.
 */
function serialized(pdf: PdfkitDocument, syntax: string): Record<string, unknown> {
  let Raw = rawClasses.get(pdf);
  if (!Raw) {
    const Reference = Object.getPrototypeOf(Object.getPrototypeOf(pdf._root)).constructor as new () => object;
    Raw = class extends Reference {
      constructor(readonly syntax: string) {
        super();
      }
      override toString(): string {
        return this.syntax;
      }
    };
    rawClasses.set(pdf, Raw);
  }
  return new Raw(syntax) as unknown as Record<string, unknown>;
}

const rawClasses = new WeakMap<object, new (syntax: string) => object>();

function selectFonts(pdf: PdfkitDocument, doc: PromoDocument): Fonts {
  const use = (name: string) => pdfFont(pdf.font(name)._font);
  if (fitsWinAnsi(doc))
    return { regular: use('Helvetica'), bold: use('Helvetica-Bold'), italic: use('Helvetica-Oblique') };
  pdf.registerFont('body', fontFile('dejavu-sans-latin-400-normal'));
  pdf.registerFont('body-bold', fontFile('dejavu-sans-latin-700-normal'));
  pdf.registerFont('body-italic', fontFile('dejavu-sans-latin-400-italic'));
  return { regular: use('body'), bold: use('body-bold'), italic: use('body-italic') };
}

export async function renderPdf(doc: PromoDocument): Promise<Uint8Array> {
  // Loaded here, not at the top: the server bundle has no chunks, and its start-up should not pay for pdfkit.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    info: { Title: doc.title, Creator: 'promocase', Producer: 'promocase (pdfkit)' },
    lang: 'en',
  }) as unknown as PdfkitDocument;
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const fonts = selectFonts(pdf, doc);
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

  // Pages go to pdfkit once the page count is known, each with its number at the foot.
  const count = layout.pages.length;
  layout.pages.forEach((page, i) => {
    if (i > 0) pdf.addPage();
    for (const f of [fonts.regular, fonts.bold, fonts.italic]) pdf.page.fonts[f.id] = f.ref;
    const footer = layoutText(
      [{ text: `${i + 1} / ${count}`, font: regular, color: MUTED }],
      SIZE.small,
      WIDTH,
    );
    layout.page = page;
    layout.resetState();
    layout.line(footer[0]!, LEFT + (WIDTH - footer[0]!.width) / 2, PAGE.height - 36, SIZE.small);
    // pdfkit starts each page with a transform to its top-left origin; the content here is in PDF's own.
    pdf.addContent(`q 1 0 0 -1 0 ${PAGE.height} cm\n${page.content.join('\n')}\nQ`);
    for (const link of page.links) {
      const annotation = pdf.ref(serialized(pdf, linkAnnotation(link.rect, link.url)));
      pdf.page.annotations.push(annotation);
      annotation.end();
    }
  });
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}
