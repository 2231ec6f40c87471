/** The Store interface: what services may ask of persistence. Implemented once over Kysely for SQLite and PostgreSQL. */
import type { Entry, EntrySummary } from '../core/entries/entry.js';
import type { EntryFilter } from '../core/entries/entry-filter.js';
import type { FrameworkDocument } from '../core/frameworks/framework.js';
import type { Assessment } from '../core/people/assessment.js';
import type { Conversation } from '../core/people/conversation.js';
import type { Goal } from '../core/people/goal.js';
import type { ManagerChange } from '../core/people/manager-change.js';
import type { PeerFeedback } from '../core/people/peer-feedback.js';
import type { Profile } from '../core/profile/profile.js';
import type { EntryQuality } from '../core/readiness/case-input.js';
import type { PeopleTable } from './people-tables.js';

export type { PeopleTable } from './people-tables.js';

export type Dialect = 'sqlite' | 'postgres';

/** The record each people-loop table holds. */
export interface PeopleRecords {
  assessments: Assessment;
  conversations: Conversation;
  manager_changes: ManagerChange;
  goals: Goal;
  peer_feedback: PeerFeedback;
}

export interface StoredFramework {
  ownerId: string;
  document: FrameworkDocument;
  createdAt: string;
  updatedAt: string;
}

/** The cached text analysis of one entry. */
export interface StoredEntryQuality {
  entryId: string;
  ownerId: string;
  /** The version of the analysis that produced it. */
  version: number;
  /** The entry's `updatedAt` when it was analysed: a later edit makes it stale. */
  entryUpdatedAt: string;
  quality: EntryQuality;
}

export interface Owner {
  id: string;
  name: string;
  createdAt: string;
}

/** Reads, available anywhere. */
export interface StoreReader {
  getOwner(id: string): Promise<Owner | undefined>;
  /** The oldest owner: in local mode, the only one. */
  firstOwner(): Promise<Owner | undefined>;
  getProfile(ownerId: string): Promise<Profile | undefined>;
  /** An entry of this owner, deleted or not; another owner's id reads as absent. */
  getEntry(ownerId: string, id: string): Promise<Entry | undefined>;
  /** Entries by id whatever their owner: import uses it to refuse ids that belong to someone else. */
  findEntryOwners(ids: readonly string[]): Promise<Map<string, string>>;
  listEntries(ownerId: string, filter: EntryFilter): Promise<Entry[]>;
  /** The same list with only what a table shows: much less to read when entries have long details. */
  listEntrySummaries(ownerId: string, filter: EntryFilter): Promise<EntrySummary[]>;
  /** The owner's imported frameworks (the built-in one is not stored). */
  listFrameworks(ownerId: string): Promise<StoredFramework[]>;
  getFramework(ownerId: string, id: string): Promise<StoredFramework | undefined>;
  /** Dates of the owner's live entries (for the streak), cheaper than whole entries. */
  entryDates(ownerId: string): Promise<string[]>;
  /** The owner's records of one kind in date order (oldest first); deleted ones only when asked. */
  listRecords<K extends PeopleTable>(
    table: K,
    ownerId: string,
    options?: { deleted?: 'exclude' | 'include' },
  ): Promise<PeopleRecords[K][]>;
  /** One record of this owner, deleted or not; another owner's id reads as absent. */
  getRecord<K extends PeopleTable>(
    table: K,
    ownerId: string,
    id: string,
  ): Promise<PeopleRecords[K] | undefined>;
  /** Records by id whatever their owner: import refuses ids that belong to someone else. */
  findRecordOwners(table: PeopleTable, ids: readonly string[]): Promise<Map<string, string>>;
  /** The cached analyses of the owner's entries, by entry id. */
  listEntryQuality(ownerId: string): Promise<Map<string, StoredEntryQuality>>;
}

/** Writes happen only inside `Store.write`, one transaction each (BEGIN IMMEDIATE on SQLite). */
export interface StoreWriter extends StoreReader {
  insertOwner(owner: Owner): Promise<void>;
  upsertProfile(profile: Profile): Promise<void>;
  insertEntries(entries: readonly Entry[]): Promise<void>;
  /** Stores a framework, replacing the owner's framework of the same id. */
  putFramework(framework: StoredFramework): Promise<void>;
  /** Replaces every field of an existing entry (matched by owner and id). */
  replaceEntry(entry: Entry): Promise<void>;
  /** Inserts a record, or replaces every field of the owner's record with the same id. */
  putRecord<K extends PeopleTable>(table: K, record: PeopleRecords[K]): Promise<void>;
  /** Stores analyses, replacing older ones of the same entries. */
  putEntryQuality(rows: readonly StoredEntryQuality[]): Promise<void>;
}

export interface Store extends StoreReader {
  readonly dialect: Dialect;
  /** Where the data lives, for people: a file path or a URL without its password. */
  readonly location: string;
  write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /**
   * A value that changes whenever the data may have changed, from this process or another; undefined
   * when the store cannot tell. Read caches key on it.
   */
  dataVersion(): Promise<string | undefined>;
  close(): Promise<void>;
}
