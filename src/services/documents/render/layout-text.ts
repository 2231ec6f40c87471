/**
 * Line breaking for the PDF renderer: styled pieces of text (font, colour, link) broken into lines of
 * a given width at spaces, greedily, the way a reader expects a paragraph to wrap. A word that spans
 * pieces ("(" and a linked date) stays whole; a word wider than the line is cut where it must be.
 */
import type { PdfFont } from './pdf-fonts.js';

export interface TextPiece {
  text: string;
  font: PdfFont;
  /** A PDF colour operator (`0.1 0.1 0.1 rg`). */
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

/** A word: fragments of pieces with no space between them, and the space before it (if any). */
interface Word {
  fragments: TextPiece[];
  width: number;
  space: TextPiece | null;
  spaceWidth: number;
}

const SPACES = / +/g;

/**
 * Text in a piece's style. Objects are built field by field, never spread: V8 copies a spread through a
 * slow generic path, and a long document makes hundreds of thousands of these.
 */
function styled(piece: TextPiece, text: string): TextPiece {
  return { text, font: piece.font, color: piece.color, link: piece.link ?? null };
}
const BREAKS = /[\t\n\r\u2028\u2029]+/g;

function wordsOf(pieces: readonly TextPiece[], size: number): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let space: TextPiece | null = null;
  for (const piece of pieces) {
    const text = piece.text.replace(BREAKS, ' ');
    let at = 0;
    SPACES.lastIndex = 0;
    // Splits at spaces: a fragment before a space ends its word; one after a space starts a new one.
    for (let m = SPACES.exec(text); ; m = SPACES.exec(text)) {
      const end = m ? m.index : text.length;
      if (end > at) {
        const fragment = styled(piece, text.slice(at, end));
        if (!current) {
          const spaceWidth = space ? space.font.width(space.text) * size : 0;
          current = { fragments: [], width: 0, space, spaceWidth };
          space = null;
          words.push(current);
        }
        current.fragments.push(fragment);
        current.width += piece.font.width(fragment.text) * size;
      }
      if (!m) break;
      // Only the first space between two words is kept; spaces before the first word are dropped.
      if (words.length > 0 && !space) space = styled(piece, ' ');
      current = null;
      at = m.index + m[0].length;
    }
  }
  return words;
}

/** Cuts a fragment wider than the line into pieces that fit (a long link, a hash). */
function cutToFit(piece: TextPiece, size: number, width: number): TextPiece[] {
  const parts: TextPiece[] = [];
  let start = 0;
  for (let end = 1; end <= piece.text.length; end++) {
    if (piece.font.width(piece.text.slice(start, end)) * size > width && end - 1 > start) {
      parts.push(styled(piece, piece.text.slice(start, end - 1)));
      start = end - 1;
    }
  }
  parts.push(styled(piece, piece.text.slice(start)));
  return parts;
}

export function layoutText(pieces: readonly TextPiece[], size: number, maxWidth: number): TextLine[] {
  const lines: TextLine[] = [];
  let line: TextLine = { segments: [], width: 0 };
  const append = (piece: TextPiece, width: number) => {
    const last = line.segments[line.segments.length - 1];
    if (
      last &&
      last.font === piece.font &&
      last.color === piece.color &&
      last.link === (piece.link ?? null)
    ) {
      last.text += piece.text;
      last.width += width;
    } else
      line.segments.push({
        text: piece.text,
        font: piece.font,
        color: piece.color,
        link: piece.link ?? null,
        x: line.width,
        width,
      });
    line.width += width;
  };
  const breakLine = () => {
    lines.push(line);
    line = { segments: [], width: 0 };
  };
  for (const word of wordsOf(pieces, size)) {
    const fits = line.width + word.spaceWidth + word.width <= maxWidth;
    if (line.segments.length > 0 && !fits) breakLine();
    if (line.segments.length > 0 && word.space) append(word.space, word.spaceWidth);
    for (const fragment of word.fragments) {
      const width = fragment.font.width(fragment.text) * size;
      if (line.width + width <= maxWidth) {
        append(fragment, width);
        continue;
      }
      // Only a word wider than a whole line gets here (or the part of one after a cut).
      for (const part of cutToFit(fragment, size, maxWidth)) {
        const partWidth = part.font.width(part.text) * size;
        if (line.segments.length > 0 && line.width + partWidth > maxWidth) breakLine();
        append(part, partWidth);
      }
    }
  }
  if (line.segments.length > 0) lines.push(line);
  return lines;
}
