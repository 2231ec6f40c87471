/** The Store over Kysely: one set of queries for SQLite and PostgreSQL; only full-text search differs. */
import { type Kysely, sql } from 'kysely';
import type { Entry, EntrySummary } from '../core/entries/entry.js';
import type { EntryFilter } from '../core/entries/entry-filter.js';
import { hasUnspacedScript, searchTerms } from '../core/entries/search-terms.js';
import type { Profile } from '../core/profile/profile.js';
import type { PeopleTable } from './people-tables.js';
import { isReadOnlyFailure, readOnlyDatabase } from './read-only-database.js';
import {
  entryLabels,
  entryToRow,
  profileToRow,
  recordToRow,
  rowToEntry,
  rowToFramework,
  rowToProfile,
  rowToRecord,
} from './rows.js';
import type { Database, PeopleRecordsTable } from './schema.js';
import { searchBodySql } from './search-body.js';
import type {
  Dialect,
  Owner,
  PeopleRecords,
  Store,
  StoredEntryQuality,
  StoredFramework,
  StoreWriter,
} from './store.js';

// SQLite allows 32766 bound parameters per statement; 19 columns per entry row keeps batches well inside it.
const INSERT_BATCH = 500;

/**
 * Whether the entry's indexed text contains the term anywhere, as the same LIKE on both dialects.
 * For CJK terms, which both full-text engines index as whole runs (see `hasUnspacedScript`).
 * It scans the owner's rows with no index: 15-35 ms for 10,000 entries on either dialect here, about
 * what a full-text search that returns them all takes. A trigram index (FTS5's trigram tokenizer,
 * pg_trgm) would mean a migration, a second copy of all the text and slower writes, and would not
 * serve most Chinese words anyway: they are two characters, shorter than a trigram.
 * Only a term with cased letters ("api网关") lowers the text: lower() of every row tripled the scan
 * on PostgreSQL, and CJK has no case. SQLite's lower() folds ASCII only ("über迁移" misses "Über迁移").
 * @example searchBodyContains('迁移') // title || ' ' || ... like '%迁移%' escape '\'
 */
function searchBodyContains(term: string) {
  const body = sql.raw(searchBodySql());
  const text = /\p{Lowercase}/u.test(term) ? sql`lower(${body})` : body;
  // Terms hold only letters and digits today; escaping keeps LIKE's wildcards literal if that changes.
  const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  return sql<boolean>`${text} like ${pattern} escape '\\'`;
}

class KyselyAccess implements StoreWriter {
  constructor(
    protected readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  async getOwner(id: string): Promise<Owner | undefined> {
    const row = await this.db.selectFrom('owners').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, name: row.name, createdAt: row.created_at };
  }

  async firstOwner(): Promise<Owner | undefined> {
    const row = await this.db
      .selectFrom('owners')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && { id: row.id, name: row.name, createdAt: row.created_at };
  }

  async getProfile(ownerId: string): Promise<Profile | undefined> {
    const row = await this.db
      .selectFrom('profiles')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    return row && rowToProfile(row);
  }

  async getEntry(ownerId: string, id: string): Promise<Entry | undefined> {
    const row = await this.db
      .selectFrom('entries')
      .select(ENTRY_SELECTION)
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && rowToEntry(row);
  }

