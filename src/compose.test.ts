import { describe, expect, it } from 'vitest';
import { osRandomFill } from './compose.js';
import { newUuidV7 } from './services/new-id.js';

describe('osRandomFill', () => {
  it('hands out different bytes on every call, across refills of its pool', () => {
    const fill = osRandomFill();
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const bytes = new Uint8Array(16); // 80,000 bytes: more than one 64 KB read
      fill(bytes);
      seen.add(Buffer.from(bytes).toString('hex'));
    }
    expect(seen.size).toBe(5000);
  });

  it('falls back to Web Crypto where the device does not exist', () => {
    const fill = osRandomFill('/nonexistent/urandom');
    const a = new Uint8Array(16);
    const b = new Uint8Array(16);
    fill(a);
    fill(b);
    expect(Buffer.from(a).equals(Buffer.alloc(16))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe('newUuidV7', () => {
  it('puts the time first and the version and variant bits where RFC 9562 says, around the random bytes', () => {
    const id = newUuidV7(0x0123456789ab, (b) => b.fill(0xff));
    expect(id).toBe('01234567-89ab-7fff-bfff-ffffffffffff');
  });

  it('makes ids that sort by time', () => {
    const fill = osRandomFill();
    const earlier = newUuidV7(1_000_000, fill);
    const later = newUuidV7(1_000_001, fill);
    expect(earlier < later).toBe(true);
  });
});
