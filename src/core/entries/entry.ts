/** A work-log entry: one win, decision or contribution, as the engineer wrote it. */
import * as z from 'zod';
import { DATE_RANGE_HINT, isDateInRange, isIsoDate } from '../dates.js';
import { expecting, hasNoNul, NO_NUL_MESSAGE } from '../validation.js';
import {
  ENTRY_KINDS,
  ENTRY_LIMITS,
  ENTRY_SCOPES,
  type EntryKind,
  type EntryScope,
  VISIBILITIES,
  type Visibility,
} from './entry-vocabulary.js';

export interface Entry {
  id: string;
  ownerId: string;
  date: string;
  title: string;
  details: string;
  impact: string;
  peopleHelped: string[];
  collaborators: string[];
  kind: EntryKind;
  competencies: string[];
  scope: EntryScope;
  links: string[];
  project: string | null;
  tags: string[];
  visibility: Visibility;
  /** `manual`, or the import it came from (`import:<file>`, `demo`). */
  source: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** What a list shows of an entry. */
export type EntrySummary = Pick<Entry, 'id' | 'date' | 'kind' | 'scope' | 'project' | 'title' | 'deletedAt'>;

export const IsoDateField = z
  .string({ error: expecting('a date string like 2026-11-20') })
  .refine(isIsoDate, { message: 'expected a calendar date like 2026-11-20', abort: true })
  .refine(isDateInRange, { message: `expected ${DATE_RANGE_HINT}` })
  .meta({ format: 'date', example: '2026-11-20' }); // read by the OpenAPI generator

const nameList = z
  .array(
    z
      .string({ error: expecting('a string') })
      .trim()
      .min(1, 'must not be empty')
      .max(ENTRY_LIMITS.listItem, `at most ${ENTRY_LIMITS.listItem} characters`)
      .refine(hasNoNul, NO_NUL_MESSAGE),
    { error: expecting('a list of strings') },
  )
  .max(ENTRY_LIMITS.listItems, `at most ${ENTRY_LIMITS.listItems} items`);

const slug = z
  .string({ error: expecting('a string') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id like "system-design" (letters, digits, dashes)')
  .max(60, 'at most 60 characters');

/** Letters of any script (lowercase or caseless), their marks and digits, in runs joined by single dashes. */
const TAG = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]+)*$/u;

/**
 * A tag is kept as one label however it is typed: "Perf Work" is stored as "perf-work", "Café" as
 * "café". Any script, unlike competency ids (a framework's, ASCII): tags are the author's own words.
 */
export const TagField = z
  .string({ error: expecting('a string') })
  .normalize('NFC')
  .trim()
  .toLowerCase()
  .overwrite((v) => v.replace(/[\s_]+/g, '-'))
  .regex(TAG, 'expected a tag of letters, digits and single dashes, like "perf-work" or "café"')
  .max(60, 'at most 60 characters');

const link = z
  .string({ error: expecting('a URL string') })
  .max(ENTRY_LIMITS.link, `at most ${ENTRY_LIMITS.link} characters`)
  .refine((v) => /^https?:\/\/\S+$/i.test(v) && hasNoNul(v) && URL.canParse(v), {
    message: 'expected an http(s) URL',
  });

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expecting(`one of: ${values.join(', ')}`) });

/** The fields a person writes; everything else (ids, timestamps) the system sets. */
export const EntryFields = z.object({
  date: IsoDateField,
  title: z
    .string({ error: expecting('a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(ENTRY_LIMITS.title, `at most ${ENTRY_LIMITS.title} characters`)
    // Any line break (a lone \r or U+2028 too) would break the one-line title in tables and Markdown.
    .refine((v) => !/[\r\n\u2028\u2029]/.test(v), { message: 'must be one line (put the rest in details)' })
    .refine(hasNoNul, NO_NUL_MESSAGE),
  details: z
    .string({ error: expecting('a string') })
    .max(ENTRY_LIMITS.details, `at most ${ENTRY_LIMITS.details} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE),
  impact: z
    .string({ error: expecting('a string') })
    .max(ENTRY_LIMITS.impact, `at most ${ENTRY_LIMITS.impact} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE),
  peopleHelped: nameList,
  collaborators: nameList,
  kind: enumOf(ENTRY_KINDS),
  competencies: z.array(slug, { error: expecting('a list of competency ids') }).max(20, 'at most 20 items'),
  scope: enumOf(ENTRY_SCOPES),
  links: z
    .array(link, { error: expecting('a list of URLs') })
    .max(ENTRY_LIMITS.listItems, `at most ${ENTRY_LIMITS.listItems} items`),
  project: z
    .string({ error: expecting('a string or null') })
    .trim()
    .min(1, 'must not be empty (use null for none)')
    .max(ENTRY_LIMITS.listItem, `at most ${ENTRY_LIMITS.listItem} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE)
    .nullable(),
  tags: z
    .array(TagField, { error: expecting('a list of tags') })
    .max(ENTRY_LIMITS.listItems, `at most ${ENTRY_LIMITS.listItems} items`),
  visibility: enumOf(VISIBILITIES),
});
export type EntryFields = z.infer<typeof EntryFields>;

/** Creating an entry: title and date are needed, the rest has defaults. */
export const CreateEntryInput = EntryFields.partial()
  .extend({
    title: EntryFields.shape.title,
    source: z
      .string({ error: expecting('a string') })
      .min(1)
      .max(ENTRY_LIMITS.source)
      .optional(),
  })
  .strict();
export type CreateEntryInput = z.infer<typeof CreateEntryInput>;

/** Editing an entry: any subset of the fields; at least one. */
export const UpdateEntryInput = EntryFields.partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field to change' });
export type UpdateEntryInput = z.infer<typeof UpdateEntryInput>;

/** Fills the defaults of a new entry; normalises lists (trimmed, de-duplicated, order kept). */
export function entryFieldsWithDefaults(input: CreateEntryInput, today: string): EntryFields {
  return {
    date: input.date ?? today,
    title: input.title,
    details: input.details ?? '',
    impact: input.impact ?? '',
    peopleHelped: unique(input.peopleHelped ?? []),
    collaborators: unique(input.collaborators ?? []),
    kind: input.kind ?? 'other',
    competencies: unique(input.competencies ?? []),
    scope: input.scope ?? 'individual',
    links: unique(input.links ?? []),
    project: input.project ?? null,
    tags: unique(input.tags ?? []),
    visibility: input.visibility ?? 'private',
  };
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
