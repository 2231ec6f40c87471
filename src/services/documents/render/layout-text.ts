/**
 * Line breaking for the PDF renderer: styled pieces of text (font, colour, link) broken into lines of
 * a given width at spaces, greedily, the way a reader expects a paragraph to wrap. A word that spans
 * pieces ("(" and a linked date) stays whole; a word wider than the line is cut where it must be.
 */
import type { PdfFont } from './pdf-fonts.js';

export interface TextPiece {
  text: string;
  font: PdfFont;
  /** A PDF colour operator (`0.1 g`). */
  color: string;
  link?: string | null;
}

/** A run of one style on one line; x is its offset from the line's start. */
export interface LineSegment extends TextPiece {
  x: number;
  width: number;
}

export interface TextLine {
  segments: LineSegment[];
  width: number;
}

const BREAKS = /[\t\n\r\u2028\u2029]+/g;
const SPACE = 32;

/** Cuts a fragment wider than the line into parts that fit (a long link, a hash). */
function cutToFit(text: string, font: PdfFont, size: number, width: number): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let end = 1; end <= text.length; end++) {
    if (font.width(text.slice(start, end)) * size > width && end - 1 > start) {
      parts.push(text.slice(start, end - 1));
      start = end - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * One pass over the text, word by word, with no object per word: a long document has hundreds of
 * thousands of words, and allocating for each one cost more than measuring them.
 */
export function layoutText(pieces: readonly TextPiece[], size: number, maxWidth: number): TextLine[] {
  const lines: TextLine[] = [];
  let line: TextLine = { segments: [], width: 0 };
  const append = (piece: TextPiece, text: string, width: number) => {
    const last = line.segments[line.segments.length - 1];
    const link = piece.link ?? null;
    if (last && last.font === piece.font && last.color === piece.color && last.link === link) {
      last.text += text;
      last.width += width;
    } else line.segments.push({ text, font: piece.font, color: piece.color, link, x: line.width, width });
    line.width += width;
  };
  const breakLine = () => {
    lines.push(line);
    line = { segments: [], width: 0 };
  };

  // The word being read, as parallel lists of its fragments (a word can span pieces: "(", a date, ")").
  const wordPieces: TextPiece[] = [];
  const wordTexts: string[] = [];
  const wordWidths: number[] = [];
  let wordWidth = 0;
  /** The style of the space before the word; null before the first word (leading spaces are dropped). */
  let wordSpace: TextPiece | null = null;
  let pendingSpace: TextPiece | null = null;
  let seenWord = false;

  const place = () => {
    if (wordTexts.length === 0) return;
    let spaceWidth = wordSpace && line.segments.length > 0 ? wordSpace.font.width(' ') * size : 0;
    if (line.segments.length > 0 && line.width + spaceWidth + wordWidth > maxWidth) {
      breakLine();
      spaceWidth = 0;
    }
    if (spaceWidth > 0) append(wordSpace!, ' ', spaceWidth);
    for (let i = 0; i < wordTexts.length; i++) {
      const piece = wordPieces[i]!;
      if (line.width + wordWidths[i]! <= maxWidth) {
        append(piece, wordTexts[i]!, wordWidths[i]!);
        continue;
      }
      // Only a word wider than a whole line gets here (or the part of one after a cut).
      for (const part of cutToFit(wordTexts[i]!, piece.font, size, maxWidth)) {
        const partWidth = piece.font.width(part) * size;
        if (line.segments.length > 0 && line.width + partWidth > maxWidth) breakLine();
        append(piece, part, partWidth);
      }
    }
    wordPieces.length = 0;
    wordTexts.length = 0;
    wordWidths.length = 0;
    wordWidth = 0;
  };

  for (const piece of pieces) {
    BREAKS.lastIndex = 0;
    const text = BREAKS.test(piece.text) ? piece.text.replace(BREAKS, ' ') : piece.text;
    let at = 0;
    while (at < text.length) {
      if (text.charCodeAt(at) === SPACE) {
        // A space ends the word; of the spaces between two words, the first one's style is kept.
        place();
        pendingSpace ??= piece;
        while (at < text.length && text.charCodeAt(at) === SPACE) at++;
        continue;
      }
      let end = text.indexOf(' ', at);
      if (end < 0) end = text.length;
      const fragment = at === 0 && end === text.length ? text : text.slice(at, end);
      if (wordTexts.length === 0) {
        wordSpace = seenWord ? pendingSpace : null;
        pendingSpace = null;
      }
      const width = piece.font.width(fragment) * size;
      wordPieces.push(piece);
      wordTexts.push(fragment);
      wordWidths.push(width);
      wordWidth += width;
      seenWord = true;
      at = end;
    }
  }
  place();
  if (line.segments.length > 0) lines.push(line);
  return lines;
}
