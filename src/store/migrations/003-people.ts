/** The people loop: assessments, conversations (1:1s), manager changes, goals, peer feedback; the profile's framework. */
import type { Kysely } from 'kysely';
import { PEOPLE_TABLES } from '../people-tables.js';

/**
 * One table per record kind, all of the same shape: the columns that are queried or sorted on, and the
 * rest of the record as JSON (read and written whole, like frameworks). A few dozen to a few hundred rows
 * per owner, always read per owner in date order.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as it is
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('profiles')
    .addColumn('framework', 'text', (c) => c.notNull().defaultTo('promocase'))
    .execute();
  for (const table of PEOPLE_TABLES) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex(`${table}_owner_date`).on(table).columns(['owner_id', 'date']).execute();
  }
}