  async findEntryOwners(ids: readonly string[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    for (let i = 0; i < ids.length; i += INSERT_BATCH * 10) {
      const chunk = ids.slice(i, i + INSERT_BATCH * 10);
      const rows = await this.db
        .selectFrom('entries')
        .select(['id', 'owner_id'])
        .where('id', 'in', chunk)
        .execute();
      for (const r of rows) owners.set(r.id, r.owner_id);
    }
    return owners;
  }

  async listEntries(ownerId: string, f: EntryFilter): Promise<Entry[]> {
    const q = await this.matching(ownerId, f);
    return q ? (await q.select(ENTRY_SELECTION).execute()).map(rowToEntry) : [];
  }

  async listEntrySummaries(ownerId: string, f: EntryFilter): Promise<EntrySummary[]> {
    const q = await this.matching(ownerId, f);
    if (!q) return [];
    // Named as the summary's fields in SQL: the rows are the summaries, with no second object per row.
    const rows = await q
      .select(['id', 'date', 'kind', 'scope', 'project', 'title', 'deleted_at as deletedAt'])
      .execute();
    return rows as EntrySummary[];
  }

  /**
   * The owner's project names that are `name` but for case. People type a project's name as it comes
   * to mind ("Billing" for "billing"); folded here, in JavaScript, as documents fold it, because SQLite's
   * lower() folds ASCII only ("Über" missed "über") and PostgreSQL's depends on the server's locale.
   * An owner has a handful of projects, read from the (owner_id, project) index.
   */
  private async projectsNamed(ownerId: string, name: string): Promise<string[]> {
    const wanted = name.toLowerCase();
    const rows = await this.db
      .selectFrom('entries')
      .select('project')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('project', 'is not', null)
      .execute();
    return rows.flatMap((r) => (r.project !== null && r.project.toLowerCase() === wanted ? [r.project] : []));
  }

  /** The owner's entries that pass the filter, in list order; undefined when nothing can match. */
  private async matching(ownerId: string, f: EntryFilter) {
    let q = this.db.selectFrom('entries').where('owner_id', '=', ownerId);
    const deleted = f.deleted ?? 'exclude';
    if (deleted === 'exclude') q = q.where('deleted_at', 'is', null);
    if (deleted === 'only') q = q.where('deleted_at', 'is not', null);
    if (f.since) q = q.where('date', '>=', f.since);
    if (f.until) q = q.where('date', '<=', f.until);
    if (f.kind) q = q.where('kind', '=', f.kind);
    if (f.project) {
      const projects = await this.projectsNamed(ownerId, f.project);
      if (projects.length === 0) return undefined;
      q = q.where('project', 'in', projects);
    }
    for (const [label, value] of [
      ['tag', f.tag],
      ['competency', f.competency],
    ] as const) {
      if (!value) continue;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('entry_labels as l')
            .select('l.entry_id')
            .whereRef('l.entry_id', '=', 'entries.id')
            .where('l.owner_id', '=', ownerId)
            .where('l.label', '=', label)
            .where('l.value', '=', value),
        ),
      );
    }
    const terms = f.text ? searchTerms(f.text) : [];
    if (f.text !== undefined && f.text.trim() !== '' && terms.length === 0) return undefined; // only punctuation
    const words = terms.filter((t) => !hasUnspacedScript(t));
    if (words.length > 0) {
      if (this.dialect === 'sqlite') {
        const match = words.map((t) => `"${t}"*`).join(' AND ');
        q = q.where(sql<boolean>`seq in (select rowid from entry_search where entry_search match ${match})`);
      } else {
        const query = words.map((t) => `${t}:*`).join(' & ');
        q = q.where(sql<boolean>`search_vector @@ to_tsquery('english', ${query})`);
      }
    }
    for (const term of terms.filter(hasUnspacedScript)) q = q.where(searchBodyContains(term));
    // All descending, so the entries_owner_list index serves the order without a sort.
    q = q.orderBy('date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc');
    return f.limit ? q.limit(f.limit) : q;
  }

  async listFrameworks(ownerId: string): Promise<StoredFramework[]> {
    const rows = await this.db
      .selectFrom('frameworks')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('id')
      .execute();
    return rows.map(rowToFramework);
  }

  async getFramework(ownerId: string, id: string): Promise<StoredFramework | undefined> {
    const row = await this.db
      .selectFrom('frameworks')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && rowToFramework(row);
  }

  async putFramework(f: StoredFramework): Promise<void> {
    const row = {
      owner_id: f.ownerId,
      id: f.document.id,
      name: f.document.name,
      document: JSON.stringify(f.document),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    };
    await this.db
      .insertInto('frameworks')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['owner_id', 'id'])
          .doUpdateSet({ name: row.name, document: row.document, updated_at: row.updated_at }),
      )
      .execute();
  }

  async entryDates(ownerId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('entries')
      .select('date')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('deleted_at', 'is', null)
      .execute();
    return rows.map((r) => r.date);
  }

  /**
   * The people-loop tables all have one shape; Kysely types each table apart, so the queries see them as
   * one table named `records` and the real name is passed at run time.
   */
  private records(table: PeopleTable) {
    return {
      db: this.db as unknown as Kysely<{ records: PeopleRecordsTable }>,
      t: table as unknown as 'records',
    };
  }

  async listRecords<K extends PeopleTable>(
    table: K,
    ownerId: string,
    options: { deleted?: 'exclude' | 'include' } = {},
  ): Promise<PeopleRecords[K][]> {
    const { db, t } = this.records(table);
    let q = db.selectFrom(t).selectAll().where('owner_id', '=', ownerId);
    if ((options.deleted ?? 'exclude') === 'exclude') q = q.where('deleted_at', 'is', null);
    const rows = await q.orderBy('date').orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => rowToRecord<PeopleRecords[K]>(r));
  }

  async getRecord<K extends PeopleTable>(
    table: K,
    ownerId: string,
    id: string,
  ): Promise<PeopleRecords[K] | undefined> {
    const { db, t } = this.records(table);
    const row = await db
      .selectFrom(t)
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && rowToRecord<PeopleRecords[K]>(row);
  }

  async findRecordOwners(table: PeopleTable, ids: readonly string[]): Promise<Map<string, string>> {
    const { db, t } = this.records(table);
    const owners = new Map<string, string>();
    for (let i = 0; i < ids.length; i += INSERT_BATCH) {
      const rows = await db
        .selectFrom(t)
        .select(['id', 'owner_id'])
        .where('id', 'in', ids.slice(i, i + INSERT_BATCH))
        .execute();
      for (const r of rows) owners.set(r.id, r.owner_id);
    }
    return owners;
  }

  async putRecord<K extends PeopleTable>(table: K, record: PeopleRecords[K]): Promise<void> {
    const { db, t } = this.records(table);
    const row = recordToRow(record);
    const { id: _id, owner_id: _owner, created_at: _created, ...changes } = row;
    await db
      .insertInto(t)
      .values(row)
      // Never over another owner's row: the services check, and the store refuses as well.
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet(changes)
          .where(sql.ref(`${table}.owner_id`), '=', row.owner_id),
      )
      .execute();
  }

  async listEntryQuality(ownerId: string): Promise<Map<string, StoredEntryQuality>> {
    const rows = await this.db
      .selectFrom('entry_quality')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    return new Map(
      rows.map((r) => [
        r.entry_id,
        {
          entryId: r.entry_id,
          ownerId: r.owner_id,
          version: r.version,
          entryUpdatedAt: r.entry_updated_at,
          quality: JSON.parse(r.body),
        },
      ]),
    );
  }

  async putEntryQuality(rows: readonly StoredEntryQuality[]): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const values = rows.slice(i, i + INSERT_BATCH).map((r) => ({
        entry_id: r.entryId,
        owner_id: r.ownerId,
        version: r.version,
        entry_updated_at: r.entryUpdatedAt,
        body: JSON.stringify(r.quality),
      }));
      await this.db
        .insertInto('entry_quality')
        .values(values)
        .onConflict((oc) =>
          oc.column('entry_id').doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            entry_updated_at: eb.ref('excluded.entry_updated_at'),
            body: eb.ref('excluded.body'),
          })),
        )
        .execute();
    }
  }

  async insertOwner(owner: Owner): Promise<void> {
    await this.db
      .insertInto('owners')
      .values({ id: owner.id, name: owner.name, created_at: owner.createdAt })
      .execute();
  }

  async upsertProfile(profile: Profile): Promise<void> {
    const row = profileToRow(profile);
    const { owner_id: _key, created_at: _created, ...changes } = row;
    await this.db
      .insertInto('profiles')
      .values(row)
      .onConflict((oc) => oc.column('owner_id').doUpdateSet(changes))
      .execute();
  }

  async insertEntries(entries: readonly Entry[]): Promise<void> {
    if (entries.length === 0) return;
    const indexAfter = this.dialect === 'sqlite' ? await this.lastSeq() : 0;
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const batch = entries.slice(i, i + INSERT_BATCH);
      await this.db.insertInto('entries').values(batch.map(entryToRow)).execute();
      const labels = batch.flatMap(entryLabels);
      for (let j = 0; j < labels.length; j += INSERT_BATCH * 4) {
        await this.db
          .insertInto('entry_labels')
          .values(labels.slice(j, j + INSERT_BATCH * 4))
          .execute();
      }
    }
    if (this.dialect === 'sqlite') {
      // One statement for all new rows: see the migration for why this is not a trigger.
      await sql`insert into entry_search (rowid, body) select seq, ${sql.raw(searchBodySql())} from entries where seq > ${indexAfter}`.execute(
        this.db,
      );
    }
  }

  private async lastSeq(): Promise<number> {
    const row = await sql<{ seq: number | null }>`select max(seq) as seq from entries`.execute(this.db);
    return row.rows[0]?.seq ?? 0;
  }

  async replaceEntry(entry: Entry): Promise<void> {
    const { id, owner_id, ...changes } = entryToRow(entry);
    await this.db
      .updateTable('entries')
      .set(changes)
      .where('id', '=', id)
      .where('owner_id', '=', owner_id)
      .execute();
    await this.db.deleteFrom('entry_labels').where('entry_id', '=', id).execute();
    const labels = entryLabels(entry);
    if (labels.length) await this.db.insertInto('entry_labels').values(labels).execute();
  }
}

