// The built CLI's code cache as a user meets it: made on the first run, used after, and never in the way.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProgram } from '../support/run-program.js';

const CLI = resolve(import.meta.dirname, '../../dist/promocase.js');
const BUILT = existsSync(CLI);

function promocase(args: readonly string[], env: Record<string, string>) {
  return runProgram(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
}

/** Every cache file under `dir`, with its path. */
function cacheFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.v8'))
    .map((f) => join(dir, f));
}

describe.skipIf(!BUILT)('the code cache of the built CLI', () => {
  let root: string;
  let env: Record<string, string>;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'promocase-code-cache-'));
    env = { HOME: root, XDG_CACHE_HOME: join(root, 'cache') };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is written by the first run under $XDG_CACHE_HOME/promocase and read by the next', async () => {
    expect((await promocase(['--version'], env)).code).toBe(0);
    const files = cacheFiles(join(root, 'cache', 'promocase', 'code'));
    expect(files.length).toBeGreaterThan(0);
    const before = files.map((f) => readFileSync(f));
    const again = await promocase(['--version'], { ...env, PROMOCASE_DEBUG: '1' });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(files.map((f) => readFileSync(f))).toEqual(before);
  });

  it('runs commands as usual when every cache file is damaged, and rewrites them', async () => {
    await promocase(['--home', join(root, 'home'), 'log', 'Made the cache'], env);
    const files = cacheFiles(join(root, 'cache'));
    for (const f of files) writeFileSync(f, Buffer.alloc(readFileSync(f).length, 0x41));
    const r = await promocase(['--home', join(root, 'home'), 'log', 'Shipped the cache'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Logged \w+ on [\d-]+: Shipped the cache\n$/); // the confirmation, nothing else
    for (const f of files) expect(readFileSync(f).subarray(0, 4).toString('latin1')).toBe('2CCP');
  });

  it('runs commands as usual when the cache cannot be written, saying why only with PROMOCASE_DEBUG', async () => {
    writeFileSync(join(root, 'cache'), 'a file where the cache folder should be');
    const quiet = await promocase(['--home', join(root, 'home'), 'log', 'Still logged'], env);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toMatch(/^Logged \w+ on [\d-]+: Still logged\n$/);
    const told = await promocase(['--version'], { ...env, PROMOCASE_DEBUG: '1' });
    expect(told.code).toBe(0);
    expect(told.stderr).toContain('the code cache in');
    expect(told.stderr).toContain('was not written');
  });

  it('is not used with PROMOCASE_CODE_CACHE=off', async () => {
    expect((await promocase(['--version'], { ...env, PROMOCASE_CODE_CACHE: 'off' })).code).toBe(0);
    expect(cacheFiles(join(root, 'cache'))).toEqual([]);
  });
});
