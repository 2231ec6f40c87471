import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  STACK_FRAME,
} from '../../tests/support/cli-harness.js';
import { VERSION } from '../version.js';

describe('the promocase program', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  describe('help and version', () => {
    it('prints usage with the starting commands on stdout for --help and exits 0', async () => {
      const r = await cli.run(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: promocase');
      expect(r.stdout).toContain('Start here:');
      for (const command of ['init', 'profile', 'log', 'week', 'list|ls', 'show', 'edit', 'rm', 'restore']) {
        expect(r.stdout).toContain(command);
      }
      expect(r.stderr).toBe('');
    });

    it.each([['init'], ['profile'], ['log'], ['week'], ['list'], ['edit'], ['export'], ['demo']])(
      'gives `%s --help` with examples and exits 0',
      async (command) => {
        const r = await cli.run([command, '--help']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Usage: promocase ${command}`);
        expect(r.stdout).toMatch(/Examples?:|Then add --demo/);
      },
    );

    it('answers `help log` like `log --help`', async () => {
      const r = await cli.run(['help', 'log']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: promocase log');
    });

    it('prints the version', async () => {
      const r = await cli.run(['--version']);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
    });

    it('shows usage without a stack trace when run with no command', async () => {
      const r = await cli.run([]);
      expect(`${r.stdout}${r.stderr}`).toContain('Usage: promocase');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    });
  });

  describe('bad usage', () => {
    it('rejects an unknown command with exit 2', async () => {
      expectFailure(await cli.run(['frobnicate']), 2, "unknown command 'frobnicate'");
    });

    it('rejects an unknown option with exit 2', async () => {
      expectFailure(await cli.run(['list', '--colour', 'red']), 2, "unknown option '--colour'");
    });

    it('rejects a --database that is not a PostgreSQL URL, naming the flag and what is accepted', async () => {
      expectFailure(await cli.run(['--database', 'mysql://x', 'list']), 2, '--database', 'postgres://');
    });

    it('rejects a --home that is a file, naming --home, with exit 2 and the file left alone', async () => {
      const file = join(cli.dir, 'not-a-dir');
      writeFileSync(file, 'mine');
      expectFailure(await cli.run(['--home', file, 'list'], { noHome: true }), 2, '--home', file);
      expect(readFileSync(file, 'utf8')).toBe('mine');
    });

    it('rejects a --home inside a file, naming --home and why it cannot be made', async () => {
      const file = join(cli.dir, 'not-a-dir');
      writeFileSync(file, 'mine');
      const home = join(file, 'promocase');
      expectFailure(
        await cli.run(['--home', home, 'list'], { noHome: true }),
        2,
        `--home: cannot create ${home}`,
        'not a directory',
      );
      expect(readFileSync(file, 'utf8')).toBe('mine');
    });

    it('rejects a --home that is a dangling symbolic link, naming --home', async () => {
      const link = join(cli.dir, 'gone');
      symlinkSync(join(cli.dir, 'no', 'such', 'place'), link);
      expectFailure(
        await cli.run(['--home', link, 'list'], { noHome: true }),
        2,
        `--home: cannot create ${link}`,
      );
    });

    it('refuses a promocase.db that is a directory, without an unexpected failure', async () => {
      const db = join(cli.home, 'promocase.db');
      mkdirSync(db, { recursive: true });
      expectFailure(await cli.run(['list']), 1, `${db} is a directory, not a promocase database`);
    });

    it('refuses a promocase.db that links into a folder that is gone, saying it cannot be opened', async () => {
      mkdirSync(cli.home, { recursive: true });
      const db = join(cli.home, 'promocase.db');
      symlinkSync(join(cli.dir, 'unmounted', 'promocase.db'), db);
      expectFailure(await cli.run(['list']), 1, `cannot open ${db}`, 'broken link');
    });

    it('refuses a database file that is not promocase and leaves it untouched', async () => {
      mkdirSync(cli.home, { recursive: true });
      const db = join(cli.home, 'promocase.db');
      writeFileSync(db, 'my notes, not a database');
      expectFailure(await cli.run(['list']), 1, 'not a promocase database', db);
      expect(readFileSync(db, 'utf8')).toBe('my notes, not a database');
    });
  });

  describe('where the data lives', () => {
    it('uses $PROMOCASE_HOME when --home is not given', async () => {
      const home = join(cli.dir, 'env-home');
      const r = await cli.run(['log', 'Shipped it'], { noHome: true, env: { PROMOCASE_HOME: home } });
      expect(r.code).toBe(0);
      expect(existsSync(join(home, 'promocase.db'))).toBe(true);
    });

    it('prefers --home over $PROMOCASE_HOME', async () => {
      const other = join(cli.dir, 'env-home');
      await cli.ok(['log', 'Shipped it'], { env: { PROMOCASE_HOME: other } });
      expect(existsSync(join(cli.home, 'promocase.db'))).toBe(true);
      expect(existsSync(other)).toBe(false);
    });

    it('falls back to $XDG_DATA_HOME/promocase', async () => {
      const xdg = join(cli.dir, 'xdg');
      await cli.ok(['log', 'Shipped it'], { noHome: true, env: { XDG_DATA_HOME: xdg } });
      expect(existsSync(join(xdg, 'promocase', 'promocase.db'))).toBe(true);
    });
  });

  describe('NO_COLOR', () => {
    it('changes nothing in the output and never emits colour codes', async () => {
      await cli.ok(['log', 'Shipped the invoices API', '--date', '2025-05-05']);
      for (const argv of [['list'], ['list', '--json'], ['week'], ['--help'], ['show', 'nope']]) {
        const plain = await cli.run(argv);
        const noColor = await cli.run(argv, { env: { NO_COLOR: '1' } });
        expect(noColor).toEqual(plain);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes on purpose
        expect(`${noColor.stdout}${noColor.stderr}`).not.toMatch(/\u001b\[/);
      }
    });
  });
});
