/** The generic career ladder, companies and review cadences: plain data, no schema code. */
import { BUILTIN_LEVEL_IDS } from '../frameworks/builtin-ids.js';

export const REVIEW_CADENCES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Until the frameworks issue lands, only the generic ladder exists. */
export const COMPANIES = ['generic'] as const;
/** The generic ladder is the built-in framework's. */
export const GENERIC_LEVELS = BUILTIN_LEVEL_IDS;
