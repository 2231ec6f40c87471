// Line breaking for the PDF, with a font where every character is one point wide at size 1.
import { describe, expect, it } from 'vitest';
import { layoutText, type TextLine, type TextPiece } from './layout-text.js';
import type { PdfFont } from './pdf-fonts.js';

function monospace(id: string): PdfFont {
  return {
    id,
    ref: null,
    ascent: 0.8,
    descent: 0.2,
    lineGap: 0,
    width: (text) => text.length,
    show: (text) => `(${text})`,
  };
}

const regular = monospace('F1');
const bold = monospace('F2');
const piece = (text: string, font = regular, link?: string): TextPiece => ({
  text,
  font,
  color: '0 g',
  link,
});
const texts = (lines: TextLine[]) => lines.map((l) => l.segments.map((s) => s.text).join(''));

describe('layoutText', () => {
  it('breaks at spaces so that no line is wider than the width, and drops the space at the break', () => {
    const lines = layoutText([piece('the quick brown fox jumps over the lazy dog')], 1, 15);
    expect(texts(lines)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
    expect(Math.max(...lines.map((l) => l.width))).toBeLessThanOrEqual(15);
  });

  it('keeps a word whole when it spans pieces, such as a citation and its brackets', () => {
    const lines = layoutText(
      [piece('shipped it'), piece(' ('), piece('2026-09-01', regular, 'https://x.test'), piece(')')],
      1,
      16,
    );
    expect(texts(lines)).toEqual(['shipped it', '(2026-09-01)']);
    const link = lines[1]!.segments.find((s) => s.link);
    expect(link).toMatchObject({ text: '2026-09-01', x: 1, width: 10 });
  });

  it('merges runs of one style into one segment and starts a new one where the style changes', () => {
    const [line] = layoutText(
      [piece('Problem.', bold), piece(' '), piece('Pages'), piece(' were slow')],
      1,
      100,
    );
    expect(line!.segments.map((s) => [s.font.id, s.text, s.x])).toEqual([
      ['F2', 'Problem.', 0],
      ['F1', ' Pages were slow', 8],
    ]);
  });

  it('cuts a word wider than the line where it must, and measures at the given size', () => {
    const lines = layoutText([piece('see abcdefghijkl')], 2, 10);
    expect(texts(lines)).toEqual(['see', 'abcde', 'fghij', 'kl']);
    expect(lines.every((l) => l.width <= 10)).toBe(true);
  });

  it('turns line breaks into spaces and gives no line for empty text', () => {
    expect(texts(layoutText([piece('one\ntwo')], 1, 100))).toEqual(['one two']);
    expect(layoutText([piece('   ')], 1, 100)).toEqual([]);
  });
});
