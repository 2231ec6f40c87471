/** Converts between domain objects and table rows (lists as JSON text). */
import type { Entry } from '../core/entries/entry.js';
import type { RecordMeta } from '../core/people/people-fields.js';
import type { Profile } from '../core/profile/profile.js';
import type { ReviewCadence } from '../core/profile/review-cadence.js';
import type {
  EntriesTable,
  EntryLabelsTable,
  FrameworksTable,
  PeopleRecordsTable,
  ProfilesTable,
} from './schema.js';
import type { StoredFramework } from './store.js';

export type EntryRow = Omit<EntriesTable, never>;

export function entryToRow(e: Entry): EntryRow {
  return {
    id: e.id,
    owner_id: e.ownerId,
    date: e.date,
    title: e.title,
    details: e.details,
    impact: e.impact,
    people_helped: JSON.stringify(e.peopleHelped),
    collaborators: JSON.stringify(e.collaborators),
    kind: e.kind,
    competencies: JSON.stringify(e.competencies),
    scope: e.scope,
    links: JSON.stringify(e.links),
    project: e.project,
    tags: JSON.stringify(e.tags),
    visibility: e.visibility,
    source: e.source,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    deleted_at: e.deletedAt,
  };
}

/** Most lists are empty: reading 10,000 entries skips tens of thousands of JSON.parse calls. */
function parseList(text: string): string[] {
  return text === '[]' ? [] : JSON.parse(text);
}

/**
 * An entry as read under its own field names (the store's ENTRY_SELECTION): its lists still JSON text,
 * its kind, scope and visibility plain text (checked when written).
 */
export type EntryAsRead = { [K in keyof Entry]: K extends TextField ? string : Entry[K] };
type ListField = 'peopleHelped' | 'collaborators' | 'competencies' | 'links' | 'tags';
type TextField = ListField | 'kind' | 'scope' | 'visibility';

/**
 * Turns a row read under the entry's own names into the entry by parsing its lists in place: a second
 * object per row cost a 5,000-entry document one more round of allocation and garbage collection.
 */
export function rowToEntry(r: EntryAsRead): Entry {
  const e = r as unknown as Entry;
  e.peopleHelped = parseList(r.peopleHelped);
  e.collaborators = parseList(r.collaborators);
  e.competencies = parseList(r.competencies);
  e.links = parseList(r.links);
  e.tags = parseList(r.tags);
  return e;
}

export function entryLabels(e: Entry): EntryLabelsTable[] {
  return [
    ...e.tags.map((value) => ({ entry_id: e.id, owner_id: e.ownerId, label: 'tag' as const, value })),
    ...e.competencies.map((value) => ({
      entry_id: e.id,
      owner_id: e.ownerId,
      label: 'competency' as const,
      value,
    })),
  ];
}

export function profileToRow(p: Profile): ProfilesTable {
  return {
    owner_id: p.ownerId,
    name: p.name,
    company: p.company,
    current_level: p.currentLevel,
    target_level: p.targetLevel,
    manager_name: p.managerName,
    review_cadence: p.reviewCadence,
    next_calibration: p.nextCalibration,
    framework: p.framework,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function rowToProfile(r: ProfilesTable): Profile {
  return {
    ownerId: r.owner_id,
    name: r.name,
    company: r.company as Profile['company'],
    currentLevel: r.current_level as Profile['currentLevel'],
    targetLevel: r.target_level as Profile['targetLevel'],
    managerName: r.manager_name,
    reviewCadence: r.review_cadence as ReviewCadence,
    nextCalibration: r.next_calibration,
    framework: r.framework,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function rowToFramework(r: FrameworksTable): StoredFramework {
  return {
    ownerId: r.owner_id,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A people-loop record as a row: the queried columns, and every other field as JSON. */
export function recordToRow(record: RecordMeta & { date: string }): PeopleRecordsTable {
  const { id, ownerId, date, createdAt, updatedAt, deletedAt, ...body } = record;
  return {
    id,
    owner_id: ownerId,
    date,
    body: JSON.stringify(body),
    created_at: createdAt,
    updated_at: updatedAt,
    deleted_at: deletedAt,
  };
}

export function rowToRecord<T>(r: PeopleRecordsTable): T {
  return {
    id: r.id,
    ownerId: r.owner_id,
    date: r.date,
    ...JSON.parse(r.body),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  } as T;
}
