// Opens a fresh store per test on each dialect this machine can run: SQLite always, PostgreSQL when
// PROMOCASE_TEST_PG or DATABASE_URL points at a server (each store in a schema of its own).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { servicesFor } from '../../src/compose.js';
import type { Services } from '../../src/services/services.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Dialect, Store } from '../../src/store/store.js';

export const PG_URL = process.env.PROMOCASE_TEST_PG ?? process.env.DATABASE_URL;

/** The dialects to run contract tests on. Under CI a missing PostgreSQL is an error, not a skip. */
export const DIALECTS: Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
if (!PG_URL) {
  if (process.env.CI) throw new Error('CI=true but no PostgreSQL: set PROMOCASE_TEST_PG (or DATABASE_URL)');
  console.warn('skipped: no PostgreSQL (set PROMOCASE_TEST_PG to run the PostgreSQL suites)');
}

export interface TestStore {
  store: Store;
  cleanup(): Promise<void>;
}

export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'promocase-test-'));
    const store = await openSqliteStore(join(dir, 'promocase.db'));
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const store = await openPostgresStore(PG_URL!, { schema });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

/** A fixed clock that tests can move: starts on Friday 2026-11-20 at 17:00 UTC. */
export function testClock(start = '2026-11-20T17:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Services over a test store with a controllable clock; `today` follows the clock in UTC. */
export function testServices(store: Store, clock = testClock()): Services {
  const services = servicesFor(store, clock.now);
  services.context.today = () => clock.now().toISOString().slice(0, 10);
  return services;
}
