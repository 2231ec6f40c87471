/** The closed sets of the people loop (ratings, 1:1s, goals, peer feedback), free of schema code. */

export const RATERS = ['self', 'manager'] as const;
export type Rater = (typeof RATERS)[number];

/** How a rating sits against its level: still working towards it, meeting it, or beyond it. */
export const QUALIFIERS = ['working-towards', 'meets', 'exceeds'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CONVERSATION_TYPES = ['career', 'check-in', 'feedback'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const GOAL_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Who gave a piece of peer feedback, relative to the engineer. */
export const RELATIONSHIPS = [
  'teammate',
  'cross-team',
  'tech-lead',
  'manager',
  'report',
  'stakeholder',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Limits that keep one record readable and one request bounded. */
export const PEOPLE_LIMITS = {
  name: 120,
  title: 200,
  text: 10_000,
  note: 5_000,
  listItems: 50,
  listItem: 1_000,
  checkIns: 200,
  linkedEntries: 500,
} as const;
