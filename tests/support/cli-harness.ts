// Runs the CLI in-process through `run(argv, io)`: captured stdout/stderr, a temporary --home, no
// terminal, and only the environment a test passes (so DATABASE_URL or $EDITOR of the machine never leak in).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { localToday } from '../../src/compose.js';
import type { Entry } from '../../src/core/entries/entry.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment for this run only (merged over the harness environment). */
  env?: Record<string, string | undefined>;
  /** What `import -` reads. */
  stdin?: string;
  /** Pretend to be on a terminal (default false). */
  isTTY?: boolean;
  /** Leave out the `--home` the harness adds (to test home resolution itself). */
  noHome?: boolean;
}

export interface CliHarness {
  /** The temporary promocase home passed as --home. */
  home: string;
  /** A scratch directory for files a test writes (exports, import documents). */
  dir: string;
  run(argv: readonly string[], opts?: RunOptions): Promise<CliResult>;
  /** Runs `argv` and fails the test with the captured output unless it exits 0. */
  ok(argv: readonly string[], opts?: RunOptions): Promise<CliResult>;
  /** `log` with --json, returning the created entry. */
  log(title: string, ...flags: string[]): Promise<Entry>;
  /** Every entry (deleted ones included) as `list --json` sees it. */
  entries(...flags: string[]): Promise<Entry[]>;
  /** The files kept in <home>/drafts. */
  drafts(): { file: string; text: string }[];
  cleanup(): void;
}

/** The local calendar date, computed the way the CLI computes `today`. */
export const today = (): string => localToday();

/** A stack frame line, as a Node stack trace prints it. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** The fake $EDITOR: `node tests/fixtures/fake-editor.mjs`, quoted for the shell the CLI runs it through. */
export const FAKE_EDITOR = `"${process.execPath}" "${resolve(import.meta.dirname, '../fixtures/fake-editor.mjs')}"`;

/**
 * Asserts a clean refusal: the exit code, a message on stderr containing each fragment, nothing on
 * stdout, and no stack trace or "unexpected failure" (bad input is expected, not a crash).
 */
export function expectFailure(result: CliResult, code: number, ...fragments: (string | RegExp)[]): void {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(code);
  for (const f of fragments) {
    if (typeof f === 'string') expect(result.stderr).toContain(f);
    else expect(result.stderr).toMatch(f);
  }
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('unexpected failure');
  expect(result.stdout).toBe('');
}

/** Parses stdout as one JSON document; fails if anything else (a message, a table) is mixed in. */
export function parseJsonOutput<T = unknown>(result: CliResult): T {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(0);
  expect(result.stdout.trimStart().startsWith('{') || result.stdout.trimStart().startsWith('[')).toBe(true);
  return JSON.parse(result.stdout) as T;
}

export function createCliHarness(baseEnv: Record<string, string | undefined> = {}): CliHarness {
  const root = mkdtempSync(join(tmpdir(), 'promocase-cli-'));
  const home = join(root, 'home');
  const dir = join(root, 'files');
  const env = { PATH: process.env.PATH, HOME: root, ...baseEnv };

  async function runCli(argv: readonly string[], opts: RunOptions = {}): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      readStdin: async () => opts.stdin ?? '',
      isTTY: opts.isTTY ?? false,
      env: { ...env, ...opts.env },
    };
    const code = await run(opts.noHome ? argv : ['--home', home, ...argv], io);
    return { code, stdout, stderr };
  }

  async function ok(argv: readonly string[], opts?: RunOptions): Promise<CliResult> {
    const result = await runCli(argv, opts);
    if (result.code !== 0) {
      throw new Error(
        `promocase ${argv.join(' ')} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`,
      );
    }
    return result;
  }

  const harness: CliHarness = {
    home,
    dir,
    run: runCli,
    ok,
    async log(title, ...flags) {
      return JSON.parse((await ok(['log', title, ...flags, '--json'])).stdout) as Entry;
    },
    async entries(...flags) {
      const live = JSON.parse((await ok(['list', '--json', ...flags])).stdout) as Entry[];
      const deleted = JSON.parse((await ok(['list', '--json', '--deleted', ...flags])).stdout) as Entry[];
      return [...live, ...deleted];
    },
    drafts() {
      const drafts = join(home, 'drafts');
      if (!existsSync(drafts)) return [];
      return readdirSync(drafts).map((name) => ({
        file: join(drafts, name),
        text: readFileSync(join(drafts, name), 'utf8'),
      }));
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  // The scratch directory exists from the start; the home is left for the CLI to create.
  mkdirSync(dir);
  return harness;
}

/** A valid promocase export document holding the given entries (each filled with defaults), for import tests. */
export function exportDocument(
  entries: ReadonlyArray<Partial<Omit<Entry, 'ownerId'>> & { id: string }>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const at = '2025-01-10T12:00:00.000Z';
  return {
    format: 'promocase-export',
    version: 1,
    exportedAt: at,
    generator: 'promocase tests',
    profile: null,
    entries: entries.map((e) => ({
      date: '2025-01-10',
      title: `Entry ${e.id}`,
      details: '',
      impact: '',
      peopleHelped: [],
      collaborators: [],
      kind: 'other',
      competencies: [],
      scope: 'individual',
      links: [],
      project: null,
      tags: [],
      visibility: 'private',
      source: 'manual',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      ...e,
    })),
    ...extra,
  };
}
