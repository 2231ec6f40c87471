/**
 * Where the time goes: runs the built CLI under `node --cpu-prof` on the benchmarks' data and sums the
 * samples by original source (through the bundle's source maps): per package or src/ folder, and per function.
 * Usage: npm run build && node bench/profile.mjs CASE [--runs N] [--top N] [--keep]
 *        node bench/profile.mjs [--runs N] -- NODE_ARGS...   (any node command line, e.g. -e "...")
 *   CASE: version | log | list | list-json | search | serve | bare-server | import
 *   --keep  keeps the .cpuprofile files (open them in Chrome DevTools > Performance)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { exportDocument, seededHome } from './lib/fixtures.mjs';
import {
  CLI,
  DIST,
  initialisedHome,
  NODE,
  ROOT,
  removeTempDirs,
  runOk,
  SNAPSHOT,
  snapshotBuild,
  tempDir,
} from './lib/processes.mjs';
import { startServer } from './lib/servers.mjs';

const CASES = {
  version: { runs: 20, args: async () => ['--version'] },
  log: { runs: 20, args: async () => ['--home', await initialisedHome('profile'), 'log', 'Led the cutover'] },
  list: { runs: 10, args: async () => ['--home', (await seededHome(10_000)).home, 'list'] },
  'list-json': { runs: 10, args: async () => ['--home', (await seededHome(10_000)).home, 'list', '--json'] },
  search: {
    runs: 10,
    args: async () => ['--home', (await seededHome(10_000)).home, 'list', 'billing', 'migration'],
  },
  import: {
    runs: 1,
    args: async () => [
      '--home',
      await initialisedHome('profile'),
      'import',
      (await exportDocument(100_000)).file,
    ],
  },
  serve: { runs: 1, server: 'promocase' },
  /** The API benchmark's baseline under the same load, to compare per-request costs with. */
  'bare-server': { runs: 1, server: 'bare' },
};

function parseArgs(all) {
  // After `--`: a node command line to profile instead of a preset (`node bench/profile.mjs -- -e "..."`).
  const split = all.indexOf('--');
  const argv = split >= 0 ? all.slice(0, split) : all;
  if (split >= 0) CASES.node = { runs: 10, node: all.slice(split + 1) };
  const name = split >= 0 ? 'node' : argv.find((a) => !a.startsWith('-'));
  const value = (flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  if (!name || !CASES[name]) {
    process.stderr.write(
      `usage: node bench/profile.mjs ${Object.keys(CASES).join('|')} [--runs N] [--top N]\n`,
    );
    process.exit(2);
  }
  return { name, runs: value('--runs'), top: value('--top') ?? 25, keep: argv.includes('--keep') };
}

const BARE = join(ROOT, 'bench', 'baselines', 'bare-server.mjs');
const PROFILE_FLAGS = (dir) => ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '200'];

