/** The tables as Kysely sees them. Lists are JSON text and times ISO-8601 text, the same on both dialects. */
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface OwnersTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ProfilesTable {
  owner_id: string;
  name: string;
  company: string;
  current_level: string;
  target_level: string;
  manager_name: string | null;
  review_cadence: string;
  next_calibration: string | null;
  framework: string;
  created_at: string;
  updated_at: string;
}

export interface EntriesTable {
  id: string;
  owner_id: string;
  date: string;
  title: string;
  details: string;
  impact: string;
  people_helped: string;
  collaborators: string;
  kind: string;
  competencies: string;
  scope: string;
  links: string;
  project: string | null;
  tags: string;
  visibility: string;
  source: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One row per tag or competency of an entry, so filters use an index instead of parsing JSON. */
export interface EntryLabelsTable {
  entry_id: string;
  owner_id: string;
  label: 'tag' | 'competency';
  value: string;
}

/** SQLite only: the FTS5 index, kept by triggers. (PostgreSQL uses a generated tsvector column.) */
export interface EntrySearchTable {
  entry_id: string;
  body: string;
  rank: Generated<number>;
}

/** An imported framework: the whole FrameworkDocument as JSON, read and written whole. */
export interface FrameworksTable {
  owner_id: string;
  id: string;
  name: string;
  document: string;
  created_at: string;
  updated_at: string;
}

/** A people-loop record (assessment, conversation, ...): queried columns, the rest as JSON. */
export interface PeopleRecordsTable {
  id: string;
  owner_id: string;
  date: string;
  body: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Cached text analysis of an entry (see core/readiness/entry-quality.ts). */
export interface EntryQualityTable {
  entry_id: string;
  owner_id: string;
  version: number;
  entry_updated_at: string;
  body: string;
}

export interface Database {
  promocase_meta: MetaTable;
  owners: OwnersTable;
  profiles: ProfilesTable;
  entries: EntriesTable;
  entry_labels: EntryLabelsTable;
  entry_search: EntrySearchTable;
  frameworks: FrameworksTable;
  assessments: PeopleRecordsTable;
  conversations: PeopleRecordsTable;
  manager_changes: PeopleRecordsTable;
  goals: PeopleRecordsTable;
  peer_feedback: PeopleRecordsTable;
  entry_quality: EntryQualityTable;
}
