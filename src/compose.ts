/** Composition root: Config -> Store -> Services. The only module that knows the concrete stores. */
import type { Config } from './config.js';
import { newUuidV7 } from './services/new-id.js';
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

export function servicesFor(store: Store, now: () => Date = () => new Date()): Services {
  return createServices({
    store,
    now,
    today: () => localToday(now()),
    newId: () => newUuidV7(now().getTime()),
    generator: `promocase ${VERSION}`,
  });
}
