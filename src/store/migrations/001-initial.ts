/** The first schema: owners, profiles, entries with their labels, and a full-text index per dialect. */
import { type Kysely, sql } from 'kysely';
import { searchBodySql } from '../search-body.js';
import type { Dialect } from '../store.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as it is
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('owners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('owners.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('current_level', 'text', (c) => c.notNull())
    .addColumn('target_level', 'text', (c) => c.notNull())
    .addColumn('manager_name', 'text')
    .addColumn('review_cadence', 'text', (c) => c.notNull())
    .addColumn('next_calibration', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // `seq` is an integer key that never changes (SQLite keeps INTEGER PRIMARY KEY across VACUUM), so the
  // FTS5 index can point at it; `id` is the stable public id that export and import carry.
  await db.schema
    .createTable('entries')
    .addColumn('seq', 'integer', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('people_helped', 'text', (c) => c.notNull())
    .addColumn('collaborators', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('competencies', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('project', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // In list order, so "the latest 20" reads 20 index entries instead of sorting every entry of the owner.
  await db.schema
    .createIndex('entries_owner_order')
    .on('entries')
    .columns(['owner_id', 'date', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('entries_owner_project')
    .on('entries')
    .columns(['owner_id', 'project'])
    .execute();

  await db.schema
    .createTable('entry_labels')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('entries.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_labels_pk', ['entry_id', 'label', 'value'])
    // On SQLite the primary key is the table: one b-tree fewer to write per label.
    .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
    .execute();
  await db.schema
    .createIndex('entry_labels_lookup')
    .on('entry_labels')
    .columns(['owner_id', 'label', 'value'])
    .execute();

  if (dialect === 'sqlite') {
    // New rows are indexed by the store in one statement per write (FTS5 indexes a batch several times
    // faster than row by row from a trigger); edits and deletions are kept in step by triggers.
    await sql`create virtual table entry_search using fts5(body, tokenize = 'porter unicode61')`.execute(db);
    await sql
      .raw(`create trigger entries_search_update after update on entries begin
      update entry_search set body = ${searchBodySql('new')} where rowid = new.seq; end`)
      .execute(db);
    await sql
      .raw(`create trigger entries_search_delete after delete on entries begin
      delete from entry_search where rowid = old.seq; end`)
      .execute(db);
  } else {
    await sql
      .raw(`alter table entries add column search_vector tsvector
      generated always as (to_tsvector('english', ${searchBodySql()})) stored`)
      .execute(db);
    await sql`create index entries_search on entries using gin (search_vector)`.execute(db);
  }
}
