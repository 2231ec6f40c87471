/** Import of an export document: validated whole first, then applied in one transaction, idempotently. */
import { type Entry, unique } from '../../core/entries/entry.js';
import { DomainError, invalidInput } from '../../core/errors.js';
import { BUILTIN_FRAMEWORK_ID } from '../../core/frameworks/builtin-ids.js';
import type { Profile } from '../../core/profile/profile.js';
import { type ExportedEntry, parseExportDocument } from '../../core/transfer/export-document.js';
import type { Actor, ServiceContext } from '../context.js';
import { importPeople, type PeopleImportReport, refuseForeignRecords, utc } from './import-people.js';

export interface ImportReport {
  entries: { created: number; updated: number; unchanged: number; keptNewer: number };
  profile: 'created' | 'updated' | 'unchanged' | 'kept-newer' | 'absent';
  frameworks: { created: number; updated: number; unchanged: number; keptNewer: number };
  /** Assessments, conversations, manager changes, goals and peer feedback. */
  people: PeopleImportReport;
}

/**
 * Imports a document (already parsed from JSON). Entries keep their ids, so importing the same file
 * twice changes nothing; where an entry exists on both sides, the later `updatedAt` wins.
 */
export async function importData(
  ctx: ServiceContext,
  actor: Actor,
  document: unknown,
): Promise<ImportReport> {
  const parsed = parseExportDocument(document);
  if (!parsed.ok) throw invalidInput(parsed.problems);
  const doc = parsed.value;

  return ctx.store.write(async (tx) => {
    const owners = await tx.findEntryOwners(doc.entries.map((e) => e.id));
    const foreign = doc.entries.findIndex((e) => (owners.get(e.id) ?? actor.ownerId) !== actor.ownerId);
    if (foreign >= 0) {
      throw new DomainError(
        'conflict',
        `entries[${foreign}].id: "${doc.entries[foreign]!.id}" belongs to another account; nothing was imported`,
        [{ path: `entries[${foreign}].id`, message: 'id belongs to another account' }],
      );
    }
    await refuseForeignRecords(tx, actor, doc);
    const report: Omit<ImportReport, 'people'> = {
      entries: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
      profile: 'absent',
      frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
    };
    const existing = owners.size
      ? new Map((await tx.listEntries(actor.ownerId, { deleted: 'include' })).map((e) => [e.id, e]))
      : new Map<string, Entry>();
    const toInsert: Entry[] = [];
    for (const raw of doc.entries) {
      const imported = normalizeEntry(raw);
      const entry: Entry = { ...imported, ownerId: actor.ownerId };
      const current = existing.get(imported.id);
      if (!current) {
        toInsert.push(entry);
        report.entries.created++;
      } else if (sameEntry(current, imported)) {
        report.entries.unchanged++;
      } else if (imported.updatedAt >= current.updatedAt) {
        await tx.replaceEntry(entry);
        report.entries.updated++;
      } else {
        report.entries.keptNewer++;
      }
    }
    await tx.insertEntries(toInsert);

    for (const f of doc.frameworks) {
      const incoming = {
        ownerId: actor.ownerId,
        document: f.document,
        createdAt: utc(f.createdAt),
        updatedAt: utc(f.updatedAt),
      };
      const current = await tx.getFramework(actor.ownerId, f.document.id);
      if (current && JSON.stringify(current.document) === JSON.stringify(incoming.document)) {
        report.frameworks.unchanged++;
      } else if (current && incoming.updatedAt < current.updatedAt) {
        report.frameworks.keptNewer++;
      } else {
        report.frameworks[current ? 'updated' : 'created']++;
        await tx.putFramework(incoming);
      }
    }

    if (doc.profile) {
      const current = await tx.getProfile(actor.ownerId);
      const incoming: Profile = {
        ...doc.profile,
        createdAt: utc(doc.profile.createdAt),
        updatedAt: utc(doc.profile.updatedAt),
        ownerId: actor.ownerId,
      };
      if (!current) report.profile = 'created';
      else if (JSON.stringify(current) === JSON.stringify({ ...current, ...incoming }))
        report.profile = 'unchanged';
      else report.profile = incoming.updatedAt >= current.updatedAt ? 'updated' : 'kept-newer';
      if (report.profile === 'created' || report.profile === 'updated') {
        // A profile that follows a framework nobody has would break readiness, gaps and goals after the import.
        const framework = incoming.framework;
        if (framework !== BUILTIN_FRAMEWORK_ID && !(await tx.getFramework(actor.ownerId, framework))) {
          const message = `"${framework}" is neither the built-in framework nor one in this file or already imported; nothing was imported`;
          throw invalidInput([{ path: 'profile.framework', message }]);
        }
        await tx.upsertProfile(incoming);
      }
    }
    return { ...report, people: await importPeople(tx, actor, doc) };
  });
}

/** Times with offsets become UTC `...Z` so they compare (and sort) as text; lists lose repeats as on create. */
function normalizeEntry(e: ExportedEntry): ExportedEntry {
  return {
    ...e,
    peopleHelped: unique(e.peopleHelped),
    collaborators: unique(e.collaborators),
    competencies: unique(e.competencies),
    links: unique(e.links),
    tags: unique(e.tags),
    createdAt: utc(e.createdAt),
    updatedAt: utc(e.updatedAt),
    deletedAt: e.deletedAt === null ? null : utc(e.deletedAt),
  };
}

function sameEntry(current: Entry, imported: ExportedEntry): boolean {
  const { ownerId: _o, ...mine } = current;
  return JSON.stringify(sortKeys(mine)) === JSON.stringify(sortKeys(imported));
}

function sortKeys(o: object): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
