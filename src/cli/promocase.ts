#!/usr/bin/env node
/** The `promocase` executable: runs the CLI on the real process. */
import module from 'node:module';

// Most of start-up is compiling JavaScript. Node 22.1+ can keep the compiled code between runs
// (before the rest of the program is imported); Node 20 has no such API and compiles every time.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { processIo } = await import('./io.js');
const { run } = await import('./main.js');
process.exitCode = await run(process.argv.slice(2), processIo());
