/** How often reviews happen: plain data, no schema code, so menus and help text load nothing heavy. */

export const REVIEW_CADENCES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];
