/** The generic career ladder, companies and review cadences: plain data, no schema code. */
import { BUILTIN_LEVEL_IDS } from '../frameworks/builtin-ids.js';
import { COMPANY_IDS } from '../frameworks/company-profile.js';

export const REVIEW_CADENCES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Companies whose level names and process promocase knows (src/core/frameworks/company-profiles.ts). */
export const COMPANIES = COMPANY_IDS;
/** The generic ladder is the built-in framework's. */
export const GENERIC_LEVELS = BUILTIN_LEVEL_IDS;
