/**
 * Documents from 5,000 entries, end to end from the CLI (start-up, reading the store, selecting,
 * building, rendering, writing): Markdown under 300 ms, PDF and DOCX under 2 s (DESIGN.md section 7).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { seededHome } from './lib/fixtures.mjs';
import { interleave, localNodeEnv, NODE, nodeE0, promocase, runOk, tempDir } from './lib/processes.mjs';
import { median, relativeSpread } from './lib/stats.mjs';

export const name = 'documents';
export const title = 'brag document from 5,000 entries, end to end from the CLI (median)';

const ENTRIES = 5_000;
const FLOOR = join(import.meta.dirname, 'lib', 'document-floor.cjs');
// Every entry of the seed is dated within ten years; the brag document includes private entries.
const ALL = ['--since', '2000-01-01', '--until', '2100-01-01', '--visibility', 'private'];

export async function run({ runs }) {
  const seeded = await seededHome(ENTRIES);
  const { home } = seeded;
  const out = tempDir('documents');
  const cases = [
    { measured: 'doc brag (Markdown to stdout)', format: 'md', budget: 300, n: runs(15) },
    { measured: 'doc brag --format html --out', format: 'html', n: runs(7), info: true },
    { measured: 'doc brag --format pdf --out', format: 'pdf', budget: 2_000, n: runs(7) },
    { measured: 'doc brag --format docx --out', format: 'docx', budget: 2_000, n: runs(7) },
    { measured: 'doc meta (1,000-word limit, Markdown)', type: 'meta', format: 'md', n: runs(7), info: true },
    // Not promocase: what the machine allows at best (lib/document-floor.cjs), to read the Markdown budget against.
    {
      measured: 'floor: the same entries read and written as Markdown by 30 lines of better-sqlite3',
      floor: true,
      format: 'md',
      n: runs(15),
      info: true,
    },
  ];
  const args = (c) => {
    const base = ['--home', home, 'doc', c.type ?? 'brag', '--format', c.format, ...ALL];
    return c.format === 'md' ? base : [...base, '--out', join(out, `brag.${c.format}`), '--force'];
  };

  // One untimed run each: the document must hold every entry the selection allows.
  const check = await promocase(['--home', home, 'doc', 'brag', '--dry-run', '--json', ...ALL], {
    keepOutput: true,
  });
  const included = JSON.parse(check.stdout).included;
  if (included < ENTRIES * 0.9) throw new Error(`the brag document would hold only ${included} entries`);

  const rows = [];
  const facts = [];
  for (const c of cases) {
    let bytes = 0;
    const subject = async () => {
      const r = c.floor
        ? await runOk(NODE, [FLOOR, join(home, 'promocase.db'), ALL[1], ALL[3]], { env: localNodeEnv() })
        : await promocase(args(c));
      bytes = c.format === 'md' ? r.stdoutBytes : statSync(join(out, `brag.${c.format}`)).size;
      return r;
    };
    const timed = await interleave({ runs: c.n, warmup: 1, subject, baseline: nodeE0 });
    const value = median(timed.subject);
    const base = median(timed.baseline);
    rows.push({
      measured: `${c.measured} (${(bytes / 1024).toFixed(0)} KiB)`,
      value,
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: base,
      ratio: value / base,
      budget: c.info ? undefined : `< ${c.budget} ms`,
      pass: c.info ? null : value < c.budget,
    });
    facts.push(
      `${c.floor ? 'floor' : c.format}${c.type ? ` ${c.type}` : ''}: ${c.n} runs, noise ${(relativeSpread(timed.subject) * 100).toFixed(1)}%`,
    );
  }
  return {
    rows,
    notes: [
      `home: ${seeded.entries} entries over ten years (${seeded.entries - seeded.live} soft-deleted); the brag document holds ${included}`,
      facts.join('; '),
    ],
  };
}
