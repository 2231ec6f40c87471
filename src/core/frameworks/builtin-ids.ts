/** The ids of the built-in ladder and competencies: other features and external checks rely on them. */

export const BUILTIN_LEVEL_IDS = ['junior', 'mid', 'senior', 'staff', 'senior-staff', 'principal'] as const;
export type BuiltinLevelId = (typeof BUILTIN_LEVEL_IDS)[number];

export const BUILTIN_COMPETENCY_IDS = [
  'craft',
  'system-design',
  'ownership',
  'ambiguity',
  'impact',
  'multiplier',
  'technical-leadership',
  'communication',
] as const;
export type BuiltinCompetencyId = (typeof BUILTIN_COMPETENCY_IDS)[number];

/** The id of the built-in framework: reserved, an imported framework cannot take it. */
export const BUILTIN_FRAMEWORK_ID = 'promocase';
