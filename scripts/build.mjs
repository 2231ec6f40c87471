// Bundles the CLI into dist/ with esbuild: one file to load at start-up, heavy parts (pg, server,
// prompts) split into chunks loaded only by the commands that use them.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { promocase: 'src/cli/promocase.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native addons and the pg driver (with its optional native binding) stay in node_modules.
  external: ['better-sqlite3', 'pg', 'pg-native'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true, // less to parse: start-up time is a budget (DESIGN.md section 7)
  logLevel: 'warning',
});
