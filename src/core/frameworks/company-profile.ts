/**
 * How a company names its levels and decides promotions, mapped onto the built-in ladder and
 * competencies. Most of it comes from public, second-hand accounts: every fact says whether it is
 * reported (ex-employees, community sites) or published by the company.
 */
import type { BuiltinCompetencyId, BuiltinLevelId } from './builtin-ids.js';

export const COMPANY_IDS = ['generic', 'google', 'meta', 'amazon', 'microsoft', 'apple'] as const;
export type CompanyId = (typeof COMPANY_IDS)[number];

/** A statement about a company and how sure we are of it. */
export interface CompanyFact {
  text: string;
  /** True when it comes from second-hand accounts rather than the company itself. */
  reported: boolean;
}

export interface CompanyLevel {
  /** The company's own name, as people type it: "L5", "E5", "SDE III", "63", "ICT4". */
  name: string;
  /** Other spellings accepted on input, e.g. "SDE 3", "SDE-III", "64" for Microsoft's 63-64 band. */
  aliases: string[];
  /** Its place on the built-in ladder. */
  ladderLevel: BuiltinLevelId;
  title?: string;
}

export interface EvaluationDimension {
  id: string;
  name: string;
  summary: string;
  /** The built-in competencies that provide evidence for it. */
  competencies: BuiltinCompetencyId[];
  reported: boolean;
}

export interface EvidenceExpectations {
  /** Fewest peer feedback providers a case should have, where the company is known to count them. */
  minPeerFeedback?: number;
  recommendedPeerFeedback?: number;
  /** Word limit of the self-review, where there is one. */
  selfReviewWordLimit?: number;
  notes: CompanyFact[];
}

export interface CompanyProfile {
  id: CompanyId;
  name: string;
  /** Lowest first; several names may map to one ladder level. */
  levels: CompanyLevel[];
  /** Who reads what and who decides (committee, calibration, org review). */
  decision: CompanyFact[];
  /** How often reviews and promotions happen. */
  cadence: CompanyFact[];
  dimensions: EvaluationDimension[];
  evidence: EvidenceExpectations;
  /** What the people deciding weigh most, most important first. */
  weighsMost: CompanyFact[];
}
