/**
 * The PDF file for text beyond WinAnsi: pdfkit writes the objects and embeds DejaVu Sans (shipped as
 * WOFF in @fontsource/dejavu-sans, unwrapped to TrueType), subset and mapped back to Unicode so the text
 * can be searched and copied. DejaVu covers Latin, Greek and Cyrillic; Chinese, Japanese, Korean and
 * emoji show as empty boxes, and the renderer names those characters so the person is told. The pages are laid out by the renderer either way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embeddedFont, type PdfFont } from './pdf-fonts.js';
import { woffToSfnt } from './woff-to-sfnt.js';
import { A4, linkAnnotation, type PdfPage } from './write-pdf.js';

/** The pdfkit calls made here (its typings describe the drawing API, not the object layer). */
interface PdfkitDocument {
  page: { fonts: Record<string, unknown>; annotations: unknown[] };
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

/**
 * An object pdfkit writes as the given PDF syntax. pdfkit serialises a dictionary key by key through a
 * generic converter, which for thousands of link annotations cost more than the rest of a page's work;
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

export interface EmbeddedFontsPdf {
  fonts: { regular: PdfFont; bold: PdfFont; italic: PdfFont };
  /** Whether the embedded font can draw the character (DejaVu Sans has no Chinese, Japanese, Korean or emoji). */
  hasGlyph(codePoint: number): boolean;
  /** Writes the laid-out pages (in PDF's own coordinates) and returns the file. */
  finish(pages: readonly PdfPage[]): Promise<Uint8Array>;
}

export async function openEmbeddedFontsPdf(title: string): Promise<EmbeddedFontsPdf> {
  // Loaded only here: most documents never need it, and the CLI's start-up is a budget.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: [A4.width, A4.height],
    info: { Title: title, Creator: 'promocase', Producer: 'promocase (pdfkit)' },
    lang: 'en',
  }) as unknown as PdfkitDocument;
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.registerFont('body', fontFile('dejavu-sans-latin-400-normal'));
  pdf.registerFont('body-bold', fontFile('dejavu-sans-latin-700-normal'));
  pdf.registerFont('body-italic', fontFile('dejavu-sans-latin-400-italic'));
  const select = (name: string) => pdf.font(name)._font;
  const body = select('body') as { font: { hasGlyphForCodePoint(codePoint: number): boolean } };
  const fonts = {
    regular: embeddedFont(body),
    bold: embeddedFont(select('body-bold')),
    italic: embeddedFont(select('body-italic')),
  };
  return {
    fonts,
    hasGlyph: (codePoint) => body.font.hasGlyphForCodePoint(codePoint),
    async finish(pages) {
      pages.forEach((page, i) => {
        if (i > 0) pdf.addPage();
        for (const f of [fonts.regular, fonts.bold, fonts.italic]) pdf.page.fonts[f.id] = f.ref;
        // pdfkit starts each page with a transform to its top-left origin; the content is in PDF's own.
        pdf.addContent(`q 1 0 0 -1 0 ${A4.height} cm\n${page.content.join('\n')}\nQ`);
        for (const link of page.links) {
          const annotation = pdf.ref(serialized(pdf, linkAnnotation(link.rect, link.url)));
          pdf.page.annotations.push(annotation);
          annotation.end();
        }
      });
      pdf.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
