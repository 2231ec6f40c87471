/** Which entries a list or search returns. */
import * as z from 'zod';
import { IsoDateField, TagField } from './entry.js';
import { ENTRY_KINDS } from './entry-vocabulary.js';

/** The most entries one list returns (the CLI flag and the API query both stop here). */
export const MAX_LIMIT = 100_000;
const LIMIT_RANGE = `expected a whole number from 1 to ${MAX_LIMIT}`;

export const EntryFilter = z
  .object({
    since: IsoDateField.optional(),
    until: IsoDateField.optional(),
    kind: z.enum(ENTRY_KINDS, { error: `expected one of: ${ENTRY_KINDS.join(', ')}` }).optional(),
    competency: z.string().min(1).max(60).optional(),
    project: z.string().min(1).max(200).optional(),
    tag: TagField.optional(),
    /** Full-text search over title, details, impact, project, people and tags. */
    text: z.string().max(500, 'at most 500 characters').optional(),
    deleted: z
      .enum(['exclude', 'include', 'only'], { error: 'expected one of: exclude, include, only' })
      .optional(),
    // One check, one message: 1e20 failed both "whole number" (it is past the safe integers) and "at most".
    limit: z
      .number({ error: LIMIT_RANGE })
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT, LIMIT_RANGE)
      .optional(),
  })
  .strict()
  .refine((f) => !f.since || !f.until || f.since <= f.until, {
    message: 'since must not be after until',
    path: ['since'],
  });
export type EntryFilter = z.infer<typeof EntryFilter>;
