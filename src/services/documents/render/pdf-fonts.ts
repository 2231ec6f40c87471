/**
 * Fonts for the PDF renderer, measured and encoded here for the content stream: the standard Helvetica
 * family (metrics in standard-font-metrics.ts, text in WinAnsi bytes, nothing embedded), or DejaVu
 * Sans, which pdfkit loads, subsets and maps back to Unicode. pdfkit's own text path measured and
 * kerned every character of every line through several objects per call: most of the time of a long
 * document.
 */
import type { StandardFontMetrics } from './standard-font-metrics.js';

/** What the renderer reads of a pdfkit font object (pdfkit's font classes are not part of its typings). */
interface PdfkitFont {
  id: string;
  ascender: number;
  descender: number;
  lineGap: number;
  ref(): unknown;
  /** Glyph ids (hex) for the text, registering each glyph in the subset. */
  encode(text: string): [string[], unknown[]];
  widthOfString(text: string, size: number): number;
}

export interface PdfFont {
  /** The resource name pages refer to (`F1`). */
  id: string;
  /** pdfkit's font dictionary, for the resources of each page (null for a standard font). */
  ref: unknown;
  /** Above and below the baseline, and the gap between lines, in points per point of size. */
  ascent: number;
  descent: number;
  lineGap: number;
  /** The width of a piece of text at size 1 (multiply by the size). */
  width(text: string): number;
  /** The text as a PDF string operand for Tj. */
  show(text: string): string;
}

/** cp1252 (WinAnsiEncoding) bytes of the characters outside Latin-1 (\u20ac is the euro sign, byte 0x80). */
const WIN_ANSI_HIGH = new Map<number, number>(
  [
    '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000',
    '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178',
  ]
    .join('')
    .split('')
    .map((c, i): [number, number] => [c.charCodeAt(0), 0x80 + i])
    .filter(([code]) => code !== 0),
);

const PLAIN_ASCII = /^[\x20-\x27\x2a-\x5b\x5d-\x7e]*$/;

/** The WinAnsi byte of a character; `?` for one cp1252 lacks (the renderer checks the text first). */
export function winAnsiByte(code: number): number {
  return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (WIN_ANSI_HIGH.get(code) ?? 0x3f);
}

/** A literal string in WinAnsi bytes: ( ) \ escaped, bytes above 127 as octal escapes. */
export function winAnsiLiteral(text: string): string {
  if (PLAIN_ASCII.test(text)) return `(${text})`;
  let out = '(';
  for (let i = 0; i < text.length; i++) {
    const byte = winAnsiByte(text.charCodeAt(i));
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/** Words repeat thousands of times in a long document: each font remembers the widths it measured. */
function memoized(measure: (text: string) => number): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    let w = known.get(text);
    if (w === undefined) {
      w = measure(text);
      known.set(text, w);
    }
    return w;
  };
}

/** A standard font (not embedded): widths from its metrics, text as WinAnsi bytes. */
export function standardFont(id: string, metrics: StandardFontMetrics): PdfFont {
  const { widths } = metrics;
  return {
    id,
    ref: null,
    ascent: metrics.ascender / 1000,
    descent: -metrics.descender / 1000,
    lineGap: metrics.lineGap / 1000,
    width: memoized((text) => {
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        const byte = winAnsiByte(text.charCodeAt(i));
        w += byte >= 32 ? widths[byte - 32]! : 0;
      }
      return w / 1000;
    }),
    show: winAnsiLiteral,
  };
}

/** Wraps the embedded font pdfkit just selected (`pdf.font(name)`). */
export function embeddedFont(selected: unknown): PdfFont {
  const f = selected as PdfkitFont;
  return {
    id: f.id,
    ref: f.ref(),
    ascent: f.ascender / 1000,
    descent: -f.descender / 1000,
    lineGap: f.lineGap / 1000,
    width: memoized((text) => f.widthOfString(text, 1)),
    show: (text) => `<${f.encode(text)[0].join('')}>`,
  };
}
