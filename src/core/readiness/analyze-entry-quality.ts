/** The part of the entry analysis readiness keeps (loads the NLP engine: import it only when an entry needs it). */
import { analyzeEntry } from '../analysis/analyze-entry.js';
import type { EntryQuality } from './case-input.js';
import { textCues } from './text-cues.js';

export function analyzeEntryQuality(text: string): EntryQuality {
  const a = analyzeEntry(text);
  return { specificity: a.specificity, metric: a.metric, competencies: a.competencies, ...textCues(text) };
}
