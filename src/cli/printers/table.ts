/** Plain-text tables for people: columns padded to their widths, the last column allowed to run long. */
import { displayWidth } from './display-width.js';

/**
 * Cells are measured by the columns a terminal shows (Chinese characters and emoji take two); the last
 * column is never padded. `promocase list`, which prints thousands of rows, has its own table
 * (renderEntryTable) that measures each distinct value once.
 * @example renderTable(['ID', 'PROJECT', 'TITLE'], rows)
 */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h) => h.length);
  const padded = headers.length - 1;
  // Columns where some cell's width is not its length: only their cells need measuring again.
  const uneven = headers.map(() => false);
  for (const row of rows) {
    for (let i = 0; i < padded; i++) {
      const cell = row[i]!;
      const width = displayWidth(cell);
      if (width !== cell.length) uneven[i] = true;
      if (width > widths[i]!) widths[i] = width;
    }
  }
  let out = line(headers, widths, uneven);
  for (const row of rows) out += line(row, widths, uneven);
  return out;
}

/** One line: every cell but the last padded to its column, two spaces apart, no trailing blanks. */
function line(cells: readonly string[], widths: readonly number[], uneven: readonly boolean[]): string {
  const last = cells.length - 1;
  let text = '';
  for (let i = 0; i < last; i++) {
    const cell = cells[i]!;
    // padEnd counts UTF-16 units; a wide character takes two columns in one unit.
    text += `${cell.padEnd(uneven[i] ? widths[i]! - displayWidth(cell) + cell.length : widths[i]!)}  `;
  }
  text += last >= 0 ? cells[last]! : '';
  return `${text.trimEnd()}\n`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
