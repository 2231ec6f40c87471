/** Suggestions at capture time: what the analysis makes of an entry that is about to be logged. */
import { analyzeEntry, type EntryAnalysis } from '../../core/analysis/analyze-entry.js';
import { entryAnalysisText } from '../../core/analysis/analyze-item.js';
import { invalidInput } from '../../core/errors.js';

export function suggestEntry(input: { title?: unknown; details?: unknown; impact?: unknown }): EntryAnalysis {
  const part = (value: unknown) => (typeof value === 'string' ? value : '');
  const text = entryAnalysisText({
    title: part(input.title),
    details: part(input.details),
    impact: part(input.impact),
  });
  if (text.trim() === '')
    throw invalidInput([{ path: 'title', message: 'required: there is nothing to analyse' }]);
  return analyzeEntry(text);
}
