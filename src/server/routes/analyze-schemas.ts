/** The contract of /analyze: the batch items (the core's schema) and the three result shapes. */
import { createRoute, z } from '@hono/zod-openapi';
import { ANALYSIS_LIMITS, AnalysisItem } from '../../core/analysis/analyze-item.js';
import { ENTRY_LIMITS } from '../../core/entries/entry-vocabulary.js';
import { named } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';

const ItemView = named(AnalysisItem, 'AnalysisItem');

export const AnalyzeBody = z
  .array(ItemView, { error: 'expected a list of {"id", "type", "text"} items' })
  .min(1, 'send at least one item')
  .max(ANALYSIS_LIMITS.itemsPerRequest, `at most ${ANALYSIS_LIMITS.itemsPerRequest} items per request`);

const reasons = z.array(z.string()).openapi({ description: 'sentences that explain the verdict' });

const EntryResult = z
  .object({
    id: z.string(),
    type: z.literal('entry'),
    kind: z.string().openapi({ example: 'incident' }),
    competencies: z.array(z.string()).openapi({ description: 'built-in competency ids, strongest first' }),
    scope: z.string().openapi({ example: 'team' }),
    metric: z.boolean().openapi({ description: 'states a quantity that measures the result or its reach' }),
    specificity: z.number().int().min(0).max(100),
    reasons,
    suggestions: z.array(z.string()),
  })
  .openapi('EntryAnalysis');

const PeerReviewResult = z
  .object({
    id: z.string(),
    type: z.literal('peer-review'),
    specific: z.boolean(),
    score: z.number().int().min(0).max(100),
    reasons,
    suggestions: z.array(z.string()),
  })
  .openapi('PeerReviewAnalysis');

const ManagerFeedbackResult = z
  .object({
    id: z.string(),
    type: z.literal('manager-feedback'),
    actionable: z.boolean(),
    reasons,
    followUpQuestions: z
      .array(z.string())
      .openapi({ description: 'questions that get the missing specifics' }),
  })
  .openapi('ManagerFeedbackAnalysis');

export const AnalyzeResponse = z.array(z.union([EntryResult, PeerReviewResult, ManagerFeedbackResult]));

export const analyzeRoute = createRoute({
  method: 'post',
  path: '/analyze',
  summary: 'Analyse entries, peer reviews and manager feedback (deterministic, offline)',
  description:
    'One result per item, in order, with the same id. Entries get kind, competencies, scope, metric and ' +
    `specificity; peer reviews specific or generic; manager feedback actionable or vague. At most ${ANALYSIS_LIMITS.itemsPerRequest} items ` +
    'and 1 MB per request; every item is validated before any is analysed.',
  request: { body: jsonBody(AnalyzeBody, 'the items to analyse') },
  responses: {
    200: jsonContent(AnalyzeResponse, 'one result per item, in order'),
    ...errorResponses(400, 413, 415),
  },
});

const UntaggedSuggestionView = z
  .object({
    entryId: z.string(),
    date: z.string(),
    title: z.string(),
    changes: z
      .object({
        kind: z.string().optional(),
        competencies: z.array(z.string()),
        scope: z.string().optional(),
      })
      .openapi({ description: 'only the fields the entry lacks' }),
    specificity: z.number().int().min(0).max(100),
    reasons: z.array(z.string()),
  })
  .openapi('UntaggedSuggestion');

const UntaggedList = z.object({ suggestions: z.array(UntaggedSuggestionView) });

export const untaggedRoute = createRoute({
  method: 'get',
  path: '/analyze/untagged',
  summary: 'Suggested kind, competencies and scope for my entries that have no competencies',
  responses: {
    200: jsonContent(UntaggedList, 'one suggestion per untagged entry, newest first'),
    ...errorResponses(),
  },
});

export const applyUntaggedRoute = createRoute({
  method: 'post',
  path: '/analyze/untagged/apply',
  summary: 'Save the suggestions into my untagged entries (one transaction); returns what was applied',
  responses: { 200: jsonContent(UntaggedList, 'the suggestions that were applied'), ...errorResponses() },
});

/** An entry being written: the same text fields and limits as an entry, all optional but one non-empty. */
export const SuggestEntryBody = z
  .object({
    title: z.string().max(ENTRY_LIMITS.title).optional(),
    details: z.string().max(ENTRY_LIMITS.details).optional(),
    impact: z.string().max(ENTRY_LIMITS.impact).optional(),
  })
  .strict()
  .openapi('SuggestEntryInput');

const EntrySuggestionView = EntryResult.omit({ id: true, type: true }).openapi('EntrySuggestion');

export const suggestEntryRoute = createRoute({
  method: 'post',
  path: '/analyze/entry',
  summary:
    'What the analysis makes of an entry being written (as `promocase log` suggests); nothing is saved',
  description:
    'Kind, competencies, scope, metric and specificity with reasons and suggestions. Competencies are ' +
    "the built-in framework's ids, left empty when the profile uses another framework.",
  request: { body: jsonBody(SuggestEntryBody, 'the text of the entry so far') },
  responses: {
    200: jsonContent(EntrySuggestionView, 'the suggestion'),
    ...errorResponses(400, 413, 415),
  },
});
