/** Opens the embedded SQLite store: refuses foreign or newer files untouched, then WAL + full sync. */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { DomainError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { migrate } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { isReadOnlyFailure, readOnlyDatabase } from './read-only-database.js';
import type { Database } from './schema.js';
import { fastStatements } from './sqlite-fast-statements.js';

/**
 * better-sqlite3's JavaScript is bundled (and so in the code cache); its native addon is loaded from the
 * installed package by its path. Found by the `bindings` package otherwise, which probes a dozen paths
 * and reads a stack trace on every start (DESIGN.md section 7: start-up is a budget).
 */
function newSqliteDatabase(path: string): BetterSqlite3.Database {
  const require = createRequire(import.meta.url);
  const addon = join(
    dirname(require.resolve('better-sqlite3/package.json')),
    'build/Release/better_sqlite3.node',
  );
  if (existsSync(addon)) return new BetterSqlite3(path, { nativeBinding: addon });
  // A build of the addon somewhere else (a debug build, say): the package as installed finds it.
  const Installed = require('better-sqlite3') as typeof BetterSqlite3;
  return new Installed(path);
}

/** `PRAGMA application_id` of a promocase file: "PRMC" in ASCII. */
export const SQLITE_APPLICATION_ID = 0x50524d43;
const SQLITE_HEADER = 'SQLite format 3\0';

/** SQLite's default `begin` is deferred: two writers can both start, then one fails. Take the write lock up front. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Refuses a file that is not SQLite at all, by its 16-byte header, before any driver touches it. */
function checkSqliteHeader(path: string): void {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new DomainError(
      'incompatible_database',
      `${path} is not a promocase database (not an SQLite file); it was left untouched`,
    );
  }
}

/**
 * Reads the schema version of an open database before anything is written to it, and throws when it
 * belongs to another program or to a newer promocase.
 */
function checkSqliteOwner(db: BetterSqlite3.Database, path: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== SQLITE_APPLICATION_ID) {
    const tables = db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as {
      n: number;
    };
    if (tables.n === 0 && appId === 0) return 0; // an empty SQLite file: safe to set up
    throw new DomainError(
      'incompatible_database',
      `${path} is an SQLite database of another program, not promocase's; it was left untouched`,
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new DomainError(
      'incompatible_database',
      `${path} was written by a newer promocase (schema ${version}; this one knows ${SCHEMA_VERSION}): upgrade promocase. The file was left untouched`,
    );
  }
  return version;
}

/** Opens (creating if needed) the SQLite store at `path`, migrating it to the current schema. */
export async function openSqliteStore(path: string): Promise<KyselyStore> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) {
    // Reading a directory fails oddly and reading a pipe waits forever: say what is there instead.
    const what = stat.isDirectory() ? 'a directory' : 'a special file (a pipe, socket or device)';
    throw new DomainError(
      'incompatible_database',
      `${path} is ${what}, not a promocase database; it was left untouched`,
    );
  }
  const exists = stat !== undefined && stat.size > 0;
  if (exists) checkSqliteHeader(path);
  mkdirSync(dirname(path), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = newSqliteDatabase(path);
  } catch (error) {
    // A link to a file that is gone, a file without read or write permission: SQLite says only "unable to open".
    throw new DomainError(
      'incompatible_database',
      `cannot open ${path} (${(error as Error).message}): check that it is a file you can read and write, not a broken link`,
    );
  }
  try {
    return await setUpSqliteStore(sqlite, path, exists);
  } catch (error) {
    // Nothing stays open after a refusal, and a read-only file or folder is said in words, not SQLite's.
    sqlite.close();
    throw isReadOnlyFailure(error) ? readOnlyDatabase(path, error) : error;
  }
}

/** Checks an opened file is promocase's, sets the pragmas and migrates it to the current schema. */
async function setUpSqliteStore(
  sqlite: BetterSqlite3.Database,
  path: string,
  exists: boolean,
): Promise<KyselyStore> {
  // Another promocase process may be setting up the same new file: wait for its lock, do not fail.
  sqlite.pragma('busy_timeout = 5000');
  // Opening and reading write nothing; the pragmas below are the first writes. One read transaction,
  // so the application id and the tables are seen as of the same moment.
  const version = exists ? sqlite.transaction(() => checkSqliteOwner(sqlite, path))() : 0;
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL'); // an acknowledged write survives power loss, not only a crash
  sqlite.pragma('foreign_keys = ON');
  // 64 MB of page cache (the default is 2 MB): a large import or search keeps its indexes in memory.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: fastStatements(sqlite) }),
  });
  if (version === 0) sqlite.pragma(`application_id = ${SQLITE_APPLICATION_ID}`);
  if (version < SCHEMA_VERSION) {
    // user_version lives in the file header, written by the same transaction: schema and version land together.
    await migrate(db, 'sqlite', version, async (_trx, applied) => {
      sqlite.pragma(`user_version = ${applied}`);
    });
  }
  return new KyselyStore(db, 'sqlite', path, () => sqlite.pragma('data_version', { simple: true }) as number);
}
