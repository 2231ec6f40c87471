import { describe, expect, it } from 'vitest';
import { checksum } from './checksum.js';

const WORD = (1n << 64n) - 1n;

/** The same sum in plain JavaScript, word by word, from the module's text format. */
function reference(bytes: Uint8Array): bigint {
  const padded = new Uint8Array(Math.ceil(bytes.length / 8) * 8);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let a = 0n;
  let b = 0n;
  for (let i = 0; i < padded.length; i += 8) {
    a = (a + view.getBigUint64(i, true)) & WORD;
    b = (b + a) & WORD;
  }
  return a ^ (((b << 32n) | (b >> 32n)) & WORD);
}

function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe('checksum', () => {
  it('matches the sum computed word by word, whatever the length (memory grows past one page)', () => {
    for (const length of [0, 1, 7, 8, 9, 1000, 65_535, 65_536, 65_541, 300_007]) {
      const bytes = pseudoRandomBytes(length, length + 1);
      expect(checksum(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it('does not let a longer input before it change the sum of a shorter one', () => {
    const short = pseudoRandomBytes(13, 5);
    const expected = checksum(short);
    checksum(pseudoRandomBytes(100_000, 9));
    expect(checksum(short)).toBe(expected);
  });

  it('changes when one bit flips, or when two words trade places', () => {
    const bytes = pseudoRandomBytes(4096, 3);
    const sum = checksum(bytes);
    for (const at of [0, 1, 2047, 4095]) {
      const flipped = bytes.slice();
      flipped[at]! ^= 1;
      expect(checksum(flipped), `bit at ${at}`).not.toBe(sum);
    }
    const swapped = bytes.slice();
    swapped.set(bytes.subarray(8, 16), 0);
    swapped.set(bytes.subarray(0, 8), 8);
    expect(checksum(swapped)).not.toBe(sum);
  });
});
