/** Plain-text tables for people: columns padded to their widths, the last column allowed to run long. */

/**
 * Written with plain loops: `promocase list` prints 10,000 rows within a time budget (DESIGN.md
 * section 7), and arrays of cells per column and per line cost more there than the query does.
 */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h) => h.length);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const length = row[i]!.length;
      if (length > (widths[i] ?? 0)) widths[i] = length;
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
  for (let i = 0; i < last; i++) text += `${cells[i]!.padEnd(widths[i]!)}  `;
  text += last >= 0 ? cells[last]! : '';
  return `${text.trimEnd()}\n`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
