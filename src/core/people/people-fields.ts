/** Field schemas shared by the people-loop records, with messages that name what is accepted. */
import * as z from 'zod';
import { expecting, hasNoNul, NO_NUL_MESSAGE } from '../validation.js';
import { PEOPLE_LIMITS } from './people-vocabulary.js';

/** A required line of text, trimmed. */
export const line = (max: number) =>
  z
    .string({ error: expecting('a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((v) => !/[\r\n\u2028\u2029]/.test(v), { message: 'must be one line' })
    .refine(hasNoNul, NO_NUL_MESSAGE);

/** Free text, possibly empty, kept as written (Markdown allowed). */
export const prose = (max: number) =>
  z
    .string({ error: expecting('a string') })
    .max(max, `at most ${max} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE);

/** A list of short texts (names, statements, criteria). */
export const textList = (itemMax: number = PEOPLE_LIMITS.listItem) =>
  z
    .array(
      z
        .string({ error: expecting('a string') })
        .trim()
        .min(1, 'must not be empty')
        .max(itemMax, `at most ${itemMax} characters`)
        .refine(hasNoNul, NO_NUL_MESSAGE),
      { error: expecting('a list of strings') },
    )
    .max(PEOPLE_LIMITS.listItems, `at most ${PEOPLE_LIMITS.listItems} items`);

export const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expecting(`one of: ${values.join(', ')}`) });

/** A competency or level id of a framework. */
export const slug = z
  .string({ error: expecting('an id string') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id like "system-design" (letters, digits, dashes)')
  .max(60, 'at most 60 characters');

/** What every stored people-loop record carries besides its own fields. */
export interface RecordMeta {
  id: string;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  /** Soft deletion: a deleted record is kept (restorable) and left out of lists and analysis. */
  deletedAt: string | null;
}

/** Requires at least one field in an edit. */
export const nonEmptyEdit = {
  check: (v: object) => Object.keys(v).length > 0,
  message: { message: 'give at least one field to change' },
} as const;
