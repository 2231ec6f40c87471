// The standard font metrics kept in the repository, checked against the AFM files pdfkit reads.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { winAnsiByte } from './pdf-fonts.js';
import { HELVETICA, HELVETICA_BOLD, HELVETICA_OBLIQUE } from './standard-font-metrics.js';

interface AfmFont {
  ascender: number;
  descender: number;
  lineGap: number;
  font: { characterToGlyph(code: number): string; widthOfGlyph(glyph: string): number };
}

/** The character at each WinAnsi byte, as the renderer encodes text (the inverse of winAnsiByte). */
const characterAt = new Map<number, number>();
for (let code = 0x20; code <= 0x2122; code++) {
  const byte = winAnsiByte(code);
  if (byte !== 0x3f || code === 0x3f) characterAt.set(byte, code);
}

describe('standard font metrics', () => {
  it('encodes text in cp1252, where the euro sign, the bullet and the em dash sit above 127', () => {
    expect([0x20ac, 0x2022, 0x2014, 0xe9].map(winAnsiByte)).toEqual([0x80, 0x95, 0x97, 0xe9]);
    expect(characterAt.has(0x81)).toBe(false);
  });

  for (const metrics of [HELVETICA, HELVETICA_BOLD, HELVETICA_OBLIQUE]) {
    it(`${metrics.name}: every width and the line metrics are pdfkit's`, () => {
      const pdf = new PDFDocument({ autoFirstPage: false }) as unknown as {
        font(name: string): { _font: AfmFont };
      };
      const font = pdf.font(metrics.name)._font;
      expect([metrics.ascender, metrics.descender, metrics.lineGap]).toEqual([
        font.ascender,
        font.descender,
        font.lineGap,
      ]);
      const expected = Array.from({ length: 224 }, (_, i) => {
        const code = characterAt.get(i + 32);
        return code === undefined || code === 0x7f
          ? 0
          : font.font.widthOfGlyph(font.font.characterToGlyph(code));
      });
      expect(metrics.widths).toEqual(expected);
    });
  }
});
