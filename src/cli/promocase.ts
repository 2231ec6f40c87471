#!/usr/bin/env node
/**
 * The `promocase` executable: loads the CLI bundle (with its code cache) and runs it on the real process.
 * Built as CommonJS (dist/package.json says so): an ES module entry costs Node's ES module loader, about
 * 15 ms of every command's start-up.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';
import type * as CliBundle from './cli-bundle.js';
import { codeCacheDir, loadBundle } from './load-bundle.js';

/** Set by scripts/build.mjs: a hash of the bundle's chunks, which keys their code cache. */
declare const PROMOCASE_BUILD_ID: string;

// The `promocase` command (promocase.sh) sets NODE_EXTRA_CA_CERTS aside so that Node starts without
// parsing certificates it will not use. The programs promocase starts ($EDITOR) get it back as it was.
const setAside = process.env.PROMOCASE_NODE_EXTRA_CA_CERTS;
if (setAside !== undefined) {
  process.env.NODE_EXTRA_CA_CERTS = setAside;
  delete process.env.PROMOCASE_NODE_EXTRA_CA_CERTS;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'chunks');
const bundle = loadBundle({
  dir,
  cacheDir: codeCacheDir(
    process.env,
    dir,
    `${VERSION}-${PROMOCASE_BUILD_ID}-v8-${process.versions.v8}-${process.arch}`,
  ),
  onCacheProblem: (message) => {
    if (process.env.PROMOCASE_DEBUG) process.stderr.write(`promocase: ${message}\n`);
  },
});
const { exitWhenWritten, processIo, run } = bundle.load('cli-bundle.js') as typeof CliBundle;
void run(process.argv.slice(2), processIo()).then((code) => {
  // After the command, so that the cache holds the functions it compiled on the way, not only the top level.
  bundle.saveCodeCache();
  exitWhenWritten(code);
});
