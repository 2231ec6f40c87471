/** Printing benchmark results: one table per benchmark, the same columns everywhere. */

/**
 * A result row.
 * @typedef {object} Row
 * @property {string} measured what was measured
 * @property {number} value the figure
 * @property {string} unit ms | s | req/s
 * @property {string} [baselineName] what the baseline was
 * @property {number} [baselineValue] the baseline measured in the same run
 * @property {number} [ratio] value / baseline (or value as a share of the baseline, for throughput)
 * @property {string} [budget] the budget of DESIGN.md section 7, as text
 * @property {boolean | null} [pass] within budget (null: no budget, reported only)
 */

export function formatValue(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '-';
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en-US')} req/s`;
  return `${value} ${unit}`;
}

export function formatRatio(row) {
  if (row.ratio === undefined || Number.isNaN(row.ratio)) return '-';
  return row.ratioAsPercent ? `${(row.ratio * 100).toFixed(0)}%` : `${row.ratio.toFixed(2)}x`;
}

function verdict(row) {
  if (row.pass === true) return 'pass';
  if (row.pass === false) return 'OVER';
  return 'info';
}

/** Renders rows as an aligned plain-text table (the output is read in a terminal and in CI logs). */
export function renderTable(rows) {
  const header = ['MEASURED', 'FIGURE', 'BASELINE (same run)', 'RATIO', 'BUDGET', 'RESULT'];
  const body = rows.map((r) => [
    r.measured,
    formatValue(r.value, r.unit),
    r.baselineName ? `${formatValue(r.baselineValue, r.baselineUnit ?? r.unit)} ${r.baselineName}` : '-',
    formatRatio(r),
    r.budget ?? '-',
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function printBenchmark(title, rows, notes = []) {
  process.stdout.write(`\n== ${title}\n${renderTable(rows)}\n`);
  for (const note of notes) process.stdout.write(`   ${note}\n`);
}
