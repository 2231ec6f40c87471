// Bundles the CLI into dist/ with esbuild: a small executable (dist/promocase.js, CommonJS: an ES module
// entry costs Node's ES module loader, about 15 ms of start-up) that loads the CLI bundle, whose heavy
// parts (pg, prompts, use cases) are split into chunks loaded only by the commands that use them, and
// the server in a bundle of its own (dist/serve.mjs, an ES module): it shares no chunk with the CLI,
// so its dependencies (Hono, the OpenAPI extension that pulls in all of zod) never load for everyday
// commands. The web app is built by Vite into dist/web, which `serve` serves.
//
// The CLI chunks are CommonJS (dist/chunks/*.js, with a package.json that says so): esbuild splits only
// ES modules, so a second pass turns each chunk into CommonJS, which the executable compiles through
// node:vm with a V8 code cache (src/cli/load-bundle.ts). Node 20 cannot cache the code of ES modules.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, transform } from 'esbuild';
import { build as buildWeb } from 'vite';
import { composeSourceMaps } from './compose-source-maps.mjs';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The pg driver (with its optional native binding) stays in node_modules; so does pdfkit: it reads
  // its font files from beside its own code, and is imported only to embed DejaVu in a PDF of
  // non-Western text. better-sqlite3's JavaScript is bundled; its native addon is loaded by path
  // (src/store/sqlite.ts), so `bindings` is never called.
  external: ['pg', 'pg-native', 'pdfkit', 'bindings'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true, // less to parse: start-up time is a budget (DESIGN.md section 7)
  logLevel: 'warning',
};

/**
 * The CLI imports src/cli/serve-main.ts; in the build that is the separate bundle dist/serve.mjs. The
 * `serve` command lives in a chunk (dist/chunks/), hence the path; checked after the build below.
 */
const SERVE_IMPORT = '../serve.mjs';
/** How a CommonJS chunk reaches the server bundle, an ES module (given by src/cli/load-bundle.ts). */
const SERVE_IMPORT_CJS = `__importEsm("${SERVE_IMPORT}")`;
const CHUNKS = 'dist/chunks';
const serveBundleIsExternal = {
  name: 'serve-bundle-is-external',
  setup(b) {
    b.onResolve({ filter: /\/serve-main\.js$/ }, () => ({ path: SERVE_IMPORT, external: true }));
  },
};

/**
 * commander requires node:child_process as it loads, for subcommands that are separate programs, which
 * promocase has none of. Loading it (with net and dgram) took 2-3 ms of every command: commander gets
 * a stand-in that loads it on first use.
 */
const commanderLoadsChildProcessLazily = {
  name: 'commander-loads-child-process-lazily',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents:
        "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
const [cli] = await Promise.all([
  build({
    ...common,
    banner: {}, // CommonJS chunks have their own require
    entryPoints: { 'cli-bundle': 'src/cli/cli-bundle.ts' },
    outdir: CHUNKS,
    splitting: true,
    chunkNames: '[name]-[hash]',
    plugins: [serveBundleIsExternal, commanderLoadsChildProcessLazily],
    write: false,
  }),
  build({
    ...common,
    entryPoints: { serve: 'src/cli/serve-main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
  }),
  buildWeb({ configFile: 'web/vite.config.ts', logLevel: 'warn' }),
]);
const buildId = await writeCommonJsChunks(cli.outputFiles);
// The package is "type": "module"; this makes dist/promocase.js CommonJS (the server is .mjs).
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
await build({
  ...common,
  format: 'cjs',
  banner: { js: '"use strict";const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  entryPoints: { promocase: 'src/cli/promocase.ts' },
  outdir: 'dist',
  define: { PROMOCASE_BUILD_ID: JSON.stringify(buildId), 'import.meta.url': '__importMetaUrl' },
});
// The `promocase` command is a shell script that starts Node on dist/promocase.js (why: in the script).
copyFileSync('src/cli/promocase.sh', 'dist/promocase');
chmodSync('dist/promocase', 0o755);

/** Turns the ES module chunks into CommonJS files, with source maps back to src/; returns their hash. */
async function writeCommonJsChunks(files) {
  mkdirSync(CHUNKS, { recursive: true });
  writeFileSync(join(CHUNKS, 'package.json'), '{ "type": "commonjs" }\n');
  const maps = new Map(files.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, JSON.parse(f.text)]));
  const hash = createHash('sha256');
  for (const file of files.filter((f) => f.path.endsWith('.js'))) {
    const name = basename(file.path);
    const esm = file.text
      .replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')
      .replaceAll(`import("${SERVE_IMPORT}")`, SERVE_IMPORT_CJS);
    const cjs = await transform(esm, {
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify: true,
      // import() of another chunk becomes require(): the loader, not Node's ES module loader, runs chunks.
      supported: { 'dynamic-import': false },
      define: { 'import.meta.url': '__importMetaUrl', 'import.meta.resolve': '__importMetaResolve' },
      sourcemap: 'external',
      sourcefile: name,
      logLevel: 'silent',
    });
    // A warning here is a chunk that would behave differently as CommonJS (another use of import.meta).
    if (cjs.warnings.length > 0) {
      throw new Error(`build: ${name} as CommonJS: ${cjs.warnings.map((w) => w.text).join('; ')}`);
    }
    const inner = maps.get(`${file.path}.map`);
    const map = inner ? composeSourceMaps(JSON.parse(cjs.map), inner) : JSON.parse(cjs.map);
    writeFileSync(join(CHUNKS, name), `${cjs.code}//# sourceMappingURL=${name}.map\n`);
    writeFileSync(join(CHUNKS, `${name}.map`), JSON.stringify({ ...map, file: name }));
    hash.update(name).update(cjs.code);
  }
  return hash.digest('hex').slice(0, 16);
}

// A wrong relative path would only show when someone runs `serve`: fail the build instead. So would an
// import() of the server bundle that the second pass turned into require() (it is an ES module).
let serveImports = 0;
for (const file of readdirSync(CHUNKS).filter((f) => f.endsWith('.js'))) {
  const path = join(CHUNKS, file);
  const text = readFileSync(path, 'utf8');
  if (text.includes(`require("${SERVE_IMPORT}")`)) {
    throw new Error(`build: ${path} requires ${SERVE_IMPORT}, an ES module: it must be imported`);
  }
  if (!text.includes(SERVE_IMPORT_CJS)) continue;
  serveImports++;
  if (!existsSync(join(dirname(path), SERVE_IMPORT))) {
    throw new Error(`build: ${path} imports ${SERVE_IMPORT}, which does not exist next to it`);
  }
}
if (serveImports === 0) throw new Error(`build: no chunk imports ${SERVE_IMPORT}: how does serve start?`);