/** The entry's columns named as its fields, in its field order (JSON output keeps it): see rowToEntry. */
const ENTRY_SELECTION = [
  'id',
  'owner_id as ownerId',
  'date',
  'title',
  'details',
  'impact',
  'people_helped as peopleHelped',
  'collaborators',
  'kind',
  'competencies',
  'scope',
  'links',
  'project',
  'tags',
  'visibility',
  'source',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'deleted_at as deletedAt',
] as const;

export class KyselyStore extends KyselyAccess implements Store {
  #writes = 0;

  /**
   * @param commitsByOthers SQLite's `data_version`: changes when another connection (another process)
   *   commits. Without it (PostgreSQL) the store cannot tell when data changed, and says so.
   */
  constructor(
    db: Kysely<Database>,
    dialect: Dialect,
    readonly location: string,
    private readonly commitsByOthers?: () => number,
  ) {
    super(db, dialect);
  }

  async write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction().execute((trx) => fn(new KyselyAccess(trx, this.dialect)));
    } catch (error) {
      throw isReadOnlyFailure(error) ? readOnlyDatabase(this.location, error) : error;
    } finally {
      this.#writes++; // also after a failure: a changed version only costs a cache miss
    }
  }

  async dataVersion(): Promise<string | undefined> {
    return this.commitsByOthers ? `${this.commitsByOthers()}.${this.#writes}` : undefined;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
