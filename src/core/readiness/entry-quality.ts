/** The part of the text analysis readiness keeps per entry, and the version that says when to redo it. */
import { analyzeEntry } from '../analysis/analyze-entry.js';
import { entryAnalysisText } from '../analysis/analyze-item.js';
import type { Entry } from '../entries/entry.js';
import type { EntryQuality } from './case-input.js';

/** Bump when the entry analysis changes what it says, so cached results are recomputed. */
export const ENTRY_QUALITY_VERSION = 1;

export function entryQuality(text: string): EntryQuality {
  const a = analyzeEntry(text);
  return { specificity: a.specificity, metric: a.metric, competencies: a.competencies };
}

/** The text the analysis reads, and its fingerprint (FNV-1a, 32 bits): enough to notice an edit. */
export function qualityText(entry: Pick<Entry, 'title' | 'details' | 'impact'>): {
  text: string;
  hash: string;
} {
  const text = entryAnalysisText(entry);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return { text, hash: `${(h >>> 0).toString(16)}-${text.length}` };
}
