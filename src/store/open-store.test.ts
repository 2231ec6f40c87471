import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PG_URL } from '../../tests/support/test-store.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore, SQLITE_APPLICATION_ID } from './sqlite.js';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('opening a SQLite file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'promocase-open-'));
    file = join(dir, 'promocase.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new database with WAL, full sync and foreign keys, marked as promocase', async () => {
    const store = await openSqliteStore(file);
    await store.close();
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(SQLITE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('opens its own database again without migrating twice', async () => {
    await (await openSqliteStore(file)).close();
    const store = await openSqliteStore(file);
    expect(await store.firstOwner()).toBeUndefined();
    await store.close();
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', async () => {
    writeFileSync(file, 'my notes, not a database\n'.repeat(100));
    const before = digest(file);
    await expect(openSqliteStore(file)).rejects.toMatchObject({
      code: 'incompatible_database',
      message: expect.stringContaining('not an SQLite file'),
    });
    expect(digest(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("refuses another program's SQLite database and leaves it untouched", async () => {
    const other = new BetterSqlite3(file);
    other.exec('create table invoices (id integer primary key, total real)');
    other.close();
    const before = digest(file);
    await expect(openSqliteStore(file)).rejects.toMatchObject({
      code: 'incompatible_database',
      message: expect.stringContaining('another program'),
    });
    expect(digest(file)).toBe(before);
  });

  it('refuses a database written by a newer promocase and leaves it untouched', async () => {
    await (await openSqliteStore(file)).close();
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = digest(file);
    await expect(openSqliteStore(file)).rejects.toMatchObject({
      code: 'incompatible_database',
      message: expect.stringContaining('newer promocase'),
    });
    expect(digest(file)).toBe(before);
  });

  it('sets up an empty file someone created beforehand', async () => {
    writeFileSync(file, '');
    const store = await openSqliteStore(file);
    await store.close();
  });
});

describe.skipIf(!PG_URL)('opening a PostgreSQL database', () => {
  let admin: pg.Client;
  let schema: string;
  beforeEach(async () => {
    schema = `o_${Math.random().toString(36).slice(2, 10)}`;
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  });
  afterEach(async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  it('creates the schema once, even when two processes open it at the same time', async () => {
    const [a, b] = await Promise.all([
      openPostgresStore(PG_URL!, { schema }),
      openPostgresStore(PG_URL!, { schema }),
    ]);
    await Promise.all([a.close(), b.close()]);
    const meta = await admin.query(`select value from ${schema}.promocase_meta where key = 'schema_version'`);
    expect(meta.rows[0].value).toBe(String(SCHEMA_VERSION));
  });

  it("refuses a database holding another program's tables and creates nothing", async () => {
    await admin.query(`create table ${schema}.invoices (id int)`);
    await expect(openPostgresStore(PG_URL!, { schema })).rejects.toMatchObject({
      code: 'incompatible_database',
    });
    const tables = await admin.query(
      `select table_name from information_schema.tables where table_schema = $1`,
      [schema],
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(['invoices']);
  });

  it('refuses a database written by a newer promocase', async () => {
    await (await openPostgresStore(PG_URL!, { schema })).close();
    await admin.query(
      `update ${schema}.promocase_meta set value = '${SCHEMA_VERSION + 1}' where key = 'schema_version'`,
    );
    await expect(openPostgresStore(PG_URL!, { schema })).rejects.toMatchObject({
      code: 'incompatible_database',
      message: expect.stringContaining('newer promocase'),
    });
  });

  it('says which server it could not reach, without the password', async () => {
    const url = 'postgres://someone:secret@127.0.0.1:1/nowhere';
    const error = await openPostgresStore(url).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'incompatible_database' });
    expect((error as Error).message).not.toContain('secret');
  });
});
