/**
 * Runs the benchmarks (all, or those named) against the built CLI, prints a table per benchmark and writes
 * a JSON summary to bench/results/latest.json.
 * Usage: npm run bench [-- NAME...] [-- --quick]   (names: log, list, api, import, analysis, readiness, web, documents)
 *   --quick   fewer repetitions, for trying the harness; figures are noisier
 *   BENCH_KEEP=1 keeps the temporary homes and documents
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as analysis from './analysis.bench.mjs';
import * as api from './api.bench.mjs';
import * as documents from './documents.bench.mjs';
import * as importBench from './import.bench.mjs';
import { ROOT, removeTempDirs, snapshotBuild } from './lib/processes.mjs';
import { printBenchmark } from './lib/report.mjs';
import * as list from './list.bench.mjs';
import * as log from './log.bench.mjs';
import * as readiness from './readiness.bench.mjs';
import * as web from './web.bench.mjs';

// The API benchmark runs after list so that it reuses the home list seeded with 10,000 entries.
const BENCHMARKS = [log, list, api, importBench, analysis, readiness, web, documents];

function parseArgs(argv) {
  const names = argv.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  const badFlags = argv.filter((a) => a.startsWith('-') && a !== '--quick');
  if (unknown.length || badFlags.length) {
    process.stderr.write(
      `bench: unknown ${[...unknown, ...badFlags].join(', ')}; benchmarks: ${BENCHMARKS.map((b) => b.name).join(', ')}; flag: --quick\n`,
    );
    process.exit(2);
  }
  return { names, quick: argv.includes('--quick') };
}

/** The commit measured (with +dirty when the work tree had changes), so figures can be compared across runs. */
function revision() {
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+dirty' : ''}`;
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    tmpdir: os.tmpdir(),
    // Node 20 parses these certificates at start-up; promocase and the baselines start without them.
    nodeExtraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
    revision: revision(),
  };
}

async function main() {
  const { names, quick } = parseArgs(process.argv.slice(2));
  snapshotBuild();
  const machine = machineFacts();
  process.stdout.write(
    `promocase benchmarks: node ${machine.node} (V8 ${machine.v8}), ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}\n` +
      `revision ${machine.revision}; load average at start ${machine.loadAverage.join(' ')}; temporary homes under ${machine.tmpdir}${machine.nodeExtraCaCerts ? '; NODE_EXTRA_CA_CERTS is set (promocase, node -e 0 and the floors start Node without it)' : ''}${quick ? '; --quick: fewer runs, noisier figures' : ''}\n`,
  );
  const ctx = {
    quick,
    /** How many repetitions: `full` normally, fewer with --quick. */
    runs: (full, fewer = Math.max(3, Math.ceil(full / 4))) => (quick ? fewer : full),
  };
  const selected = names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const results = {};
  let failed = 0;
  for (const bench of selected) {
    const started = performance.now();
    try {
      const { rows, notes = [], samples } = await bench.run(ctx);
      const seconds = (performance.now() - started) / 1000;
      printBenchmark(`${bench.name}: ${bench.title}`, rows, [...notes, `(took ${seconds.toFixed(0)} s)`]);
      results[bench.name] = { title: bench.title, rows, notes, samples, seconds };
    } catch (error) {
      failed++;
      process.stdout.write(`\n== ${bench.name}: FAILED: ${error instanceof Error ? error.message : error}\n`);
      if (process.env.BENCH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      results[bench.name] = {
        title: bench.title,
        error: String(error instanceof Error ? error.message : error),
      };
    }
  }
  removeTempDirs();

  const rows = Object.values(results).flatMap((r) => r.rows ?? []);
  const within = rows.filter((r) => r.pass === true).length;
  const over = rows.filter((r) => r.pass === false);
  process.stdout.write(
    `\nBudgets: ${within} within, ${over.length} over${over.length ? ` (${over.map((r) => r.measured).join('; ')})` : ''}${failed ? `; ${failed} benchmark(s) failed to run` : ''}\n`,
  );
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ finishedAt: new Date().toISOString(), quick, machine, benchmarks: results }, null, 2)}\n`,
  );
  process.stdout.write(`Summary written to ${file}\n`);
  // Over budget is a finding, not a crash: only a benchmark that could not run fails the command.
  process.exitCode = failed ? 1 : 0;
}

await main();
