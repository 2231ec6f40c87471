/** The versioned JSON document that holds everything of one owner: what export writes and import reads. */
import * as z from 'zod';
import { type Entry, EntryFields } from '../entries/entry.js';
import { ENTRY_LIMITS } from '../entries/entry-vocabulary.js';
import type { FieldProblem } from '../errors.js';
import { BUILTIN_FRAMEWORK_ID } from '../frameworks/builtin-ids.js';
import { FrameworkDocument } from '../frameworks/framework.js';
import { parseFrameworkText } from '../frameworks/parse-framework.js';
import { type Profile, ProfileFields, TARGET_MESSAGE, targetAboveCurrent } from '../profile/profile.js';
import { toProblems } from '../validation.js';
import {
  ExportedPeople,
  exportedId as id,
  PEOPLE_SECTIONS,
  type PeopleSection,
  timestamp,
} from './exported-people.js';

export const EXPORT_FORMAT = 'promocase-export';
export const EXPORT_VERSION = 1;

export const ExportedEntry = EntryFields.extend({
  id,
  source: z.string().min(1).max(ENTRY_LIMITS.source),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
}).strict();
export type ExportedEntry = z.infer<typeof ExportedEntry>;

// `framework` is absent in exports made before profiles named one.
export const ExportedProfile = ProfileFields.extend({
  framework: ProfileFields.shape.framework.default(BUILTIN_FRAMEWORK_ID),
  createdAt: timestamp,
  updatedAt: timestamp,
})
  .strict()
  .refine(targetAboveCurrent, TARGET_MESSAGE);

/** An imported framework with its times; the built-in one is never exported (every promocase has it). */
export const ExportedFramework = z.strictObject({
  document: FrameworkDocument,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ExportedFramework = z.infer<typeof ExportedFramework>;

export const ExportDocument = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: timestamp,
    generator: z.string().max(100),
    profile: ExportedProfile.nullable(),
    // Absent in exports made before frameworks could be imported.
    frameworks: z.array(ExportedFramework).default([]),
    entries: z.array(ExportedEntry),
    // The people loop; absent in exports made before it existed.
    ...ExportedPeople,
  })
  .strict();
export type ExportDocument = z.infer<typeof ExportDocument>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Builds the document; entries sorted by date then id so two exports of the same data are identical. */
export function buildExportDocument(input: {
  profile: Profile | null;
  frameworks: readonly ExportedFramework[];
  entries: readonly Entry[];
  people?: { [K in PeopleSection]: ReadonlyArray<{ ownerId: string; date: string; id: string }> };
  exportedAt: string;
  generator: string;
}): ExportDocument {
  const profile = input.profile ? stripOwner(input.profile) : null;
  const entries = [...input.entries]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => stripOwner(e));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: input.exportedAt,
    generator: input.generator,
    profile,
    frameworks: [...input.frameworks]
      .sort((a, b) => a.document.id.localeCompare(b.document.id))
      .map(({ document, createdAt, updatedAt }) => ({ document, createdAt, updatedAt })),
    entries,
    ...(Object.fromEntries(
      (Object.keys(PEOPLE_SECTIONS) as PeopleSection[]).map((k) => [
        k,
        [...(input.people?.[k] ?? [])]
          .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
          .map((r) => stripOwner(r)),
      ]),
    ) as Pick<ExportDocument, PeopleSection>),
  };
}

function stripOwner<T extends { ownerId: string }>(row: T): Omit<T, 'ownerId'> {
  const { ownerId: _ownerId, ...rest } = row;
  return rest;
}

/**
 * Checks an untrusted value as an export document. A foreign file or a newer version gets one clear
 * problem instead of a list of every field that differs.
 */
export function parseExportDocument(value: unknown): ParseResult<ExportDocument> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'expected a promocase export: a JSON object' }],
    };
  }
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      problems: [{ path: 'format', message: `not a promocase export (expected format "${EXPORT_FORMAT}")` }],
    };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `made by a newer promocase (version ${head.version}; this one reads ${EXPORT_VERSION}): upgrade promocase`,
        },
      ],
    };
  }
  const result = ExportDocument.safeParse(value);
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  result.data.entries.forEach((e, i) => {
    if (seen.has(e.id)) problems.push({ path: `entries[${i}].id`, message: `duplicate id "${e.id}"` });
    seen.add(e.id);
  });
  for (const section of Object.keys(PEOPLE_SECTIONS) as PeopleSection[]) {
    const ids = new Set<string>();
    result.data[section].forEach((r, i) => {
      if (ids.has(r.id)) problems.push({ path: `${section}[${i}].id`, message: `duplicate id "${r.id}"` });
      ids.add(r.id);
    });
  }
  const frameworkIds = new Set<string>();
  result.data.frameworks.forEach((f, i) => {
    // What the schema cannot see (unique ids, references between levels, competencies and cells).
    const checked = parseFrameworkText(JSON.stringify(f.document), 'export.json');
    if (!checked.ok)
      problems.push(...checked.problems.map((p) => ({ ...p, path: `frameworks[${i}].document.${p.path}` })));
    if (f.document.id === BUILTIN_FRAMEWORK_ID) {
      problems.push({
        path: `frameworks[${i}].document.id`,
        message: `"${BUILTIN_FRAMEWORK_ID}" is the built-in framework's id`,
      });
    }
    if (frameworkIds.has(f.document.id)) {
      problems.push({
        path: `frameworks[${i}].document.id`,
        message: `duplicate framework id "${f.document.id}"`,
      });
    }
    frameworkIds.add(f.document.id);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}
