import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('osRandomFill reading its device', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'promocase-random-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads on when the device hands out its bytes in pieces', () => {
    const fifo = join(dir, 'device');
    execFileSync('mkfifo', [fifo]);
    // A writer that sends known bytes 1,000 at a time (chunk n holds n % 251), so every read of the
    // pool comes back short. It writes until it is stopped, so a reader that opens the device again
    // is never left waiting.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w');
       let n = 0;
       const next = () => { try { fs.writeSync(fd, Buffer.alloc(1000, n % 251)); n++; } catch {} setTimeout(next, 1); };
       next();`,
    ]);
    try {
      const fill = osRandomFill(fifo);
      const first = new Uint8Array(16);
      fill(first);
      const last = new Uint8Array(16);
      for (let i = 0; i < 65_536 / 16 - 1; i++) fill(last);
      expect([...first]).toEqual(new Array(16).fill(0)); // the device's bytes, not Web Crypto's
      expect([...last]).toEqual(new Array(16).fill(65)); // the pool's last bytes: all 64 KB were read
    } finally {
      writer.kill();
    }
  });

  it('falls back to Web Crypto when the device ends before the pool is full', () => {
    const short = join(dir, 'short');
    writeFileSync(short, Buffer.alloc(100, 7));
    const bytes = new Uint8Array(16);
    osRandomFill(short)(bytes);
    expect([...bytes]).not.toEqual(new Array(16).fill(7));
  });
});
