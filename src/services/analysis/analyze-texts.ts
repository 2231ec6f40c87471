/** The batch interface: analyses a list of entries, peer reviews and manager feedback, validated whole first. */
import {
  ANALYSIS_LIMITS,
  AnalysisItem,
  type AnalysisItemResult,
  analyzeItem,
} from '../../core/analysis/analyze-item.js';
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import { toProblems } from '../../core/validation.js';

/**
 * Validates every item before analysing any, so a bad item is reported with its index (`[3].type`)
 * and nothing is half-done. `limit` bounds a request (the HTTP API); files are read line by line.
 */
export function analyzeTexts(
  items: unknown,
  limit: number = ANALYSIS_LIMITS.itemsPerRequest,
): AnalysisItemResult[] {
  if (!Array.isArray(items)) throw invalidInput([{ path: '(root)', message: 'expected a list of items' }]);
  if (items.length > limit)
    throw invalidInput([{ path: '(root)', message: `at most ${limit} items per request` }]);
  const problems: FieldProblem[] = [];
  const valid: AnalysisItem[] = [];
  items.forEach((item, i) => {
    const result = AnalysisItem.safeParse(item);
    if (result.success) valid.push(result.data);
    else problems.push(...toProblems(result.error, `[${i}]`));
  });
  if (problems.length) throw invalidInput(problems);
  return valid.map(analyzeItem);
}
