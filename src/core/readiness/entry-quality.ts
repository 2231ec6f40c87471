/** The part of the text analysis readiness keeps per entry, and the version that says when to redo it. */
import { analyzeEntry } from '../analysis/analyze-entry.js';
import { entryAnalysisText } from '../analysis/analyze-item.js';
import type { Entry } from '../entries/entry.js';
import type { EntryQuality } from './case-input.js';

/** Bump when the entry analysis changes what it says, so cached results are recomputed. */
export const ENTRY_QUALITY_VERSION = 1;

export function entryQuality(entry: Pick<Entry, 'title' | 'details' | 'impact'>): EntryQuality {
  const a = analyzeEntry(entryAnalysisText(entry));
  return { specificity: a.specificity, metric: a.metric, competencies: a.competencies };
}
