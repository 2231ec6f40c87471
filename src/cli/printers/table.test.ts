import { describe, expect, it } from 'vitest';
import { renderTable, truncate } from './table.js';

describe('renderTable', () => {
  it('pads every column but the last to its widest cell, two spaces apart', () => {
    const text = renderTable(
      ['ID', 'KIND', 'TITLE'],
      [
        ['a1', 'feature', 'Led the billing migration'],
        ['b22', 'design', 'Wrote the RFC'],
      ],
    );
    expect(text).toBe(
      'ID   KIND     TITLE\n' + 'a1   feature  Led the billing migration\n' + 'b22  design   Wrote the RFC\n',
    );
  });

  it('leaves no blanks at the end of a line whose last cells are empty', () => {
    expect(renderTable(['A', 'B', 'C'], [['x', '', '']])).toBe('A  B  C\nx\n');
  });

  it('prints only the header line when there are no rows', () => {
    expect(renderTable(['ID', 'TITLE'], [])).toBe('ID  TITLE\n');
  });

  it('pads by the columns a terminal shows, so wide characters line up', () => {
    expect(
      renderTable(
        ['PROJECT', 'TITLE'],
        [
          ['计费系统', 'a'],
          ['billing', 'b'],
        ],
      ),
    ).toBe('PROJECT   TITLE\n' + '计费系统  a\n' + 'billing   b\n');
  });

  it('keeps a header wider than its cells as the column width', () => {
    expect(renderTable(['PROJECT', 'TITLE'], [['ab', 'x']])).toBe('PROJECT  TITLE\nab       x\n');
  });
});

describe('truncate', () => {
  it('keeps text that fits and ends longer text with an ellipsis at the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a longer title', 8)).toBe('a longe…');
  });
});
