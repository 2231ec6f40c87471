/** Per competency, how ready the case is for the target level: strength, coverage, ratings, goals; and overall. */
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { Assessment } from '../people/assessment.js';
import type { Goal } from '../people/goal.js';
import { type DatedRating, datedRatings, latestRatings } from '../people/rating-history.js';
import { levelIndex, QUALIFIER_WORDS, ratingPosition } from '../people/rating-scale.js';
import type { Evidence } from './evidence.js';
import type { Consistency } from './review-periods.js';

export type ReadinessStatus = 'strong' | 'emerging' | 'gap';

export interface CompetencyReadiness {
  competency: { id: string; name: string };
  status: ReadinessStatus;
  /** 0-100: the strength of the best five pieces of evidence. */
  strength: number;
  entries: number;
  nextLevelEntries: number;
  /** Review periods with next-level evidence for this competency. */
  periodsCovered: string[];
  self: DatedRating | null;
  manager: DatedRating | null;
  goals: Array<{ id: string; title: string; status: Goal['status'] }>;
  reasons: string[];
  /** The strongest entries behind the verdict, strongest first. */
  supporting: string[];
}

export interface OverallReadiness {
  status: 'ready' | 'close' | 'not-yet';
  /** 0-100. */
  score: number;
  sustainedMonths: number;
  counts: Record<ReadinessStatus, number>;
  explanation: string[];
}

const TOP = 5;
/** Five recent, specific, cross-team entries fill the scale; ordinary ones leave room above them. */
const STRENGTH_FULL = 3;

/** `evidence` strongest first. */
export function competencyReadiness(input: {
  framework: FrameworkDocument;
  targetLevel: string;
  evidence: readonly Evidence[];
  assessments: readonly Assessment[];
  goals: readonly Goal[];
  consistency: Consistency;
}): CompetencyReadiness[] {
  const { framework } = input;
  const target = levelIndex(framework, input.targetLevel);
  const targetName = framework.levels[target]?.name ?? input.targetLevel;
  const ratings = datedRatings(framework, input.assessments);
  const self = latestRatings(ratings, 'self');
  const manager = latestRatings(ratings, 'manager');
  // One pass over the evidence instead of one per competency: thousands of entries, tens of competencies.
  const byCompetency = new Map<string, Evidence[]>();
  for (const e of input.evidence) {
    for (const c of e.competencies) {
      const list = byCompetency.get(c);
      if (list) list.push(e);
      else byCompetency.set(c, [e]);
    }
  }
  return framework.competencies.map((c) => {
    const mine = byCompetency.get(c.id) ?? [];
    const next = mine.filter((e) => e.nextLevel);
    const strength = Math.round(
      Math.min(1, mine.slice(0, TOP).reduce((s, e) => s + e.strength, 0) / STRENGTH_FULL) * 100,
    );
    const periodsCovered = input.consistency.periods
      .filter((p) => p.competencies.includes(c.id))
      .map((p) => p.label);
    const m = manager.get(c.id) ?? null;
    const s = self.get(c.id) ?? null;
    const managerGap = m ? target - ratingPosition(framework, m) : null;
    const goals = input.goals
      .filter((g) => g.deletedAt === null && g.status !== 'dropped' && g.competencies.includes(c.id))
      .map((g) => ({ id: g.id, title: g.title, status: g.status }));

    const reasons: string[] = [];
    if (mine.length === 0) reasons.push(`No entry is tagged ${c.name} yet.`);
    else
      reasons.push(
        `${next.length} of ${mine.length} entr${mine.length === 1 ? 'y' : 'ies'} ${next.length === 1 || mine.length === 1 ? 'is' : 'are'} next-level evidence (${targetName} scope and specific).`,
      );
    if (periodsCovered.length) reasons.push(`Next-level evidence in ${periodsCovered.join(', ')}.`);
    if (m)
      reasons.push(
        `Your manager rates it ${QUALIFIER_WORDS[m.qualifier]} ${m.level} (${m.date})${managerGap !== null && managerGap <= 0 ? ', at the target' : ''}.`,
      );
    else if (s) reasons.push(`Only your own rating so far: ${QUALIFIER_WORDS[s.qualifier]} ${s.level}.`);
    if (goals.length)
      reasons.push(
        `Goal${goals.length === 1 ? '' : 's'}: ${goals.map((g) => `${g.title} (${g.status})`).join('; ')}.`,
      );

    const managerAgrees = managerGap === null || managerGap <= 1 / 3 + 1e-9;
    let status: ReadinessStatus;
    if (next.length >= 3 && periodsCovered.length >= 2 && managerAgrees) status = 'strong';
    else if (next.length >= 2 || (managerGap !== null && managerGap <= 1 / 3 + 1e-9)) status = 'emerging';
    else status = 'gap';
    if (status !== 'strong' && next.length >= 3 && periodsCovered.length < 2)
      reasons.push('It needs to show in more than one review period to count as sustained.');
    if (status !== 'strong' && next.length >= 3 && !managerAgrees)
      reasons.push("Your manager's rating is still more than a step below the target: ask what is missing.");
    return {
      competency: { id: c.id, name: c.name },
      status,
      strength,
      entries: mine.length,
      nextLevelEntries: next.length,
      periodsCovered,
      self: s,
      manager: m,
      goals,
      reasons,
      supporting: mine.slice(0, TOP).map((e) => e.entry.id),
    };
  });
}

/** The committee wants six to twelve months of sustained next-level work. */
export const SUSTAINED_MONTHS_WANTED = 6;

export function overallReadiness(
  competencies: readonly CompetencyReadiness[],
  consistency: Consistency,
  targetName: string,
): OverallReadiness {
  const counts = { strong: 0, emerging: 0, gap: 0 };
  for (const c of competencies) counts[c.status]++;
  const total = Math.max(1, competencies.length);
  const coverage = (counts.strong + counts.emerging / 2) / total;
  const sustained = Math.min(1, consistency.sustainedMonths / SUSTAINED_MONTHS_WANTED);
  const score = Math.round((coverage * 0.7 + sustained * 0.3) * 100);
  const status =
    counts.strong >= Math.ceil(total * 0.6) &&
    counts.gap === 0 &&
    consistency.sustainedMonths >= SUSTAINED_MONTHS_WANTED &&
    !consistency.oneStrongPeriod
      ? 'ready'
      : counts.gap <= Math.floor(total / 4) && consistency.sustainedMonths >= 3
        ? 'close'
        : 'not-yet';
  const explanation = [
    `Strong at ${targetName}: ${counts.strong} of ${competencies.length} competencies; ${counts.emerging} emerging; ${counts.gap} with too little next-level evidence.`,
    consistency.sustainedMonths >= SUSTAINED_MONTHS_WANTED
      ? `${consistency.sustainedMonths} months of sustained next-level evidence: what a committee wants (6-12).`
      : `${consistency.sustainedMonths} month${consistency.sustainedMonths === 1 ? '' : 's'} of sustained next-level evidence; a committee wants 6-12.`,
    consistency.summary,
  ];
  const weakest = competencies.filter((c) => c.status === 'gap').map((c) => c.competency.name);
  if (weakest.length) explanation.push(`Too little next-level evidence yet for: ${weakest.join(', ')}.`);
  return { status, score, sustainedMonths: consistency.sustainedMonths, counts, explanation };
}
