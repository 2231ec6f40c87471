/** Running the built CLI and baseline programs as child processes, and timing them from spawn to exit. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
/**
 * The benchmarks run a snapshot of dist/ taken at start (inside the repository, so node_modules resolves
 * the same way): a rebuild during a long run cannot swap the program halfway or remove it.
 */
export const SNAPSHOT = join(ROOT, 'bench', 'results', 'dist');
export const CLI = join(SNAPSHOT, 'promocase.js');
/** The `promocase` command as users run it: a shell script that starts Node on CLI (src/cli/promocase.sh). */
export const COMMAND = join(SNAPSHOT, 'promocase');
export const NODE = process.execPath;

/** The environment every child gets: no colour, no inherited NODE_OPTIONS that would change start-up. */
export function childEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.NODE_OPTIONS;
  delete env.PROMOCASE_HOME;
  delete env.DATABASE_URL;
  return env;
}

/**
 * The environment the promocase command gives Node for the local database: without NODE_EXTRA_CA_CERTS,
 * which Node 20 parses at start-up (src/cli/promocase.sh). Baselines and floors start Node this way too,
 * so that they are compared like for like with promocase.
 */
export function localNodeEnv() {
  const env = childEnv();
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** The baseline of start-up figures: `node -e 0`, started as promocase starts Node (localNodeEnv). */
export function nodeE0() {
  return runOk(NODE, ['-e', '0'], { env: localNodeEnv() });
}

/** Copies the built CLI to the snapshot the benchmarks run. */
export function snapshotBuild() {
  if (!existsSync(join(DIST, 'promocase.js'))) {
    throw new Error(`${DIST}/promocase.js is missing: run npm run build (npm run bench does it)`);
  }
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(DIST, SNAPSHOT, { recursive: true });
}

/**
 * Runs a program to completion with stdout and stderr piped (as in a script), and returns its wall time in
 * milliseconds from spawn to exit, with its exit code and how much it wrote. Output is kept only when asked.
 */
export function timeProcess(command, args, { keepOutput = false, input, env } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: env ?? childEnv(),
    });
    let stdoutBytes = 0;
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length;
      if (keepOutput) out.push(chunk);
    });
    child.stderr.on('data', (chunk) => err.push(chunk));
    if (input !== undefined) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({
        ms,
        code,
        signal,
        stdoutBytes,
        stdout: keepOutput ? Buffer.concat(out).toString('utf8') : '',
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Like timeProcess, but a non-zero exit is an error that shows what the program said. */
export async function runOk(command, args, options) {
  const r = await timeProcess(command, args, options);
  if (r.code !== 0) {
    const shown = [command === NODE ? 'node' : command, ...args].join(' ');
    throw new Error(`${shown} exited ${r.code ?? r.signal}: ${r.stderr.trim().slice(0, 2000)}`);
  }
  return r;
}

/** Runs the built promocase command (`dist/promocase ...args`), as a user types it. */
export function promocase(args, options) {
  return runOk(COMMAND, args, options);
}

const tempDirs = [];

/** A temporary directory removed at exit (set BENCH_KEEP=1 to keep it for a look). */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `promocase-bench-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(keep = []) {
  if (process.env.BENCH_KEEP) return;
  for (const dir of tempDirs.splice(0))
    if (!keep.includes(dir)) rmSync(dir, { recursive: true, force: true });
}

/** A promocase home with a profile, as after `promocase init` (not timed). */
export async function initialisedHome(prefix) {
  const home = join(tempDir(prefix), 'home');
  await promocase([
    '--home',
    home,
    'init',
    '--name',
    'Sam Rivera',
    '--level',
    'mid',
    '--target',
    'senior',
    '--manager',
    'Priya Nair',
    '--cadence',
    'half-yearly',
  ]);
  return home;
}

/**
 * Times `subject` and `baseline` (async functions returning { ms }) over `runs` rounds, alternating which
 * goes first (ABBA) so drift and machine noise fall on both. `warmup` rounds are run and discarded.
 */
export async function interleave({ runs, warmup = 2, subject, baseline }) {
  const s = [];
  const b = [];
  for (let i = 0; i < warmup + runs; i++) {
    const baselineFirst = i % 2 === 0;
    const first = await (baselineFirst ? baseline(i) : subject(i));
    const second = await (baselineFirst ? subject(i) : baseline(i));
    if (i < warmup) continue;
    b.push((baselineFirst ? first : second).ms);
    s.push((baselineFirst ? second : first).ms);
  }
  return { subject: s, baseline: b };
}
