// The built CLI as a user runs it: `node dist/promocase.js ...` in a child process, real pipes, real exit codes.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../src/compose.js';
import { STACK_FRAME } from '../support/cli-harness.js';
import { type ProgramResult, runProgram } from '../support/run-program.js';

const CLI = resolve(import.meta.dirname, '../../dist/promocase.js');
const BUILT = existsSync(CLI);
const SKIP_REASON = 'skipped: dist/promocase.js is missing (run `npm run build`; `npm test` builds it first)';

/** Runs the built CLI with only the environment given (plus PATH), stdin from `input` or empty. */
function promocase(
  args: readonly string[],
  opts: { env?: Record<string, string>; input?: string } = {},
): Promise<ProgramResult> {
  return runProgram(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    input: opts.input,
  });
}

if (!BUILT && process.env.CI) {
  describe('the built CLI', () => {
    it('exists under CI (dist/promocase.js)', () => {
      expect.fail(`CI=true but ${CLI} is missing: the test command must build first (npm run build)`);
    });
  });
} else if (!BUILT) {
  console.warn(SKIP_REASON);
}

describe.skipIf(!BUILT)(`the built CLI (${BUILT ? CLI : SKIP_REASON})`, () => {
  let root: string;
  let home: string;
  let env: Record<string, string>;
  const run = (args: readonly string[], opts: { env?: Record<string, string>; input?: string } = {}) =>
    promocase(['--home', home, ...args], { ...opts, env: { ...env, ...opts.env } });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'promocase-e2e-'));
    home = join(root, 'home');
    env = { HOME: root };
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints help on stdout and exits 0 for --help', async () => {
    const r = await promocase(['--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: promocase');
    expect(r.stderr).toBe('');
  });

  it('prints the version', async () => {
    const r = await promocase(['--version'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('logs a win, then lists it as pure JSON on stdout', async () => {
    const logged = await run([
      'log',
      'Led the billing migration cutover',
      '--kind',
      'feature',
      '--tag',
      'billing',
    ]);
    expect(logged.code).toBe(0);
    expect(logged.stdout).toBe('');
    expect(logged.stderr).toMatch(
      /^Logged [0-9a-f]{8} on \d{4}-\d{2}-\d{2}: Led the billing migration cutover\n$/,
    );

    const listed = await run(['list', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('');
    const entries = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Led the billing migration cutover',
      kind: 'feature',
      tags: ['billing'],
      date: localToday(),
    });
    expect((await run(['ls', 'billing', '--json'])).stdout).toBe(listed.stdout);
  });

  it.each([
    [['log', 'Shipped', '--date', '2026-02-30'], 2, 'date'],
    [['log', 'Shipped', '--kind', 'heroics'], 2, 'expected one of'],
    [['log', 't'.repeat(201)], 2, 'at most 200 characters'],
    [['list', '--limit', 'abc'], 2, '--limit'],
    [['list', '--since', 'blah'], 2, 'since'],
    [['init'], 2, '--name'],
    [['show', 'deadbeef'], 1, 'no entry with id'],
    [['restore', 'deadbeef'], 1, 'no entry with id'],
    [['import', '/no/such/file.json'], 2, 'no such file'],
    [['frobnicate'], 2, 'unknown command'],
    [['--database', 'mysql://x', 'list'], 2, '--database'],
  ])('refuses %j with exit %i, a message on stderr and no stack trace', async (args, code, message) => {
    const r = await run(args);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain('unexpected failure');
    expect(r.stdout).toBe('');
  });

  it('refuses rm without --yes when stdin is not a terminal, deleting nothing', async () => {
    const [entry] = JSON.parse((await run(['list', '--json'])).stdout) as Array<{ id: string }>;
    const r = await run(['rm', entry!.id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(JSON.parse((await run(['list', '--json'])).stdout)).toHaveLength(1);
  });

  it('imports a document piped on stdin, and a second time creates nothing', async () => {
    const exported = await run(['export']);
    expect(exported.code).toBe(0);
    const other = join(root, 'other-home');
    const first = await promocase(['--home', other, 'import', '-'], { env, input: exported.stdout });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('1 created');
    const again = await promocase(['--home', other, 'import', '-'], { env, input: exported.stdout });
    expect(again.stderr).toContain('0 created');
    expect(again.stderr).toContain('1 unchanged');
  });

  it('refuses a malformed file with exit 2 and writes nothing', async () => {
    const file = join(root, 'broken.json');
    writeFileSync(file, '{ not json');
    const fresh = join(root, 'fresh-home');
    const r = await promocase(['--home', fresh, 'import', file], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not JSON');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(join(fresh, 'promocase.db'))).toBe(false);
  });

  it('gives the same output with NO_COLOR set, without colour codes', async () => {
    for (const args of [['list'], ['week'], ['--help'], ['show', 'deadbeef']]) {
      const plain = await run(args);
      const noColor = await run(args, { env: { NO_COLOR: '1' } });
      expect(noColor).toEqual(plain);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes on purpose
      expect(`${noColor.stdout}${noColor.stderr}`).not.toMatch(/\u001b\[/);
    }
  });

  it('uses $PROMOCASE_HOME when there is no --home', async () => {
    const envHome = join(root, 'env-home');
    const r = await promocase(['log', 'From the environment'], { env: { ...env, PROMOCASE_HOME: envHome } });
    expect(r.code).toBe(0);
    expect(existsSync(join(envHome, 'promocase.db'))).toBe(true);
  });

  it('loads the demo and lists it with --demo, leaving your own list as it was', async () => {
    const demo = await run(['demo']);
    expect(demo.code, demo.stderr).toBe(0);
    const entries = JSON.parse((await run(['--demo', 'list', '--json'])).stdout) as unknown[];
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(JSON.parse((await run(['list', '--json'])).stdout)).toHaveLength(1);
  });

  it('stops quietly when the reader closes the pipe early (promocase list | head)', async () => {
    expect((await run(['demo'])).code).toBe(0);
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI, '--home', home, '--demo', 'list'], { env });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      // The reader is gone before the first line: every write the CLI makes meets a closed pipe.
      child.stdout.destroy();
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'says the output could not be written when the disk is full, without a stack trace (exit 1)',
    async () => {
      expect((await run(['demo'])).code).toBe(0);
      const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const full = openSync('/dev/full', 'w');
        const child = spawn(process.execPath, [CLI, '--home', home, '--demo', 'list'], {
          env,
          stdio: ['ignore', full, 'pipe'],
        });
        closeSync(full);
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('close', (code) => done({ code, stderr }));
      });
      expect(result.stderr).toContain('error: cannot write the output: the disk is full');
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.code).toBe(1);
    },
  );

  it.skipIf(!existsSync('/usr/bin/script'))(
    'ends a prompt closed with Ctrl+D as cancelled (exit 2, nothing saved), not as a silent success',
    async () => {
      const before = (JSON.parse((await run(['list', '--json'])).stdout) as unknown[]).length;
      // `script` gives the command a pseudo-terminal (sized, or prompts wrap at one column);
      // Ctrl+D on the empty first question closes it.
      const command = `stty cols 100 rows 30; '${process.execPath}' '${CLI}' --home '${home}' week`;
      const result = await new Promise<{ code: number | null; output: string }>((done) => {
        const child = spawn('script', ['-qec', command, '/dev/null'], { env });
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (output.includes('What shipped this week?')) child.stdin.write('\u0004');
        });
        child.on('close', (code) => done({ code, output }));
      });
      expect(result.output).toContain('cancelled; nothing was saved');
      expect(result.code).toBe(2);
      expect(JSON.parse((await run(['list', '--json'])).stdout)).toHaveLength(before);
    },
  );

  // Root ignores file permissions: as root, the CLI runs as nobody (uid 65534) through setpriv.
  const AS_ROOT = process.getuid?.() === 0;
  it.skipIf(AS_ROOT && !existsSync('/usr/bin/setpriv'))(
    'says a read-only home cannot be written, and still reads a read-only database file',
    async () => {
      expect((await run(['log', 'Before the home went read-only'])).code).toBe(0);
      const readOnly = (args: readonly string[], dir: string) => {
        const cli = [process.execPath, CLI, '--home', dir, ...args];
        const noCache = { ...env, PROMOCASE_CODE_CACHE: 'off' };
        return AS_ROOT
          ? runProgram('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...cli], {
              env: { PATH: process.env.PATH ?? '', ...noCache },
            })
          : runProgram(cli[0]!, cli.slice(1), { env: { PATH: process.env.PATH ?? '', ...noCache } });
      };
      const place = mkdtempSync(join(tmpdir(), 'promocase-ro-'));
      try {
        chmodSync(place, 0o755);
        // A writable folder holding a read-only database file, then a read-only folder.
        const fileOnly = join(place, 'file-read-only');
        const folder = join(place, 'folder-read-only');
        for (const dir of [fileOnly, folder]) {
          mkdirSync(dir);
          copyFileSync(join(home, 'promocase.db'), join(dir, 'promocase.db'));
          chmodSync(join(dir, 'promocase.db'), 0o444);
          if (AS_ROOT) for (const path of [dir, join(dir, 'promocase.db')]) chownSync(path, 65534, 65534);
        }
        chmodSync(folder, 0o555);

        const listed = await readOnly(['list'], fileOnly);
        expect(listed.code, listed.stderr).toBe(0);
        expect(listed.stdout).toContain('Before the home went read-only');

        for (const [args, dir] of [
          [['log', 'Not saved'], fileOnly],
          [['list'], folder],
        ] as const) {
          const r = await readOnly(args, dir);
          expect(r.stderr).toContain('read-only');
          expect(r.stderr).toContain(join(dir, 'promocase.db'));
          expect(r.stderr).not.toContain('unexpected failure');
          expect(r.stderr).not.toMatch(STACK_FRAME);
          expect(r.code).toBe(1);
        }
      } finally {
        chmodSync(join(place, 'folder-read-only'), 0o755);
        rmSync(place, { recursive: true, force: true });
      }
    },
  );

  it('keeps every entry when several commands start at once on a new home', async () => {
    const fresh = join(root, 'started-together');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => promocase(['--home', fresh, 'log', `At once ${i}`], { env })),
    );
    for (const r of results) {
      expect(r.stderr).not.toContain('unexpected failure');
      expect(r.code, r.stderr).toBe(0);
    }
    const listed = await promocase(['--home', fresh, 'list', '--json'], { env });
    expect(JSON.parse(listed.stdout)).toHaveLength(8);
  });

  it('builds PDF and DOCX documents with the libraries and font loaded from outside the bundle', async () => {
    expect((await run(['demo'])).code).toBe(0);
    const logged = await run([
      '--demo',
      'log',
      'Paired with Zoë and Дмитрий on the release',
      '--visibility',
      'manager',
    ]);
    expect(logged.code, logged.stderr).toBe(0);
    for (const format of ['pdf', 'docx']) {
      const out = join(root, `brag.${format}`);
      const r = await run(['--demo', 'doc', 'brag', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: brag document from \\d+ entries`),
      );
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe(
        format === 'pdf' ? '%PDF' : 'PK\u0003\u0004',
      );
    }
    const check = await run(['--demo', 'doc', 'check', 'brag']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^Brag document: \d+ gaps to fill/);
  });
});
