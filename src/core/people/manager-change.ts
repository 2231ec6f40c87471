/** A change of manager: the promotion clock may reset, because the new manager starts without context. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { line, prose, type RecordMeta } from './people-fields.js';
import { PEOPLE_LIMITS } from './people-vocabulary.js';

export const ManagerChangeFields = z.object({
  date: IsoDateField,
  /** The new manager. */
  name: line(PEOPLE_LIMITS.name),
  previous: line(PEOPLE_LIMITS.name).nullable(),
  note: prose(PEOPLE_LIMITS.note),
});
export type ManagerChangeFields = z.infer<typeof ManagerChangeFields>;

export const RecordManagerChangeInput = ManagerChangeFields.partial()
  .extend({ name: ManagerChangeFields.shape.name })
  .strict();
export type RecordManagerChangeInput = z.infer<typeof RecordManagerChangeInput>;

export interface ManagerChange extends ManagerChangeFields, RecordMeta {}
