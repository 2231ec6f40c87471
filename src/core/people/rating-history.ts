/** Ratings over time: the latest per competency, the history and trajectory, self against manager. */
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { Assessment, Rating } from './assessment.js';
import type { Rater } from './people-vocabulary.js';
import { ratingPosition, roundLevels } from './rating-scale.js';

export interface DatedRating extends Rating {
  date: string;
  rater: Rater;
  assessmentId: string;
}

/** Every rating of one framework, oldest first (ties by record creation). */
export function datedRatings(
  framework: FrameworkDocument,
  assessments: readonly Assessment[],
): DatedRating[] {
  return assessments
    .filter((a) => a.framework === framework.id && a.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .flatMap((a) => a.ratings.map((r) => ({ ...r, date: a.date, rater: a.rater, assessmentId: a.id })));
}

/** The latest rating per competency by one rater. */
export function latestRatings(ratings: readonly DatedRating[], rater: Rater): Map<string, DatedRating> {
  const latest = new Map<string, DatedRating>();
  for (const r of ratings) if (r.rater === rater) latest.set(r.competency, r);
  return latest;
}

export type Trajectory = 'rising' | 'flat' | 'falling' | 'single' | 'unrated';

export interface CompetencyHistory {
  competency: { id: string; name: string };
  ratings: Array<DatedRating & { position: number }>;
  trajectory: Record<Rater, Trajectory>;
}

function trajectoryOf(positions: number[]): Trajectory {
  if (positions.length === 0) return 'unrated';
  if (positions.length === 1) return 'single';
  const change = positions[positions.length - 1]! - positions[0]!;
  return Math.abs(change) < 0.01 ? 'flat' : change > 0 ? 'rising' : 'falling';
}

/** Per competency of the framework, every rating in date order and where each rater's ratings are heading. */
export function competencyHistories(
  framework: FrameworkDocument,
  assessments: readonly Assessment[],
): CompetencyHistory[] {
  const all = datedRatings(framework, assessments);
  return framework.competencies.map((c) => {
    const ratings = all
      .filter((r) => r.competency === c.id)
      .map((r) => ({ ...r, position: roundLevels(ratingPosition(framework, r)) }));
    const of = (rater: Rater) =>
      trajectoryOf(ratings.filter((r) => r.rater === rater).map((r) => r.position));
    return {
      competency: { id: c.id, name: c.name },
      ratings,
      trajectory: { self: of('self'), manager: of('manager') },
    };
  });
}

export interface RaterComparison {
  competency: { id: string; name: string };
  self: DatedRating | null;
  manager: DatedRating | null;
  /** Self minus manager, in levels: positive when the engineer rates themselves higher. Null unless both rated. */
  difference: number | null;
}

/** Self against manager per competency, largest disagreements first, then those only one side rated. */
export function compareRaters(
  framework: FrameworkDocument,
  assessments: readonly Assessment[],
): RaterComparison[] {
  const all = datedRatings(framework, assessments);
  const self = latestRatings(all, 'self');
  const manager = latestRatings(all, 'manager');
  const rows = framework.competencies.map((c) => {
    const s = self.get(c.id) ?? null;
    const m = manager.get(c.id) ?? null;
    const difference =
      s && m ? roundLevels(ratingPosition(framework, s) - ratingPosition(framework, m)) : null;
    return { competency: { id: c.id, name: c.name }, self: s, manager: m, difference };
  });
  const weight = (r: RaterComparison) =>
    r.difference === null ? (r.self || r.manager ? -1 : -2) : Math.abs(r.difference);
  return rows.sort((a, b) => weight(b) - weight(a));
}
