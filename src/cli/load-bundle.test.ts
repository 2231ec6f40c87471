import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheDir, loadBundle } from './load-bundle.js';

let root: string;
let dir: string;
let cacheDir: string;

/** Two chunks as the build writes them: CommonJS, one requiring the other, one reaching a Node module. */
function writeChunks(greeting = 'hello'): void {
  writeFileSync(
    join(dir, 'entry.js'),
    `"use strict";
const { shout } = require("./words.js");
const { basename } = require("node:path");
exports.greet = (name) => shout("${greeting} " + name);
exports.file = basename(__filename);
exports.url = __importMetaUrl;
`,
  );
  writeFileSync(join(dir, 'words.js'), 'exports.shout = (text) => text.toUpperCase() + "!";\n');
}

function cacheFiles(): string[] {
  return existsSync(cacheDir) ? readdirSync(cacheDir).sort() : [];
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'promocase-bundle-'));
  dir = join(root, 'chunks');
  cacheDir = join(root, 'cache', 'code', 'install', 'build-1');
  mkdirSync(dir);
  writeChunks();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Entry = { greet: (name: string) => string; file: string; url: string };

describe('loadBundle', () => {
  it('runs a chunk with the chunks it requires and the Node modules they use', () => {
    const entry = loadBundle({ dir, cacheDir: undefined }).load('entry.js') as Entry;
    expect(entry.greet('sam')).toBe('HELLO SAM!');
    expect(entry.file).toBe('entry.js');
    expect(entry.url).toMatch(/^file:\/\/.*\/chunks\/entry\.js$/);
  });

  it('compiles every chunk the first time and keeps their code once the command is done', () => {
    const first = loadBundle({ dir, cacheDir });
    (first.load('entry.js') as Entry).greet('sam');
    expect(first.compiled).toEqual(['entry.js', 'words.js']);
    expect(cacheFiles()).toEqual([]); // nothing is written while the command runs
    first.saveCodeCache();
    expect(cacheFiles()).toEqual(['entry.js.v8', 'words.js.v8']);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700); // only its owner may write code that V8 will run
  });

  it('compiles nothing on the next run, and writes nothing again', () => {
    const first = loadBundle({ dir, cacheDir });
    first.load('entry.js');
    first.saveCodeCache();
    const written = readFileSync(join(cacheDir, 'entry.js.v8'));

    const second = loadBundle({ dir, cacheDir });
    expect((second.load('entry.js') as Entry).greet('lena')).toBe('HELLO LENA!');
    expect(second.compiled).toEqual([]);
    second.saveCodeCache();
    expect(readFileSync(join(cacheDir, 'entry.js.v8'))).toEqual(written);
  });

  it('ignores a damaged cache file, runs the chunk from source and rewrites the file', () => {
    const first = loadBundle({ dir, cacheDir });
    first.load('entry.js');
    first.saveCodeCache();
    const file = join(cacheDir, 'entry.js.v8');
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10]! + 1) % 256;
    writeFileSync(file, bytes);
    const problems: string[] = [];

    const second = loadBundle({ dir, cacheDir, onCacheProblem: (m) => problems.push(m) });
    expect((second.load('entry.js') as Entry).greet('sam')).toBe('HELLO SAM!');
    expect(second.compiled).toEqual(['entry.js']);
    expect(problems).toEqual([`${file} is damaged; it will be rewritten`]);
    second.saveCodeCache();
    const third = loadBundle({ dir, cacheDir });
    third.load('entry.js');
    expect(third.compiled).toEqual([]);
  });

  it('ignores a truncated or foreign cache file', () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'entry.js.v8'), 'PCC1');
    writeFileSync(join(cacheDir, 'words.js.v8'), Buffer.alloc(4096, 7));
    const bundle = loadBundle({ dir, cacheDir });
    expect((bundle.load('entry.js') as Entry).greet('sam')).toBe('HELLO SAM!');
    expect(bundle.compiled).toEqual(['entry.js', 'words.js']);
  });

  it('recompiles a chunk whose source changed under the same cache (V8 rejects the old code)', () => {
    const first = loadBundle({ dir, cacheDir });
    first.load('entry.js');
    first.saveCodeCache();
    writeChunks('good morning');

    const second = loadBundle({ dir, cacheDir });
    expect((second.load('entry.js') as Entry).greet('sam')).toBe('GOOD MORNING SAM!');
    expect(second.compiled).toEqual(['entry.js']);
  });

  it('goes on when the cache cannot be written, and says why', () => {
    mkdirSync(join(root, 'cache'));
    writeFileSync(join(root, 'cache', 'code'), 'a file where the folder should be');
    const problems: string[] = [];
    const bundle = loadBundle({ dir, cacheDir, onCacheProblem: (m) => problems.push(m) });
    expect((bundle.load('entry.js') as Entry).greet('sam')).toBe('HELLO SAM!');
    expect(() => bundle.saveCodeCache()).not.toThrow();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`the code cache in ${cacheDir} was not written`);
  });

  it.skipIf(process.getuid?.() === 0)('goes on when the cache folder is read-only', () => {
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o500);
    const bundle = loadBundle({ dir, cacheDir, onCacheProblem: () => {} });
    bundle.load('entry.js');
    expect(() => bundle.saveCodeCache()).not.toThrow();
    expect(cacheFiles()).toEqual([]);
  });

  it("removes the cache of the install's older builds when a new build writes its own", () => {
    const old = join(root, 'cache', 'code', 'install', 'build-0');
    mkdirSync(old, { recursive: true });
    writeFileSync(join(old, 'entry.js.v8'), 'old');
    const otherInstall = join(root, 'cache', 'code', 'elsewhere', 'build-0');
    mkdirSync(otherInstall, { recursive: true });

    const bundle = loadBundle({ dir, cacheDir });
    bundle.load('entry.js');
    bundle.saveCodeCache();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(otherInstall)).toBe(true);
    expect(cacheFiles()).toEqual(['entry.js.v8', 'words.js.v8']);
  });
});

