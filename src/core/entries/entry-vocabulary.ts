/** The closed sets and limits of an entry, free of schema code so menus and help text load nothing heavy. */

export const ENTRY_KINDS = [
  'feature',
  'incident',
  'design',
  'mentoring',
  'tech-debt',
  'process',
  'other',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_SCOPES = ['individual', 'team', 'cross-team', 'org'] as const;
export type EntryScope = (typeof ENTRY_SCOPES)[number];

export const VISIBILITIES = ['private', 'manager'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Limits that keep one entry readable and one request bounded. */
export const ENTRY_LIMITS = {
  title: 200,
  details: 20_000,
  impact: 5_000,
  listItems: 50,
  listItem: 200,
  link: 2_000,
  source: 200,
} as const;
