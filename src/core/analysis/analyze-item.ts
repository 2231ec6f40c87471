/** One item of the batch interface (`promocase analyze`, POST /api/v1/analyze): its shape and its analysis. */
import * as z from 'zod';
import { expecting } from '../validation.js';
import { analyzeEntry } from './analyze-entry.js';
import { analyzeManagerFeedback, analyzePeerFeedback } from './analyze-feedback.js';

export const ANALYSIS_ITEM_TYPES = ['entry', 'peer-review', 'manager-feedback'] as const;
export type AnalysisItemType = (typeof ANALYSIS_ITEM_TYPES)[number];

/** Limits that keep one item and one request bounded. */
export const ANALYSIS_LIMITS = {
  /** An entry's title, details and impact together fit in this. */
  text: 30_000,
  id: 200,
  /** Items per API request; the CLI reads files of any length, item by item. */
  itemsPerRequest: 1_000,
} as const;

/** Extra fields (labels, notes) are allowed and ignored, so a labelled file can be analysed as it is. */
export const AnalysisItem = z.object({
  id: z
    .string({ error: expecting('a string') })
    .min(1, 'must not be empty')
    .max(ANALYSIS_LIMITS.id, `at most ${ANALYSIS_LIMITS.id} characters`),
  type: z.enum(ANALYSIS_ITEM_TYPES, { error: `expected one of: ${ANALYSIS_ITEM_TYPES.join(', ')}` }),
  text: z
    .string({ error: expecting('a string') })
    .refine((t) => t.trim() !== '', 'must not be empty')
    .refine((t) => t.length <= ANALYSIS_LIMITS.text, `at most ${ANALYSIS_LIMITS.text} characters`),
});
export type AnalysisItem = z.infer<typeof AnalysisItem>;

export interface EntryItemResult {
  id: string;
  type: 'entry';
  kind: string;
  competencies: string[];
  scope: string;
  metric: boolean;
  specificity: number;
  reasons: string[];
  suggestions: string[];
}

export interface PeerReviewItemResult {
  id: string;
  type: 'peer-review';
  specific: boolean;
  score: number;
  reasons: string[];
  suggestions: string[];
}

export interface ManagerFeedbackItemResult {
  id: string;
  type: 'manager-feedback';
  actionable: boolean;
  reasons: string[];
  followUpQuestions: string[];
}

export type AnalysisItemResult = EntryItemResult | PeerReviewItemResult | ManagerFeedbackItemResult;

export function analyzeItem(item: AnalysisItem): AnalysisItemResult {
  switch (item.type) {
    case 'entry':
      return { id: item.id, type: 'entry', ...analyzeEntry(item.text) };
    case 'peer-review':
      return { id: item.id, type: 'peer-review', ...analyzePeerFeedback(item.text) };
    case 'manager-feedback':
      return { id: item.id, type: 'manager-feedback', ...analyzeManagerFeedback(item.text) };
  }
}

export { entryAnalysisText } from './entry-text.js';