async function profileServer(dir, which) {
  const { home } = await seededHome(10_000);
  let server = await startServer(
    NODE,
    [...(which === 'promocase' ? PROFILE_FLAGS(dir) : []), CLI, '--home', home, 'serve', '--port', '0'],
    /promocase is serving at (http:\/\/\S+)/,
    { label: 'promocase serve' },
  );
  let url = new URL(server.match[1]);
  const token = url.searchParams.get('token');
  if (which === 'bare') {
    const res = await fetch(`${url.origin}/api/v1/entries?limit=20`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bodyFile = join(dir, 'body.json');
    writeFileSync(bodyFile, await res.text());
    await server.stop();
    server = await startServer(
      NODE,
      [...PROFILE_FLAGS(dir), BARE, bodyFile, token],
      /listening at (http:\/\/\S+)/,
      {
        label: 'bare node:http server',
      },
    );
    url = new URL(server.match[1]);
  }
  const load = await autocannon({
    url: `${url.origin}/api/v1/entries?limit=20`,
    connections: 50,
    duration: 5,
    headers: { authorization: `Bearer ${token}` },
  });
  await server.stop(); // SIGTERM: the server closes and the profile is written at exit
  return load.requests.total;
}

// --- reading profiles -------------------------------------------------------------------------------

const maps = new Map();

function sourceMapFor(file) {
  if (!maps.has(file)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/** The original file and function of a profile frame. */
function locate(frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return { file: '', name: functionName || '(anonymous)', native: true };
  if (url.startsWith('node:')) return { file: url, name: functionName || '(top level)' };
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const map = path.endsWith('.js') ? sourceMapFor(path) : null;
  if (map && lineNumber >= 0) {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      // The map's sources are relative to dist/, of which the benchmarks run a copy.
      const original = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : join(DIST, relative(SNAPSHOT, path), '..', entry.originalSource);
      return {
        file: relative(ROOT, original),
        name: entry.name || functionName || '(top level)',
        line: entry.originalLine + 1,
      };
    }
  }
  const file = path.startsWith(SNAPSHOT) ? join('dist', relative(SNAPSHOT, path)) : relative(ROOT, path);
  return { file, name: functionName || '(top level)', line: lineNumber + 1 };
}

/** A package, a src/ folder, node's internals, or V8 itself. */
function groupOf(loc) {
  if (loc.native) return null;
  const nm = loc.file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = loc.file.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (loc.file.startsWith('node:')) return 'node internals';
  if (loc.file.startsWith('src/')) return loc.file.split('/').slice(0, 2).join('/');
  return loc.file || '(unknown)';
}

const SPECIAL = new Set(['(program)', '(garbage collector)', '(idle)', '(root)']);

function analyse(files) {
  const self = new Map(); // group -> ms
  const inclusive = new Map(); // group -> ms (once per sample per group on the stack)
  const functions = new Map(); // "name  file:line" -> ms self
  const functionsInclusive = new Map(); // "name  file:line" -> ms, once per sample per function on the stack
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const info = new Map();
    const infoOf = (id) => {
      if (!info.has(id)) {
        const node = byId.get(id);
        const frame = node.callFrame;
        if (SPECIAL.has(frame.functionName) && !frame.url) {
          info.set(id, { group: `V8 ${frame.functionName}`, fn: frame.functionName });
        } else {
          const loc = locate(frame);
          let group = groupOf(loc);
          if (group === null) {
            // Builtins and addon methods (JSON.parse, better-sqlite3's Statement#all): charged to the caller.
            const up = parent.get(id);
            group = `${up ? infoOf(up).group : '?'} > native`;
          }
          const where = loc.file ? `  ${loc.file}${loc.line ? `:${loc.line}` : ''}` : '  (native)';
          info.set(id, { group, fn: `${loc.name}${where}` });
        }
      }
      return info.get(id);
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      totalMs += ms;
      const own = infoOf(id);
      self.set(own.group, (self.get(own.group) ?? 0) + ms);
      functions.set(own.fn, (functions.get(own.fn) ?? 0) + ms);
      const seen = new Set();
      const seenFunctions = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { group, fn } = infoOf(at);
        const g = group.replace(/ > native$/, '');
        if (g.startsWith('V8 (root)')) continue;
        seen.add(g);
        seenFunctions.add(fn);
      }
      for (const g of seen) inclusive.set(g, (inclusive.get(g) ?? 0) + ms);
      for (const f of seenFunctions) functionsInclusive.set(f, (functionsInclusive.get(f) ?? 0) + ms);
    });
  }
  return { self, inclusive, functions, functionsInclusive, totalMs, runs: files.length };
}

function printTable(title, map, { runs, totalMs, unit }, top) {
  const rows = [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stdout.write(`\n${title}\n`);
  const width = Math.max(...rows.map(([k]) => k.length), 10);
  for (const [k, ms] of rows) {
    const per = ms / runs;
    process.stdout.write(
      `  ${k.padEnd(width)}  ${per.toFixed(unit === 'request' ? 4 : 2).padStart(8)} ms/${unit}  ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%\n`,
    );
  }
}

async function main() {
  const { name, runs: given, top, keep } = parseArgs(process.argv.slice(2));
  snapshotBuild();
  const preset = CASES[name];
  const dir = tempDir(`profile-${name}`);
  const runs = given ?? preset.runs;
  let requests = 0;
  if (preset.server) {
    requests = await profileServer(dir, preset.server);
  } else {
    const args = preset.node ?? [CLI, ...(await preset.args())];
    for (let i = 0; i < runs; i++) await runOk(NODE, [...PROFILE_FLAGS(dir), ...args]);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error('no profile was written');
  const result = analyse(files);
  // For the server, figures are per request (start-up is included but small next to 5 s of load).
  if (requests) result.runs = requests;
  const unit = requests ? 'request' : 'run';
  result.unit = unit;
  process.stdout.write(
    `profile of "${name}": ${result.runs} ${unit}(s), ${(result.totalMs / result.runs).toFixed(3)} ms of samples per ${unit} (200 us sampling; process start-up before V8 profiling began is not included)\n`,
  );
  printTable(
    'self time by package / src folder ("> native": builtins and addon calls made from there)',
    result.self,
    result,
    top,
  );
  printTable(
    'inclusive time by package / src folder (a sample counts for every group on its stack)',
    result.inclusive,
    result,
    top,
  );
  printTable(
    'self time by function (original source through the source maps)',
    result.functions,
    result,
    top,
  );
  printTable(
    'inclusive time by function (a sample counts for every function on its stack)',
    result.functionsInclusive,
    result,
    top,
  );
  if (keep) process.stdout.write(`\nprofiles kept in ${dir}\n`);
  removeTempDirs(keep ? [dir] : []);
}

await main();
