/** `promocase list` and a full-text search over 10,000 entries, end to end from the CLI (budget: under 150 ms). */
import { join } from 'node:path';
import { seededHome } from './lib/fixtures.mjs';
import { interleave, localNodeEnv, NODE, nodeE0, promocase, runOk } from './lib/processes.mjs';
import { median, relativeSpread } from './lib/stats.mjs';

export const name = 'list';
export const title = 'list / search over 10,000 entries, end to end from the CLI (stdout to a pipe, median)';

const ENTRIES = 10_000;
const BUDGET_MS = 150;
const FLOOR = join(import.meta.dirname, 'lib', 'list-floor.cjs');

export async function run({ runs }) {
  const n = runs(15);
  const seeded = await seededHome(ENTRIES);
  const { home } = seeded;
  const floor = () => runOk(NODE, [FLOOR, join(home, 'promocase.db')], { env: localNodeEnv() });
  const cases = [
    { measured: 'promocase list (table)', args: ['list'] },
    { measured: 'promocase list --json', args: ['list', '--json'] },
    { measured: 'promocase list billing migration', args: ['list', 'billing', 'migration'] },
    // Not a budget: the fixed cost (start-up, store, query) without the per-row cost of 10,000 rows.
    { measured: 'promocase list --limit 20', args: ['list', '--limit', '20'], info: true },
  ];

  // One untimed run each: checks the output and says how much each case prints.
  const facts = [];
  for (const c of cases) {
    const r = await promocase(['--home', home, ...c.args, '--json'].filter(unique), { keepOutput: true });
    const count = JSON.parse(r.stdout).length;
    if (count === 0) throw new Error(`${c.args.join(' ')} found nothing: the seed data should match it`);
    c.count = count;
  }

  const rows = [];
  for (const c of cases) {
    let bytes = 0;
    const subject = async () => {
      const r = await promocase(['--home', home, ...c.args]);
      bytes = r.stdoutBytes;
      return r;
    };
    const timed = await interleave({ runs: n, subject, baseline: nodeE0 });
    const value = median(timed.subject);
    const base = median(timed.baseline);
    rows.push({
      measured: `${c.measured} (${c.count} rows, ${(bytes / 1024).toFixed(0)} KiB)`,
      value,
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: base,
      ratio: value / base,
      budget: c.info ? undefined : `< ${BUDGET_MS} ms`,
      pass: c.info ? null : value < BUDGET_MS,
      spread: relativeSpread(timed.subject),
    });
    facts.push(`${c.args.join(' ')}: noise ${(relativeSpread(timed.subject) * 100).toFixed(1)}%`);
  }
  // Not a budget: what this machine allows at best (see lib/list-floor.cjs), beside node -e 0.
  const floorTimed = await interleave({ runs: n, subject: floor, baseline: nodeE0 });
  const floorMs = median(floorTimed.subject);
  rows.push({
    measured: 'floor: the same rows from 15 lines of better-sqlite3, no promocase',
    value: floorMs,
    unit: 'ms',
    baselineName: 'node -e 0',
    baselineValue: median(floorTimed.baseline),
    ratio: floorMs / median(floorTimed.baseline),
    pass: null,
    spread: relativeSpread(floorTimed.subject),
  });
  const notes = [
    `the floor leaves ${(BUDGET_MS - floorMs).toFixed(0)} ms of the ${BUDGET_MS} ms budget for everything promocase does beyond it (option parsing, the store, migrations check, the table)`,
    `home: ${seeded.entries} entries over ten years (${seeded.entries - seeded.live} soft-deleted), seeded by promocase import in ${(seeded.seedMs / 1000).toFixed(1)} s; ${n} runs each`,
    facts.join('; '),
  ];
  return { rows, notes };
}

function unique(arg, i, all) {
  return all.indexOf(arg) === i;
}
