/** Opens the PostgreSQL store for team deployments: refuses a database of another program or a newer schema. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DomainError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { APP_MARKER, migrate, readMeta } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Database } from './schema.js';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres database';
  }
}

export async function openPostgresStore(
  url: string,
  options: { schema?: string } = {},
): Promise<KyselyStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Tests isolate themselves in a schema of their own; production uses the default search_path.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const where = redactUrl(url);
  try {
    const version = await inspectPostgres(db, where);
    if (version < SCHEMA_VERSION) {
      // One migrator at a time across processes: a transaction-level advisory lock would end with the
      // first migration's transaction, so take a session lock on a dedicated connection.
      await db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(7263)`.execute(conn);
        try {
          const current = await inspectPostgres(conn, where);
          if (current < SCHEMA_VERSION) await migrate(conn, 'postgres', current);
        } finally {
          await sql`select pg_advisory_unlock(7263)`.execute(conn);
        }
      });
    }
  } catch (error) {
    await db.destroy();
    if (error instanceof DomainError) throw error;
    throw new DomainError('incompatible_database', `cannot open ${where}: ${(error as Error).message}`);
  }
  return new KyselyStore(db, 'postgres', where);
}

async function inspectPostgres(db: Kysely<Database>, where: string): Promise<number> {
  const tables = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
    db,
  );
  const names = new Set(tables.rows.map((r) => r.name));
  if (!names.has('promocase_meta')) {
    if (names.size === 0) return 0;
    throw new DomainError(
      'incompatible_database',
      `${where} holds tables of another program, not promocase's; it was left untouched`,
    );
  }
  const meta = await readMeta(db);
  if (meta.app !== APP_MARKER)
    throw new DomainError(
      'incompatible_database',
      `${where} is not a promocase database; it was left untouched`,
    );
  if (meta.schemaVersion > SCHEMA_VERSION) {
    throw new DomainError(
      'incompatible_database',
      `${where} was written by a newer promocase (schema ${meta.schemaVersion}; this one knows ${SCHEMA_VERSION}): upgrade promocase`,
    );
  }
  return meta.schemaVersion;
}
