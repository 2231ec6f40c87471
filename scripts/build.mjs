// Bundles the CLI into dist/ with esbuild: one file to load at start-up, heavy parts (pg, prompts,
// use cases) split into chunks loaded only by the commands that use them, and the server in a bundle
// of its own (dist/serve.js): it shares no chunk with the CLI, so its dependencies (Hono, the OpenAPI
// extension that pulls in all of zod) never load for everyday commands. The web app is built by Vite
// into dist/web, which `serve` serves.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { build as buildWeb } from 'vite';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native addons and the pg driver (with its optional native binding) stay in node_modules; so do the
  // document libraries: pdfkit reads its font metrics from files beside its own code, and both are
  // large and imported only when a PDF or DOCX is rendered.
  external: ['better-sqlite3', 'pg', 'pg-native', 'pdfkit', 'docx'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true, // less to parse: start-up time is a budget (DESIGN.md section 7)
  logLevel: 'warning',
};

/**
 * The CLI imports src/cli/serve-main.ts; in the build that is the separate bundle dist/serve.js. The
 * `serve` command lives in a chunk (dist/chunks/), hence the path; checked after the build below.
 */
const SERVE_IMPORT = '../serve.js';
const serveBundleIsExternal = {
  name: 'serve-bundle-is-external',
  setup(b) {
    b.onResolve({ filter: /\/serve-main\.js$/ }, () => ({ path: SERVE_IMPORT, external: true }));
  },
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { promocase: 'src/cli/promocase.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [serveBundleIsExternal],
  }),
  build({ ...common, entryPoints: { serve: 'src/cli/serve-main.ts' }, outdir: 'dist' }),
  buildWeb({ configFile: 'web/vite.config.ts', logLevel: 'warn' }),
]);

// A wrong relative path would only show when someone runs `serve`: fail the build instead.
for (const dir of ['dist', 'dist/chunks']) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    if (
      readFileSync(path, 'utf8').includes(`import("${SERVE_IMPORT}")`) &&
      !existsSync(join(dirname(path), SERVE_IMPORT))
    ) {
      throw new Error(`build: ${path} imports ${SERVE_IMPORT}, which does not exist next to it`);
    }
  }
}
