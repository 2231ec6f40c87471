// How the built CLI writes its output: straight to the file descriptor, shown safely on a terminal, and
// through Node's stream when the descriptor is non-blocking and full.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/standard-output.js';
import { runProgram } from '../support/run-program.js';

const CLI = resolve(import.meta.dirname, '../../dist/promocase.js');
const BUILT = existsSync(CLI);
const HAS_SCRIPT = existsSync('/usr/bin/script') && process.platform === 'linux';

describe('isTerminal', () => {
  it('says no for a file, /dev/null, and a descriptor that is not open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promocase-tty-'));
    try {
      const file = join(dir, 'out.txt');
      writeFileSync(file, '');
      for (const path of [file, '/dev/null']) {
        const fd = openSync(path, 'w');
        try {
          expect(isTerminal(fd), path).toBe(false);
        } finally {
          closeSync(fd);
        }
      }
      expect(isTerminal(9999)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!BUILT)('the output of the built CLI', () => {
  let root: string;
  let home: string;
  let env: Record<string, string>;
  const promocase = (args: readonly string[], extra: Record<string, string> = {}) =>
    runProgram(process.execPath, [CLI, '--home', home, ...args], { env: { ...env, ...extra } });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'promocase-output-'));
    home = join(root, 'home');
    env = { PATH: process.env.PATH ?? '', HOME: root, XDG_CACHE_HOME: join(root, 'cache') };
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.skipIf(!HAS_SCRIPT)('shows control characters on a terminal and keeps them in a pipe', async () => {
    expect((await promocase(['log', 'Shipped \u001b[31mred'])).code).toBe(0);
    const piped = await promocase(['list']);
    expect(piped.stdout).toContain('Shipped \u001b[31mred');
    // `script` runs the command on a pseudo-terminal of its own.
    const command = `'${process.execPath}' '${CLI}' --home '${home}' list`;
    const onTerminal = execFileSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8' });
    expect(onTerminal).toContain('Shipped \u241b[31mred');
    expect(onTerminal).not.toContain('\u001b[31m');
  });

  it('writes all of a large output when its pipe is non-blocking and the reader is slow', async () => {
    // Thousands of entries: far more than a pipe holds.
    expect((await promocase(['demo'])).code).toBe(0);
    const sample = JSON.parse((await promocase(['--demo', 'export'])).stdout) as {
      entries: Array<{ id: string }>;
    };
    const copies = Array.from({ length: 40 }, (_, n) =>
      sample.entries.map((e) => ({ ...e, id: `${e.id}-copy-${n}` })),
    ).flat();
    const file = join(root, 'many.json');
    writeFileSync(file, JSON.stringify({ ...sample, entries: copies }));
    const imported = await promocase(['import', file]);
    expect(imported.code, imported.stderr).toBe(0);

    // Creating process.stdout on a pipe makes the descriptor non-blocking (libuv does), so that writes
    // to the full pipe fail with EAGAIN instead of waiting.
    const preload = join(root, 'touch-stdout.cjs');
    writeFileSync(preload, 'process.stdout;\n');
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['--require', preload, CLI, '--home', home, 'list', '--json'], {
        env,
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (code) => done({ code, stdout, stderr }));
      // Nothing is read for a while: the pipe fills up under the CLI.
      setTimeout(() => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
        });
      }, 500);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(copies.length + 1);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(1_000_000);
  });
});
