/** The people-loop record kinds and the tables that hold them (the migration and the store share this list). */
export const PEOPLE_TABLES = [
  'assessments',
  'conversations',
  'manager_changes',
  'goals',
  'peer_feedback',
] as const;
export type PeopleTable = (typeof PEOPLE_TABLES)[number];
