/** The list-order index also holds what a list shows, so `promocase list` reads the index and not the table. */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as it is
export async function up(db: Kysely<any>): Promise<void> {
  // Same leading columns as the index it replaces (the list order), so it serves every query that one
  // did; the rest are the columns of a list row (listEntrySummaries), so SQLite answers a list of
  // 10,000 entries from the index alone instead of fetching each row, details and all, from the table.
  await db.schema.dropIndex('entries_owner_order').execute();
  await db.schema
    .createIndex('entries_owner_list')
    .on('entries')
    .columns(['owner_id', 'date', 'created_at', 'id', 'deleted_at', 'kind', 'scope', 'project', 'title'])
    .execute();
}
