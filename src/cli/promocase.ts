#!/usr/bin/env node
/** The `promocase` executable: runs the CLI on the real process. */
import { processIo } from './io.js';
import { run } from './main.js';

run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
