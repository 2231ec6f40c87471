/**
 * Loads the CLI bundle's CommonJS chunks through node:vm with a V8 code cache: most of a command's
 * start-up is compiling JavaScript, and Node 20 offers no other way to keep compiled code between runs.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { checksum } from './checksum.js';

export interface BundleOptions {
  /** The folder of the chunks (dist/chunks). */
  dir: string;
  /** Where compiled code is kept for this build (see codeCacheDir), or undefined to compile every time. */
  cacheDir: string | undefined;
  /** Told why the cache could not be read or written; the command goes on either way. */
  onCacheProblem?: (message: string) => void;
}

export interface Bundle {
  /** Runs a chunk of the bundle (a file name in `dir`) and returns its exports. */
  load(name: string): unknown;
  /** The chunks loaded so far that had no usable cache and were compiled from source. */
  readonly compiled: readonly string[];
  /** Keeps the compiled code of the chunks that ran without a usable cache; never throws. */
  saveCodeCache(): void;
}

interface LoadedChunk {
  name: string;
  script: Script;
}

/**
 * The chunks see the names a CommonJS module sees, plus what their ES module source used: import.meta
 * (url, resolve) and import() of the one ES module they reach, the server bundle.
 */
const WRAPPER_START =
  '(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importMetaResolve, __importEsm) {\n';
const WRAPPER_END = '\n})';

/** A cache file: magic, length and checksum of the V8 data, then the data. V8 checks no checksum itself. */
const MAGIC = 0x50434332; // "PCC2"
const HEADER_BYTES = 16;

/**
 * The folder for the compiled code of one build: `$XDG_CACHE_HOME/promocase/code/<install>/<build>` (or
 * ~/.cache/promocase/...). V8 keeps the file name a script had when its cache was made, so each install
 * of promocase (a folder) has its own; the build key names the build and the Node that compiled it, so a
 * new build or another Node never reads code compiled from other sources. PROMOCASE_CODE_CACHE=off turns
 * it off.
 */
export function codeCacheDir(
  env: Record<string, string | undefined>,
  installDir: string,
  buildKey: string,
): string | undefined {
  // Without WebAssembly (node --jitless) the cache files cannot be checked, so they are not used.
  if (env.PROMOCASE_CODE_CACHE === 'off' || !('WebAssembly' in globalThis)) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec ignores a relative path; so does promocase (it would depend on the working directory).
  const base = xdg?.startsWith('/')
    ? join(xdg, 'promocase')
    : join(env.HOME || homedir(), '.cache', 'promocase');
  const install = pathHash(resolve(installDir));
  return join(base, 'code', install, buildKey.replace(/[^\w.-]/g, '_'));
}

export function loadBundle(options: BundleOptions): Bundle {
  const dir = resolve(options.dir);
  const { cacheDir } = options;
  const problem = options.onCacheProblem ?? (() => {});
  const modules = new Map<string, { exports: unknown }>();
  const uncached: LoadedChunk[] = [];
  const compiled: string[] = [];
  // Every chunk sits in `dir`: they resolve packages alike, and their URLs differ only by name.
  const nodeRequire = createRequire(join(dir, 'chunks.js'));
  const dirUrl = pathToFileURL(join(dir, sep)).href;

  function load(name: string): unknown {
    const filename = join(dir, name);
    const known = modules.get(filename);
    if (known) return known.exports;
    const source = readFileSync(filename, 'utf8');
    const cachedData = cacheDir ? readCache(join(cacheDir, `${name}.v8`), problem) : undefined;
    const script = new Script(WRAPPER_START + source + WRAPPER_END, {
      filename,
      lineOffset: -1, // the wrapper's line: stack traces and source maps keep the file's own lines
      cachedData,
    });
    if (cachedData === undefined || script.cachedDataRejected) {
      compiled.push(name);
      if (cacheDir) uncached.push({ name, script });
    }
    const module = { exports: {} as unknown };
    modules.set(filename, module); // before running it, as Node does, so a cycle sees the partial exports
    const chunkRequire = (specifier: string) => {
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        const target = resolve(dirname(filename), specifier);
        if (dirname(target) === dir) return load(target.slice(dir.length + sep.length));
      }
      return nodeRequire(specifier);
    };
    const fn = script.runInThisContext() as (...args: unknown[]) => void;
    fn.call(
      module.exports,
      module.exports,
      chunkRequire,
      module,
      filename,
      dir,
      dirUrl + name, // chunk names are [\w.-]: nothing to escape
      (specifier: string) => pathToFileURL(nodeRequire.resolve(specifier)).href,
      (specifier: string) => import(pathToFileURL(resolve(dir, specifier)).href),
    );
    return module.exports;
  }

  function saveCodeCache(): void {
    if (!cacheDir || uncached.length === 0) return;
    try {
      removeOtherBuilds(cacheDir);
      // Private: V8 runs what these files hold without checking it, so only their owner may write them.
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      for (const { name, script } of uncached.splice(0)) {
        writeCache(join(cacheDir, `${name}.v8`), script.createCachedData());
      }
    } catch (error) {
      problem(`the code cache in ${cacheDir} was not written: ${(error as Error).message}`);
    }
  }

  return { load, compiled, saveCodeCache };
}

/** The V8 data of a cache file, or undefined when it is missing or damaged (it is then rewritten). */
function readCache(file: string, problem: (message: string) => void): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // Absent, or its folder is not there yet (or is a file): nothing to read, which is no problem.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problem(`${file} was not read: ${(error as Error).message}`);
    return undefined;
  }
  // V8 trusts the data it is given: a torn or damaged file must never reach it.
  if (
    bytes.length < HEADER_BYTES ||
    bytes.readUInt32LE(0) !== MAGIC ||
    bytes.readUInt32LE(4) !== bytes.length - HEADER_BYTES ||
    bytes.readBigUInt64LE(8) !== checksum(bytes.subarray(HEADER_BYTES))
  ) {
    problem(`${file} is damaged; it will be rewritten`);
    return undefined;
  }
  return bytes.subarray(HEADER_BYTES);
}

/** Written to a temporary file and renamed: a reader never sees half a file, whatever runs at once. */
function writeCache(file: string, data: Buffer): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(data.length, 4);
  header.writeBigUInt64LE(checksum(data), 8);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([header, data]));
  renameSync(tmp, file);
}

/** A short name for an install folder (FNV-1a of its path): the path itself may be too long for a file name. */
function pathHash(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A new build's code replaces the old one's: each install keeps the cache of one build. */
function removeOtherBuilds(cacheDir: string): void {
  const parent = dirname(cacheDir);
  let siblings: string[];
  try {
    siblings = readdirSync(parent);
  } catch {
    return;
  }
  const own = cacheDir.slice(parent.length + 1);
  for (const name of siblings) {
    if (name !== own) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
