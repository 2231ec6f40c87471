/** The people-loop records in an export document: each record's fields plus its id and times (no owner). */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { AssessmentFields } from '../people/assessment.js';
import { ConversationFields } from '../people/conversation.js';
import { GoalFields } from '../people/goal.js';
import { ManagerChangeFields } from '../people/manager-change.js';
import { PeerFeedbackFields } from '../people/peer-feedback.js';

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

export const ExportedAssessment = AssessmentFields.extend(meta).strict();
export const ExportedConversation = ConversationFields.extend(meta).strict();
export const ExportedManagerChange = ManagerChangeFields.extend(meta).strict();
export const ExportedGoal = GoalFields.extend({ ...meta, date: IsoDateField }).strict();
export const ExportedPeerFeedback = PeerFeedbackFields.extend(meta).strict();

export const ExportedPeople = {
  assessments: z.array(ExportedAssessment).default([]),
  conversations: z.array(ExportedConversation).default([]),
  managerChanges: z.array(ExportedManagerChange).default([]),
  goals: z.array(ExportedGoal).default([]),
  peerFeedback: z.array(ExportedPeerFeedback).default([]),
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
