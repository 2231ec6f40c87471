/** A cache of the text analysis of each entry, so readiness over years of entries does not re-read every text. */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as it is
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entry_quality')
    .addColumn('entry_id', 'text', (c) => c.primaryKey().references('entries.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id').onDelete('cascade'))
    // Which analysis produced it and which edit of the entry it read: either changing makes it stale.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('entry_updated_at', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entry_quality_owner').on('entry_quality').column('owner_id').execute();
}
