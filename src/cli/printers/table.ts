/** Plain-text tables for people: columns padded to their widths, the last column allowed to run long. */
import { displayWidth } from './display-width.js';

/**
 * Written with plain loops: `promocase list` prints 10,000 rows within a time budget (DESIGN.md
 * section 7), and arrays of cells per column and per line cost more there than the query does.
 * @param textColumns the columns that hold people's text, which may contain characters a terminal
 *   shows two columns wide (Chinese, emoji): measured by displayWidth. The others (ids, dates, closed
 *   vocabularies) are measured by length, which over 10,000 rows is the cheaper test. Default: all.
 * @example renderTable(['ID', 'PROJECT', 'TITLE'], rows, [1])
 */
export function renderTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  textColumns?: readonly number[],
): string {
  const widths = headers.map((h) => h.length);
  // The last column is never padded: its width is not needed.
  const padded = headers.length - 1;
  const measured = headers.map(
    (_, i) => i < padded && (textColumns === undefined || textColumns.includes(i)),
  );
  // Columns where some cell's width is not its length: only their cells need measuring again.
  const uneven = headers.map(() => false);
  for (const row of rows) {
    for (let i = 0; i < padded; i++) {
      const cell = row[i]!;
      const width = measured[i] ? displayWidth(cell) : cell.length;
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
