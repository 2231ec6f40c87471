/** Composition root: Config -> Store -> Services. The only module that knows the concrete stores. */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Config } from './config.js';
import { newUuidV7, type RandomFill } from './services/new-id.js';
import { createServices, type Services } from './services/services.js';
import type { Store } from './store/store.js';
import { VERSION } from './version.js';

/** The local calendar date, which is what "today" means to the person logging. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export async function openStore(config: Config): Promise<Store> {
  if (config.database.kind === 'postgres') {
    // Loaded only when used: the pg driver costs start-up time that SQLite users should not pay.
    const { openPostgresStore } = await import('./store/postgres.js');
    return openPostgresStore(config.database.url);
  }
  const { openSqliteStore } = await import('./store/sqlite.js');
  return openSqliteStore(config.database.path);
}

const POOL_BYTES = 64 * 1024;

/**
 * Random bytes for ids from the operating system's generator (/dev/urandom), read 64 KB at a time.
 * node:crypto and Web Crypto are strong too, but loading either costs every command several
 * milliseconds of start-up (DESIGN.md section 7); where there is no /dev/urandom, Web Crypto it is.
 */
export function osRandomFill(device = '/dev/urandom'): RandomFill {
  let pool = new Uint8Array(0);
  let used = 0;
  return (bytes) => {
    if (used + bytes.length > pool.length) {
      const next = new Uint8Array(Math.max(POOL_BYTES, bytes.length));
      try {
        const fd = openSync(device, 'r');
        try {
          // A signal arriving mid-read (a resized terminal, a profiler) cuts a read short: read on.
          for (let filled = 0; filled < next.length; ) {
            const read = readSync(fd, next, filled, next.length - filled, null);
            if (read === 0) throw new Error(`${device} ended`);
            filled += read;
          }
        } finally {
          closeSync(fd);
        }
      } catch {
        crypto.getRandomValues(bytes);
        return;
      }
      pool = next;
      used = 0;
    }
    bytes.set(pool.subarray(used, used + bytes.length));
    used += bytes.length;
  };
}

export function servicesFor(
  store: Store,
  now: () => Date = () => new Date(),
  notice?: (message: string) => void,
): Services {
  const random = osRandomFill();
  return createServices({
    store,
    now,
    today: () => localToday(now()),
    newId: () => newUuidV7(now().getTime(), random),
    generator: `promocase ${VERSION}`,
    notice,
  });
}
