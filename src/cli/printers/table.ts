/** Plain-text tables for people: columns padded to their widths, the last column allowed to run long. */
import { displayWidth } from './display-width.js';

/**
 * Written with plain loops: `promocase list` prints 10,000 rows within a time budget (DESIGN.md
 * section 7), and arrays of cells per column and per line cost more there than the query does.
 */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h) => h.length);
  // The last column is never padded: its width is not needed.
  const padded = headers.length - 1;
  for (const row of rows) {
    for (let i = 0; i < padded; i++) {
      const width = displayWidth(row[i]!);
      if (width > widths[i]!) widths[i] = width;
    }
  }
  let out = line(headers, widths);
  for (const row of rows) out += line(row, widths);
  return out;
}

/** One line: every cell but the last padded to its column, two spaces apart, no trailing blanks. */
function line(cells: readonly string[], widths: readonly number[]): string {
  const last = cells.length - 1;
  let text = '';
  for (let i = 0; i < last; i++) {
    const cell = cells[i]!;
    // padEnd counts UTF-16 units; a wide character takes two columns in one unit.
    text += `${cell.padEnd(widths[i]! - displayWidth(cell) + cell.length)}  `;
  }
  text += last >= 0 ? cells[last]! : '';
  return `${text.trimEnd()}\n`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
