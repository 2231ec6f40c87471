/** Suggests an entry's kind, competencies, scope and metric, and scores how specific it is, with reasons. */

import type { EntryKind, EntryScope } from '../entries/entry-vocabulary.js';
import type { BuiltinCompetencyId } from '../frameworks/builtin-ids.js';
import { classifyKind, classifyScope, suggestCompetencies } from './classify-entry.js';
import { parseText } from './parse-text.js';
import { scoreSpecificity } from './score-specificity.js';
import { hasMeasure } from './text-signals.js';

export interface EntryAnalysis {
  kind: EntryKind;
  /** Built-in competency ids, strongest first (usually 1-3). */
  competencies: BuiltinCompetencyId[];
  scope: EntryScope;
  /** True when the text states a quantity measuring the result or reach of the work. */
  metric: boolean;
  /** 0-100: how well a reader who was not there could see what was done, by whom and what it changed. */
  specificity: number;
  reasons: string[];
  suggestions: string[];
}

export interface AnalyzeEntryOptions {
  /** At most this many competencies (default 3). */
  maxCompetencies?: number;
}

/**
 * Analyses the text of one entry (title, details and impact joined). Deterministic and offline.
 * @example analyzeEntry('Cut p95 latency of the search API from 900 ms to 200 ms').metric // true
 */
export function analyzeEntry(text: string, options: AnalyzeEntryOptions = {}): EntryAnalysis {
  const parsed = parseText(text);
  const { kind } = classifyKind(parsed);
  const metric = hasMeasure(text);
  const scope = classifyScope(parsed, kind, metric);
  const competencies = suggestCompetencies(parsed, {
    kind,
    scope,
    metric,
    max: options.maxCompetencies ?? 3,
  });
  const { score, reasons, suggestions } = scoreSpecificity(text, parsed, { metric, scope });
  return { kind, competencies, scope, metric, specificity: score, reasons, suggestions };
}