describe('codeCacheDir', () => {
  it('keeps the code under $XDG_CACHE_HOME/promocase, one folder per install and build', () => {
    const a = codeCacheDir(
      { XDG_CACHE_HOME: '/x/cache', HOME: '/home/sam' },
      '/opt/a/dist/chunks',
      '0.1.0-abc',
    );
    const b = codeCacheDir(
      { XDG_CACHE_HOME: '/x/cache', HOME: '/home/sam' },
      '/opt/b/dist/chunks',
      '0.1.0-abc',
    );
    expect(a).toMatch(/^\/x\/cache\/promocase\/code\/[0-9a-f]{8}\/0\.1\.0-abc$/);
    expect(b).not.toBe(a);
  });

  it('falls back to ~/.cache/promocase, also when $XDG_CACHE_HOME is not an absolute path', () => {
    expect(codeCacheDir({ HOME: '/home/sam' }, '/opt/a', 'k')).toMatch(
      /^\/home\/sam\/\.cache\/promocase\/code\//,
    );
    expect(codeCacheDir({ HOME: '/home/sam', XDG_CACHE_HOME: 'cache' }, '/opt/a', 'k')).toMatch(
      /^\/home\/sam\/\.cache\/promocase\//,
    );
  });

  it('turns the cache off with PROMOCASE_CODE_CACHE=off', () => {
    expect(codeCacheDir({ HOME: '/home/sam', PROMOCASE_CODE_CACHE: 'off' }, '/opt/a', 'k')).toBeUndefined();
  });

  it('keeps a build key from reaching outside its folder', () => {
    expect(codeCacheDir({ HOME: '/h' }, '/opt/a', '../../etc')).toMatch(
      /\/code\/[0-9a-f]{8}\/\.\._\.\._etc$/,
    );
  });
});
