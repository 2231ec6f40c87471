/** The generic career ladder, companies and review cadences: plain data, no schema code. */

export const REVIEW_CADENCES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Until the frameworks issue lands, only the generic ladder exists. */
export const COMPANIES = ['generic'] as const;
export const GENERIC_LEVELS = ['junior', 'mid', 'senior', 'staff', 'senior-staff', 'principal'] as const;
