/** UUIDv7 ids: time-ordered (good index locality) and unique without coordination between machines. */

/** Fills a buffer with cryptographically strong random bytes. */
export type RandomFill = (bytes: Uint8Array) => void;

/**
 * Returns a new UUIDv7 string (RFC 9562): 48 bits of Unix milliseconds, then random bits. The random
 * bytes come from Web Crypto unless the caller gives another strong source (compose.ts does: loading
 * Web Crypto costs a CLI command milliseconds of start-up).
 */
export function newUuidV7(
  nowMs: number = Date.now(),
  fill: RandomFill = (b) => crypto.getRandomValues(b),
): string {
  const bytes = new Uint8Array(16);
  fill(bytes);
  let ms = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
