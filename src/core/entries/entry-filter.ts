/** Which entries a list or search returns. */
import * as z from 'zod';
import { IsoDateField } from './entry.js';
import { ENTRY_KINDS } from './entry-vocabulary.js';

export const EntryFilter = z
  .object({
    since: IsoDateField.optional(),
    until: IsoDateField.optional(),
    kind: z.enum(ENTRY_KINDS, { error: `expected one of: ${ENTRY_KINDS.join(', ')}` }).optional(),
    competency: z.string().min(1).max(60).optional(),
    project: z.string().min(1).max(200).optional(),
    tag: z.string().min(1).max(60).optional(),
    /** Full-text search over title, details, impact, project, people and tags. */
    text: z.string().max(500, 'at most 500 characters').optional(),
    deleted: z
      .enum(['exclude', 'include', 'only'], { error: 'expected one of: exclude, include, only' })
      .optional(),
    limit: z
      .number({ error: 'expected a whole number' })
      .int('expected a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'at most 100000')
      .optional(),
  })
  .strict()
  .refine((f) => !f.since || !f.until || f.since <= f.until, {
    message: 'since must not be after until',
    path: ['since'],
  });
export type EntryFilter = z.infer<typeof EntryFilter>;
