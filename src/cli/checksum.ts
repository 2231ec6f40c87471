/**
 * A 64-bit checksum of the code cache files, computed by a few lines of WebAssembly. Why not zlib's
 * crc32: node:zlib loads Node's stream modules, 3 ms of every command's start-up (DESIGN.md section 7),
 * and a JavaScript loop over a megabyte runs cold, in the interpreter (5 ms). WebAssembly is part of
 * V8, loads nothing, and compiles to machine code at once.
 */

/**
 * The module, in WebAssembly's text format:
 *
 *   (module
 *     (memory (export "memory") 0)
 *     (func (export "sum") (param $len i32) (result i64)
 *       (local $i i32) (local $a i64) (local $b i64)
 *       (block $done
 *         (loop $next
 *           (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
 *           (local.set $a (i64.add (local.get $a) (i64.load (local.get $i))))
 *           (local.set $b (i64.add (local.get $b) (local.get $a)))
 *           (local.set $i (i32.add (local.get $i) (i32.const 8)))
 *           (br $next)))
 *       (i64.xor (local.get $a) (i64.rotl (local.get $b) (i64.const 32)))))
 *
 * A Fletcher sum over 64-bit words: $a catches a changed word, $b a changed order.
 */
// biome-ignore format: one line per section of the module
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e, // types: (i32) -> i64
  0x03, 0x02, 0x01, 0x00, // functions: one, of that type
  0x05, 0x03, 0x01, 0x00, 0x00, // memory: one, no pages to start with
  0x07, 0x10, 0x02, 0x03, 0x73, 0x75, 0x6d, 0x00, 0x00, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, // exports: "sum", "memory"
  0x0a, 0x37, 0x01, 0x35, 0x02, 0x01, 0x7f, 0x02, 0x7e, // code: one body of 53 bytes; locals i32, i64 x2
  0x02, 0x40, 0x03, 0x40, // block, loop
  0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, // br_if block (i >= len)
  0x20, 0x02, 0x20, 0x01, 0x29, 0x03, 0x00, 0x7c, 0x21, 0x02, // a += load64(i)
  0x20, 0x03, 0x20, 0x02, 0x7c, 0x21, 0x03, // b += a
  0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01, // i += 8
  0x0c, 0x00, 0x0b, 0x0b, // br loop, end, end
  0x20, 0x02, 0x20, 0x03, 0x42, 0x20, 0x89, 0x85, 0x0b, // a ^ rotl(b, 32)
]);

const PAGE_BYTES = 65_536;

/** What is used of WebAssembly and of the module (the Node types of TypeScript do not describe WebAssembly). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface SumExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  sum(length: number): bigint;
}

let instance: SumExports | undefined;

/** The checksum of `bytes`, as an unsigned 64-bit number. Throws where WebAssembly is off (node --jitless). */
export function checksum(bytes: Uint8Array): bigint {
  if (!instance) {
    const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    if (!api) throw new Error('WebAssembly is not available (node --jitless?)');
    instance = new api.Instance(new api.Module(MODULE)).exports as SumExports;
  }
  const { memory, sum } = instance;
  // Room for the bytes and a zeroed last word: the sum reads whole words.
  const missing = Math.ceil((bytes.length + 8) / PAGE_BYTES) - memory.buffer.byteLength / PAGE_BYTES;
  if (missing > 0) memory.grow(missing);
  const view = new Uint8Array(memory.buffer);
  view.set(bytes);
  view.fill(0, bytes.length, bytes.length + 8);
  return BigInt.asUintN(64, sum(bytes.length));
}
