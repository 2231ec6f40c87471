/** Suggests an entry's kind, competencies, scope and metric, and scores how specific it is, with reasons. */

import type { EntryKind, EntryScope } from '../entries/entry-vocabulary.js';
import type { BuiltinCompetencyId } from '../frameworks/builtin-ids.js';
import { type CompetencyGuess, classifyKind, classifyScope, suggestCompetencies } from './classify-entry.js';
import { parseText } from './parse-text.js';
import { scoreSpecificity } from './score-specificity.js';
import { findMeasure } from './text-signals.js';

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
  const kind = classifyKind(parsed);
  const measure = findMeasure(text);
  const metric = measure !== undefined;
  const scope = classifyScope(parsed, kind.kind, metric);
  const competencies = suggestCompetencies(parsed, {
    kind: kind.kind,
    scope: scope.scope,
    metric,
    max: options.maxCompetencies ?? 3,
  });
  const specificity = scoreSpecificity(text, parsed, { metric, scope: scope.scope });
  const reasons = [
    explainKind(kind.kind, kind.evidence),
    explainScope(scope.scope, scope.evidence),
    measure === undefined
      ? 'States no number that measures the result or its reach (versions, dates and task counts do not count).'
      : `States a metric: "${measure}".`,
    explainCompetencies(competencies),
    ...specificity.reasons,
  ].filter((reason) => reason !== '');
  return {
    kind: kind.kind,
    competencies: competencies.map((c) => c.id),
    scope: scope.scope,
    metric,
    specificity: specificity.score,
    reasons,
    suggestions: specificity.suggestions,
  };
}

/** Quotes the evidence as a person would write it: "team's", not "team 's"; no dangling article. */
const quoted = (words: readonly string[]) =>
  words
    .slice(0, 3)
    .map((w) => `"${w.replace(/ 's\b/g, "'s").replace(/ (?:the|a|an)$/, '')}"`)
    .join(', ');

function explainKind(kind: EntryKind, evidence: readonly string[]): string {
  if (kind === 'other') {
    return evidence.length
      ? `Kind "other": it reads as learning or admin (${quoted(evidence)}).`
      : 'Kind "other": nothing marks it as delivery, an incident, design, mentoring, upkeep or process work.';
  }
  return `Kind "${kind}": it speaks of ${quoted(evidence)}.`;
}

function explainScope(scope: EntryScope, evidence: readonly string[]): string {
  const why = {
    org: 'reaches across the organisation',
    'cross-team': 'involves other teams or people outside the team',
    team: 'work for your team',
    individual: 'stays within your own tasks',
  }[scope];
  if (scope === 'team' && evidence.length === 0)
    return 'Scope "team": most logged work is for your team, and nothing here points wider or narrower.';
  return `Scope "${scope}": ${why}${evidence.length ? ` (${quoted(evidence)})` : ''}.`;
}

/** Why a competency is suggested when no word points at it: a rule of classify-entry.ts did. */
const IMPLIED_BY: Partial<Record<string, string>> = {
  impact: 'a measured result',
  communication: 'work with other teams',
  'technical-leadership': 'reach across the organisation',
};

function explainCompetencies(competencies: readonly CompetencyGuess[]): string {
  if (competencies.length === 0) return 'No competency stands out.';
  const parts = competencies.map((c) =>
    c.evidence.length
      ? `${c.id} (${quoted(c.evidence.slice(0, 2))})`
      : `${c.id} (${IMPLIED_BY[c.id] ?? 'the kind of work'})`,
  );
  return `Competencies: ${parts.join(', ')}.`;
}
