/** What a person may ask of a document: which entries go in (visibility, dates, projects). Shared by CLI and API. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { ENTRY_LIMITS, VISIBILITIES } from '../entries/entry-vocabulary.js';
import { expecting } from '../validation.js';

export const DocumentRequest = z
  .object({
    visibility: z
      .enum(VISIBILITIES, {
        error: expecting('private (every entry) or manager (only entries shared with your manager)'),
      })
      .optional(),
    since: IsoDateField.optional(),
    until: IsoDateField.optional(),
    projects: z
      .array(
        z
          .string({ error: expecting('a project name') })
          .trim()
          .min(1, 'must not be empty')
          .max(ENTRY_LIMITS.listItem, `at most ${ENTRY_LIMITS.listItem} characters`),
        { error: expecting('a list of project names') },
      )
      .max(50, 'at most 50 projects')
      .optional(),
    /** Only for documents with a word limit (meta); default 1,000. */
    wordLimit: z
      .number({ error: expecting('a whole number of words') })
      .int('expected a whole number of words')
      .min(50, 'at least 50 words')
      .max(20_000, 'at most 20000 words')
      .optional(),
  })
  .strict()
  .refine((r) => !r.since || !r.until || r.since <= r.until, {
    message: 'since must not be after until',
    path: ['since'],
  });
export type DocumentRequest = z.infer<typeof DocumentRequest>;
