/** Suggestions at capture time: what the analysis makes of an entry that is about to be logged. */
import { analyzeEntry, type EntryAnalysis } from '../../core/analysis/analyze-entry.js';
import { entryAnalysisText } from '../../core/analysis/analyze-item.js';
import { invalidInput } from '../../core/errors.js';
import type { Actor, ServiceContext } from '../context.js';
import { builtinCompetenciesApply } from './builtin-competencies-apply.js';

/** Competencies are left empty when the person's framework is not the built-in one (see builtinCompetenciesApply). */
export async function suggestEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: { title?: unknown; details?: unknown; impact?: unknown },
): Promise<EntryAnalysis> {
  const part = (value: unknown) => (typeof value === 'string' ? value : '');
  const text = entryAnalysisText({
    title: part(input.title),
    details: part(input.details),
    impact: part(input.impact),
  });
  if (text.trim() === '')
    throw invalidInput([{ path: 'title', message: 'required: there is nothing to analyse' }]);
  const analysis = analyzeEntry(text);
  return (await builtinCompetenciesApply(ctx, actor)) ? analysis : { ...analysis, competencies: [] };
}
