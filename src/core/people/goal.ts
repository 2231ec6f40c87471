/** A goal that closes a gap: a concrete deliverable others can vouch for, with a due date and check-ins. */
import * as z from 'zod';
import { isDateInRange, isIsoDate } from '../dates.js';
import { IsoDateField } from '../entries/entry.js';
import { expecting } from '../validation.js';
import { enumOf, line, nonEmptyEdit, prose, type RecordMeta, slug, textList } from './people-fields.js';
import { GOAL_STATUSES, PEOPLE_LIMITS } from './people-vocabulary.js';

const QUARTER = /^(19\d\d|2\d{3})-Q([1-4])$/; // the years dates accept (core/dates.ts)

/** The last day of a due given as a date (itself) or a quarter (`2027-Q1` -> 2027-03-31). */
export function dueDateOf(due: string): string {
  const q = QUARTER.exec(due);
  if (!q) return due;
  const lastMonth = Number(q[2]) * 3;
  const lastDay = new Date(Date.UTC(Number(q[1]), lastMonth, 0)).getUTCDate();
  return `${q[1]}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

export const DueField = z
  .string({ error: expecting('a date like 2027-03-31 or a quarter like 2027-Q1') })
  .refine((v) => QUARTER.test(v) || (isIsoDate(v) && isDateInRange(v)), {
    message: 'expected a date like 2027-03-31 or a quarter like 2027-Q1, in the years 1900-2999',
  });

export const CheckIn = z.strictObject({
  date: IsoDateField,
  note: prose(PEOPLE_LIMITS.note),
  /** How far along the deliverable is, 0-100. */
  progress: z
    .number({ error: expecting('a number from 0 to 100') })
    .int('expected a whole number')
    .min(0, 'at least 0')
    .max(100, 'at most 100'),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const GoalFields = z.object({
  title: line(PEOPLE_LIMITS.title),
  competencies: z.array(slug, { error: expecting('a list of competency ids') }).max(20, 'at most 20 items'),
  /** The gap it closes, e.g. "system design: no design doc of my own yet". */
  gap: prose(PEOPLE_LIMITS.note),
  /** The named thing that will exist when it is done. */
  deliverable: prose(PEOPLE_LIMITS.note),
  /** Who can vouch for it: the people who will see the result. */
  vouchers: textList(PEOPLE_LIMITS.name),
  /** The team or business value. */
  impact: prose(PEOPLE_LIMITS.note),
  due: DueField.nullable(),
  status: enumOf(GOAL_STATUSES),
  checkIns: z.array(CheckIn).max(PEOPLE_LIMITS.checkIns, `at most ${PEOPLE_LIMITS.checkIns} check-ins`),
  /** Log entries that are evidence of progress. */
  entryIds: z
    .array(z.string().min(1).max(64), { error: expecting('a list of entry ids') })
    .max(PEOPLE_LIMITS.linkedEntries, `at most ${PEOPLE_LIMITS.linkedEntries} entries`),
});
export type GoalFields = z.infer<typeof GoalFields>;

export const CreateGoalInput = GoalFields.partial()
  .extend({ title: GoalFields.shape.title, date: IsoDateField.optional() })
  .strict();
export type CreateGoalInput = z.infer<typeof CreateGoalInput>;

export const UpdateGoalInput = GoalFields.omit({ checkIns: true, entryIds: true })
  .partial()
  .strict()
  .refine(nonEmptyEdit.check, nonEmptyEdit.message);
export type UpdateGoalInput = z.infer<typeof UpdateGoalInput>;

export const AddCheckInInput = CheckIn.partial({ date: true, note: true })
  .extend({ status: enumOf(GOAL_STATUSES).optional() })
  .strict();
export type AddCheckInInput = z.infer<typeof AddCheckInInput>;

export function goalWithDefaults(input: CreateGoalInput): GoalFields {
  return {
    title: input.title,
    competencies: [...new Set(input.competencies ?? [])],
    gap: input.gap ?? '',
    deliverable: input.deliverable ?? '',
    vouchers: [...new Set(input.vouchers ?? [])],
    impact: input.impact ?? '',
    due: input.due ?? null,
    status: input.status ?? 'planned',
    checkIns: input.checkIns ?? [],
    entryIds: [...new Set(input.entryIds ?? [])],
  };
}

/** `date` is when the goal was set (the record's sort key). */
export interface Goal extends GoalFields, RecordMeta {
  date: string;
}
