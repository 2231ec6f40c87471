/** A 1:1 or career conversation with the manager (or anyone), with the feedback and criteria it produced. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { expecting } from '../validation.js';
import { enumOf, line, nonEmptyEdit, prose, type RecordMeta, textList } from './people-fields.js';
import { CONVERSATION_TYPES, PEOPLE_LIMITS } from './people-vocabulary.js';

export const ConversationFields = z.object({
  date: IsoDateField,
  with: line(PEOPLE_LIMITS.name),
  type: enumOf(CONVERSATION_TYPES),
  notes: prose(PEOPLE_LIMITS.text),
  /** What was said about the engineer's work, one statement each, as close to the words used as possible. */
  feedback: textList(),
  /** "What specifically needs to be true" for the promotion, agreed in writing. */
  criteria: textList(),
  /** Whether the engineer said out loud which level they are aiming for. */
  goalStated: z.boolean({ error: expecting('true or false') }),
  nextCheckIn: IsoDateField.nullable(),
});
export type ConversationFields = z.infer<typeof ConversationFields>;

export const CreateConversationInput = ConversationFields.partial()
  .extend({ with: ConversationFields.shape.with })
  .strict();
export type CreateConversationInput = z.infer<typeof CreateConversationInput>;

export const UpdateConversationInput = ConversationFields.partial()
  .strict()
  .refine(nonEmptyEdit.check, nonEmptyEdit.message);
export type UpdateConversationInput = z.infer<typeof UpdateConversationInput>;

export function conversationWithDefaults(input: CreateConversationInput, today: string): ConversationFields {
  return {
    date: input.date ?? today,
    with: input.with,
    type: input.type ?? 'check-in',
    notes: input.notes ?? '',
    feedback: input.feedback ?? [],
    criteria: input.criteria ?? [],
    goalStated: input.goalStated ?? false,
    nextCheckIn: input.nextCheckIn ?? null,
  };
}

export interface Conversation extends ConversationFields, RecordMeta {}
