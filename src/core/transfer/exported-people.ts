/** The people-loop records in an export document: each record's fields plus its id and times (no owner). */
import * as z from 'zod';
import { AssessmentFields } from '../people/assessment.js';
import { ConversationFields } from '../people/conversation.js';
import { GoalFields } from '../people/goal.js';
import { ManagerChangeFields } from '../people/manager-change.js';
import { PeerFeedbackFields } from '../people/peer-feedback.js';
import { IsoDateField } from '../entries/entry.js';

export const timestamp = z.iso.datetime({
  offset: true,
  error: 'expected an ISO-8601 timestamp like 2026-11-20T17:00:00.000Z',
});
export const exportedId = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _');

const meta = { id: exportedId, createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.nullable() };

export const ExportedPeople = {
  assessments: z.array(AssessmentFields.extend(meta).strict()).default([]),
  conversations: z.array(ConversationFields.extend(meta).strict()).default([]),
  managerChanges: z.array(ManagerChangeFields.extend(meta).strict()).default([]),
  goals: z.array(GoalFields.extend({ ...meta, date: IsoDateField }).strict()).default([]),
  peerFeedback: z.array(PeerFeedbackFields.extend(meta).strict()).default([]),
};

/** Document key -> store table. */
export const PEOPLE_SECTIONS = {
  assessments: 'assessments',
  conversations: 'conversations',
  managerChanges: 'manager_changes',
  goals: 'goals',
  peerFeedback: 'peer_feedback',
} as const;
export type PeopleSection = keyof typeof PEOPLE_SECTIONS;
