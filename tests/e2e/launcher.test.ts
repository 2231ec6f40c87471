// The `promocase` command (dist/promocase, a shell script): how it finds the program through npm's links,
// passes every argument through untouched, and sets NODE_EXTRA_CA_CERTS aside only when no database
// server can be reached (src/cli/promocase.sh says why).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../support/run-program.js';

const LAUNCHER = resolve(import.meta.dirname, '../../dist/promocase');
const BUILT = existsSync(LAUNCHER);
const UNSET = '<unset>';

function run(command: string, args: readonly string[], env: Record<string, string>) {
  return runProgram(command, args, { env });
}

describe.skipIf(!BUILT && !process.env.CI)('the promocase command (dist/promocase)', () => {
  let root: string;
  /** A `node` that prints what it was given instead of running anything. */
  let fakeBin: string;
  const systemPath = process.env.PATH ?? '/usr/bin:/bin';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'promocase-launcher-'));
    fakeBin = join(root, 'fake-bin');
    mkdirSync(fakeBin);
    writeFileSync(
      join(fakeBin, 'node'),
      [
        '#!/bin/sh',
        'printf "script=%s\\n" "$1"; shift',
        `printf "extra=%s\\n" "\${NODE_EXTRA_CA_CERTS-${UNSET}}"`,
        `printf "aside=%s\\n" "\${PROMOCASE_NODE_EXTRA_CA_CERTS-${UNSET}}"`,
        'for a in "$@"; do printf "arg=[%s]\\n" "$a"; done',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** What the launcher handed to `node`: the script, the two variables and the arguments. */
  async function handedOver(args: readonly string[], env: Record<string, string> = {}, command = LAUNCHER) {
    const r = await run(command, args, { PATH: `${fakeBin}:${systemPath}`, ...env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    const value = (key: string) => lines.find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
    return {
      script: value('script'),
      extra: value('extra'),
      aside: value('aside'),
      args: lines.filter((l) => l.startsWith('arg=')).map((l) => l.slice(5, -1)),
    };
  }

  it('runs dist/promocase.js beside it with the arguments exactly as given', async () => {
    const args = ['log', 'Cut p99 by 40% "for real"', '', '$HOME `x`', '--kind=feature', '*'];
    const r = await handedOver(args);
    expect(r.script).toBe(join(resolve(LAUNCHER, '..'), 'promocase.js'));
    expect(r.args).toEqual(args);
  });

  it('finds the program through a chain of relative links, as npm links node_modules/.bin', async () => {
    const dist = join(root, 'node_modules', 'promocase', 'dist');
    const bin = join(root, 'node_modules', '.bin');
    mkdirSync(dist, { recursive: true });
    mkdirSync(bin, { recursive: true });
    copyFileSync(LAUNCHER, join(dist, 'promocase'));
    symlinkSync('../promocase/dist/promocase', join(bin, 'promocase'));
    symlinkSync('node_modules/.bin/promocase', join(root, 'pc'));
    const r = await handedOver(['--version'], {}, join(root, 'pc'));
    expect(r.script).toBe(`${root}/node_modules/.bin/../promocase/dist/promocase.js`);
  });

  it('sets NODE_EXTRA_CA_CERTS aside for the local database', async () => {
    const r = await handedOver(['list'], { NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem' });
    expect(r).toMatchObject({ extra: UNSET, aside: '/etc/corp-ca.pem' });
  });

  it.each([
    ['--database URL', ['--database', 'postgres://db.example/promocase', 'list'], {}],
    ['--database=URL', ['--database=postgres://db.example/promocase', 'list'], {}],
    ['DATABASE_URL', ['list'], { DATABASE_URL: 'postgres://db.example/promocase' }],
  ])('keeps NODE_EXTRA_CA_CERTS when a database server may be reached (%s)', async (_, args, env) => {
    const r = await handedOver(args, { NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem', ...env });
    expect(r).toMatchObject({ extra: '/etc/corp-ca.pem', aside: UNSET });
  });

  it('adds nothing when NODE_EXTRA_CA_CERTS is not set', async () => {
    expect(await handedOver(['list'])).toMatchObject({ extra: UNSET, aside: UNSET });
  });

  describe('with the real Node', () => {
    // A file that does not exist: Node warns about it at start-up when it reads the variable, which
    // shows whether it did.
    const MISSING = '/nonexistent/corp-ca.pem';
    const env = () => ({ PATH: systemPath, HOME: root, NODE_EXTRA_CA_CERTS: MISSING });

    it('starts Node without the certificates for a local command', async () => {
      const r = await run(LAUNCHER, ['--version'], env());
      expect(r).toMatchObject({ code: 0, stderr: '' });
    });

    it('starts Node with them when a database URL is given', async () => {
      const r = await run(LAUNCHER, ['--database', 'postgres://db.example/promocase', '--version'], env());
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`Ignoring extra certs from \`${MISSING}\``);
    });

    it('gives the variable back, as it was, to the editor promocase starts', async () => {
      const seen = join(root, 'editor-saw');
      const editor = join(root, 'editor.sh');
      writeFileSync(
        editor,
        [
          '#!/bin/sh',
          `printf "%s|%s" "\${NODE_EXTRA_CA_CERTS-${UNSET}}" "\${PROMOCASE_NODE_EXTRA_CA_CERTS-${UNSET}}" > "${seen}"`,
          'printf "Title: Wrote the rollout runbook\\n" > "$1"',
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      const home = join(root, 'home');
      const init = await run(
        LAUNCHER,
        ['--home', home, 'init', '--name', 'Sam', '--level', 'mid', '--target', 'senior'],
        env(),
      );
      expect(init.code).toBe(0);
      const r = await run(LAUNCHER, ['--home', home, 'log', '--edit'], { ...env(), EDITOR: editor });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Wrote the rollout runbook');
      expect(readFileSync(seen, 'utf8')).toBe(`${MISSING}|${UNSET}`);
    });
  });
});
