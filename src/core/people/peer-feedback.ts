/** Feedback received from a peer, recorded by the engineer, with the work it speaks to. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { expecting, hasNoNul, NO_NUL_MESSAGE } from '../validation.js';
import { enumOf, line, nonEmptyEdit, prose, type RecordMeta } from './people-fields.js';
import { PEOPLE_LIMITS, RELATIONSHIPS } from './people-vocabulary.js';

export const PeerFeedbackFields = z.object({
  date: IsoDateField,
  from: line(PEOPLE_LIMITS.name),
  relationship: enumOf(RELATIONSHIPS),
  text: z
    .string({ error: expecting('a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(PEOPLE_LIMITS.text, `at most ${PEOPLE_LIMITS.text} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE),
  /** The work it speaks to, in words (a project, a launch, an incident). */
  work: prose(PEOPLE_LIMITS.title),
  /** Log entries it speaks to. */
  entryIds: z
    .array(z.string().min(1).max(64), { error: expecting('a list of entry ids') })
    .max(PEOPLE_LIMITS.listItems, `at most ${PEOPLE_LIMITS.listItems} items`),
});
export type PeerFeedbackFields = z.infer<typeof PeerFeedbackFields>;

export const RecordPeerFeedbackInput = PeerFeedbackFields.partial()
  .extend({ from: PeerFeedbackFields.shape.from, text: PeerFeedbackFields.shape.text })
  .strict();
export type RecordPeerFeedbackInput = z.infer<typeof RecordPeerFeedbackInput>;

export const UpdatePeerFeedbackInput = PeerFeedbackFields.partial()
  .strict()
  .refine(nonEmptyEdit.check, nonEmptyEdit.message);
export type UpdatePeerFeedbackInput = z.infer<typeof UpdatePeerFeedbackInput>;

export interface PeerFeedback extends PeerFeedbackFields, RecordMeta {}
