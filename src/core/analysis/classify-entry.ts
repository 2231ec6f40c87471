/** Kind, scope and competencies of an entry, from the weighted cues of entry-lexicon.ts. */

import type { EntryKind, EntryScope } from '../entries/entry-vocabulary.js';
import { BUILTIN_COMPETENCY_IDS, type BuiltinCompetencyId } from '../frameworks/builtin-ids.js';
import { COMPETENCY_CUES, type Cue, KIND_CUES, OTHER_CUES, SCOPE_CUES } from './entry-lexicon.js';
import type { ParsedText } from './parse-text.js';

export interface CueMatch {
  score: number;
  /** The words that matched, strongest cue first: the evidence a reason quotes. */
  words: string[];
}

/** Sums the weights of the cues that match; a cue counts at most twice so one repeated word cannot win alone. */
export function matchCues(cues: readonly Cue[], line: string): CueMatch {
  let score = 0;
  const found: { word: string; weight: number }[] = [];
  for (const { pattern, weight } of cues) {
    const hits = line.match(pattern) ?? [];
    score += weight * Math.min(hits.length, 2);
    for (const hit of hits) found.push({ word: hit.trim(), weight });
  }
  const words = [...new Set(found.sort((a, b) => b.weight - a.weight).map((f) => f.word))];
  return { score, words };
}

export function scoreCues(cues: readonly Cue[], line: string): number {
  return matchCues(cues, line).score;
}

/** When two kinds score the same, the rarer, more telling one wins. */
const KIND_PRIORITY: ReadonlyArray<Exclude<EntryKind, 'other'>> = [
  'incident',
  'mentoring',
  'design',
  'process',
  'tech-debt',
  'feature',
];

export interface KindGuess {
  kind: EntryKind;
  scores: Record<EntryKind, number>;
  /** The words that decided it. */
  evidence: string[];
}

export function classifyKind(parsed: ParsedText): KindGuess {
  const line = parsed.lemmas;
  const scores = { other: scoreCues(OTHER_CUES, line) } as Record<EntryKind, number>;
  for (const kind of KIND_PRIORITY) scores[kind] = scoreCues(KIND_CUES[kind], line);
  let best: EntryKind = 'other';
  let bestScore = 0;
  for (const kind of KIND_PRIORITY) {
    if (scores[kind] > bestScore) {
      best = kind;
      bestScore = scores[kind];
    }
  }
  // Learning, events and admin are "other" unless the text is plainly about delivering something.
  if (scores.other >= 4 && bestScore < scores.other + 2) best = 'other';
  if (bestScore < 2) best = 'other';
  const evidence = matchCues(best === 'other' ? OTHER_CUES : KIND_CUES[best], line).words;
  return { kind: best, scores, evidence };
}

export interface ScopeGuess {
  scope: EntryScope;
  evidence: string[];
}

export function classifyScope(parsed: ParsedText, kind: EntryKind, metric: boolean): ScopeGuess {
  const line = parsed.words;
  const org = matchCues(SCOPE_CUES.org, line);
  if (org.score >= 6) return { scope: 'org', evidence: org.words };
  const cross = matchCues(SCOPE_CUES['cross-team'], line);
  if (cross.score >= 4) return { scope: 'cross-team', evidence: cross.words };
  // Most logged work is for one's team; "individual" needs a sign that it stayed within one's own tasks.
  const team = matchCues(SCOPE_CUES.team, line);
  const individual = matchCues(SCOPE_CUES.individual, line);
  const individualScore = individual.score + (kind === 'other' ? 4 : 0);
  if (individualScore >= 3 && individualScore >= team.score + (metric ? 2 : 0))
    return { scope: 'individual', evidence: individual.words };
  return { scope: 'team', evidence: team.words };
}

/** The competency each kind is evidence for first. */
const KIND_COMPETENCY: Record<EntryKind, BuiltinCompetencyId | undefined> = {
  feature: 'craft',
  incident: 'ownership',
  design: 'system-design',
  mentoring: 'multiplier',
  'tech-debt': 'craft',
  process: 'multiplier',
  other: undefined,
};

/** A competency needs this much evidence to be suggested: a kind's own competency or two cues. */
const MIN_SCORE = 4;

/** Delivering (shipping, launching, leading) is ownership; building it by hand is craft; saving money is impact. */
const DELIVERY =
  /\b(?:ship|shipped|launch\w*|deliver\w*|release|released|rollout|roll out|led|lead|own|owned|drove|go live|went live)\b/;
const SAVING = /\b(?:bill|cost|spend|saving|save\w*|\$|€|£)\b/;

function primaryCompetency(kind: EntryKind, line: string): BuiltinCompetencyId | undefined {
  if (kind === 'feature' && DELIVERY.test(line)) return 'ownership';
  if (kind === 'tech-debt' && SAVING.test(line)) return 'impact';
  return KIND_COMPETENCY[kind];
}

export interface CompetencyContext {
  kind: EntryKind;
  scope: EntryScope;
  metric: boolean;
  max: number;
}

export interface CompetencyGuess {
  id: BuiltinCompetencyId;
  /** The words that point at it; empty when the kind of work alone does. */
  evidence: string[];
}

/** Scores every built-in competency and keeps the strongest (1 to `max`), best first. */
export function suggestCompetencies(parsed: ParsedText, context: CompetencyContext): CompetencyGuess[] {
  const line = parsed.lemmas;
  const scores = new Map<BuiltinCompetencyId, number>();
  const evidence = new Map<BuiltinCompetencyId, string[]>();
  for (const id of BUILTIN_COMPETENCY_IDS) {
    const match = matchCues(COMPETENCY_CUES[id], line);
    scores.set(id, match.score);
    evidence.set(id, match.words);
  }
  const add = (id: BuiltinCompetencyId, points: number) => scores.set(id, (scores.get(id) ?? 0) + points);

  const primary = primaryCompetency(context.kind, line);
  if (primary) add(primary, 4);
  // A feature with a measured result is evidence of impact, whatever the measure names.
  if (context.metric && (context.kind === 'feature' || (scores.get('impact') ?? 0) > 0)) add('impact', 3);
  if (context.metric && context.kind === 'feature') add('impact', 2);
  // Reach changes what the work shows: beyond the team it is communication, across the org leadership.
  if (context.scope === 'cross-team') add('communication', 3);
  if (context.scope === 'org') {
    add('technical-leadership', 3);
    add('communication', 1);
  }
  if (context.kind === 'design') add('technical-leadership', 1);

  const ranked = [...scores.entries()].filter(([, score]) => score >= MIN_SCORE).sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  // Keep the clear signals: anything within reach of the best one.
  const kept = ranked.filter(([, score]) => score >= Math.max(MIN_SCORE, top * 0.4)).slice(0, context.max);
  // The kind's own competency leads: a mentoring entry is first of all evidence of multiplying others.
  const ids = kept.map(([id]) => id);
  const ordered = primary && ids.includes(primary) ? [primary, ...ids.filter((id) => id !== primary)] : ids;
  return ordered.map((id) => ({ id, evidence: evidence.get(id) ?? [] }));
}
