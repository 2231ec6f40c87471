/** The people-loop part of an import: the same rules as entries (stable ids, the later edit wins). */
import { DomainError } from '../../core/errors.js';
import type { ExportDocument } from '../../core/transfer/export-document.js';
import { PEOPLE_SECTIONS, type PeopleSection } from '../../core/transfer/exported-people.js';
import type { PeopleRecords, StoreWriter } from '../../store/store.js';
import type { Actor } from '../context.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
}

export type PeopleImportReport = Record<PeopleSection, ImportCounts>;

/** Checks every section for ids of other owners first, so a refused import writes nothing. */
export async function refuseForeignRecords(
  tx: StoreWriter,
  actor: Actor,
  doc: ExportDocument,
): Promise<void> {
  for (const [section, table] of Object.entries(PEOPLE_SECTIONS) as [PeopleSection, keyof PeopleRecords][]) {
    const records = doc[section];
    if (records.length === 0) continue;
    const owners = await tx.findRecordOwners(
      table,
      records.map((r) => r.id),
    );
    const foreign = records.findIndex((r) => (owners.get(r.id) ?? actor.ownerId) !== actor.ownerId);
    if (foreign >= 0) {
      const path = `${section}[${foreign}].id`;
      throw new DomainError(
        'conflict',
        `${path}: "${records[foreign]!.id}" belongs to another account; nothing was imported`,
        [{ path, message: 'id belongs to another account' }],
      );
    }
  }
}

export async function importPeople(
  tx: StoreWriter,
  actor: Actor,
  doc: ExportDocument,
): Promise<PeopleImportReport> {
  const report = {} as PeopleImportReport;
  for (const [section, table] of Object.entries(PEOPLE_SECTIONS) as [PeopleSection, keyof PeopleRecords][]) {
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, keptNewer: 0 };
    for (const raw of doc[section]) {
      const incoming = {
        ...raw,
        ownerId: actor.ownerId,
        createdAt: utc(raw.createdAt),
        updatedAt: utc(raw.updatedAt),
        deletedAt: raw.deletedAt === null ? null : utc(raw.deletedAt),
      } as PeopleRecords[typeof table];
      const current = await tx.getRecord(table, actor.ownerId, raw.id);
      if (!current) counts.created++;
      else if (canonical(current) === canonical(incoming)) {
        counts.unchanged++;
        continue;
      } else if (incoming.updatedAt < current.updatedAt) {
        counts.keptNewer++;
        continue;
      } else counts.updated++;
      await tx.putRecord(table, incoming);
    }
    report[section] = counts;
  }
  return report;
}

/** Times with offsets become UTC `...Z` so they compare (and sort) as text. */
export function utc(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

function canonical(o: object): string {
  return JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
