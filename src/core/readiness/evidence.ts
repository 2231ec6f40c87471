/**
 * One entry as evidence: how strong it is (specificity, a metric, scope, recency) and whether it is
 * next-level: at the scope the target level works at, and specific enough for a committee to believe.
 */
import type { Entry } from '../entries/entry.js';
import type { EntryScope } from '../entries/entry-vocabulary.js';
import type { BuiltinLevelId } from '../frameworks/builtin-ids.js';
import type { EntryQuality } from './case-input.js';
import type { TextCues } from './text-cues.js';

export const SCOPE_RANK: Record<EntryScope, number> = { individual: 0, team: 1, 'cross-team': 2, org: 3 };

/** The scope of work each ladder level is measured at (FACTS: L5 team, L6 org; senior owns a system and its team). */
export const SCOPE_FOR_LEVEL: Record<BuiltinLevelId, EntryScope> = {
  junior: 'individual',
  mid: 'individual',
  senior: 'team',
  staff: 'cross-team',
  'senior-staff': 'org',
  principal: 'org',
};

/** Below this specificity an entry reads as a task list line: a committee will not lean on it. */
export const SPECIFIC_ENOUGH = 45;
/** Evidence loses half its weight in about nine months: committees look at the last cycle or two. */
const HALF_LIFE_DAYS = 270;

export interface Evidence {
  entry: Entry;
  /** The entry's own competencies, or the analysis's suggestion when it has none. */
  competencies: string[];
  quality: number;
  metric: boolean;
  /** 0-1: quality x scope x recency. */
  strength: number;
  /** The entry's date as days since 1970, for quick date arithmetic over thousands of entries. */
  day: number;
  cues: TextCues;
  nextLevel: boolean;
}

export function toEvidence(
  entry: Entry,
  q: EntryQuality | undefined,
  requiredScope: EntryScope,
  /** Today as `dayNumber(today)`: computed once for thousands of entries. */
  todayDay: number,
): Evidence {
  const specificity = q?.specificity ?? 0;
  const metric = q?.metric ?? false;
  const quality = Math.min(100, specificity + (metric ? 10 : 0));
  const scopeFactor = 0.4 + 0.2 * SCOPE_RANK[entry.scope];
  const day = dayNumber(entry.date);
  const age = Math.max(0, todayDay - day);
  const recency = 0.5 ** (age / HALF_LIFE_DAYS);
  return {
    entry,
    competencies: entry.competencies.length ? entry.competencies : [...(q?.competencies ?? [])],
    quality,
    metric,
    strength: (quality / 100) * scopeFactor * recency,
    day,
    cues: { ambiguity: q?.ambiguity ?? false, decision: q?.decision ?? false },
    nextLevel: SCOPE_RANK[entry.scope] >= SCOPE_RANK[requiredScope] && quality >= SPECIFIC_ENOUGH,
  };
}

/** Strongest first. */
export function byStrength(a: Evidence, b: Evidence): number {
  return b.strength - a.strength || b.day - a.day;
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}
