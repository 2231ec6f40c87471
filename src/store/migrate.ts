/** Brings a database up to the current schema, one migration per transaction. */
import type { Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import type { Dialect } from './store.js';

export const APP_MARKER = 'promocase';

/**
 * Applies the migrations after `fromVersion`. Each runs in its own transaction together with the
 * version bump, so a crash leaves the database at a whole version, and is skipped if it is already applied.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: Dialect,
  fromVersion: number,
  onApplied?: (trx: Kysely<Database>, version: number) => Promise<void>,
): Promise<void> {
  if (fromVersion === 0) {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('promocase_meta')
        .ifNotExists()
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await setMeta(trx, 'app', APP_MARKER);
    });
  }
  for (let version = fromVersion + 1; version <= MIGRATIONS.length; version++) {
    const migration = MIGRATIONS[version - 1]!;
    await db.transaction().execute(async (trx) => {
      // Another process opening the same new database may have applied it while this one waited for
      // the write lock (SQLite's transactions take it up front).
      if ((await readMeta(trx)).schemaVersion >= version) return;
      await migration.up(trx, dialect);
      await setMeta(trx, 'schema_version', String(version));
      await onApplied?.(trx, version);
    });
  }
}

async function setMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('promocase_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function readMeta(db: Kysely<Database>): Promise<{ app?: string; schemaVersion: number }> {
  const rows = await db.selectFrom('promocase_meta').selectAll().execute();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return { app: map.get('app'), schemaVersion: Number(map.get('schema_version') ?? 0) };
}
