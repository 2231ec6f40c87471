/** The gap list: the competencies below the target level, furthest first, with what the next level asks for. */
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { Assessment } from './assessment.js';
import type { Goal } from './goal.js';
import { type DatedRating, datedRatings, latestRatings } from './rating-history.js';
import { levelIndex, ratingPosition, roundLevels } from './rating-scale.js';

export interface Gap {
  competency: { id: string; name: string };
  /** The rating the gap is measured from: the manager's latest, else the engineer's own. Null when unrated. */
  rating: DatedRating | null;
  /** Levels between the rating and the target (0.33 = one qualifier step); null when unrated. */
  distance: number | null;
  /** What the framework expects at the target level for this competency. */
  expectation: string | null;
  signals: string[];
  /** The manager's "what it would take" notes for this competency, newest first. */
  whatItTakes: Array<{ date: string; text: string }>;
  /** Planned or active goals that name this competency. */
  goals: Array<{ id: string; title: string; status: Goal['status'] }>;
}

export interface GapList {
  framework: { id: string; name: string };
  targetLevel: { id: string; name: string };
  /** Competencies rated below the target, furthest first. */
  gaps: Gap[];
  /** Competencies nobody has rated yet: their distance is unknown until the manager rates them. */
  unrated: Gap[];
  /** Competencies already rated at or above the target. */
  atTarget: string[];
}

/**
 * Builds the gap list for `targetLevel` (a level id of `framework`). The manager's rating counts over the
 * engineer's own, because it is the one the committee hears.
 */
export function buildGapList(input: {
  framework: FrameworkDocument;
  targetLevel: string;
  assessments: readonly Assessment[];
  goals: readonly Goal[];
}): GapList {
  const { framework, targetLevel } = input;
  const target = levelIndex(framework, targetLevel);
  const ratings = datedRatings(framework, input.assessments);
  const manager = latestRatings(ratings, 'manager');
  const self = latestRatings(ratings, 'self');
  const gaps: Gap[] = [];
  const unrated: Gap[] = [];
  const atTarget: string[] = [];
  for (const c of framework.competencies) {
    const rating = manager.get(c.id) ?? self.get(c.id) ?? null;
    const distance = rating ? roundLevels(target - ratingPosition(framework, rating)) : null;
    if (distance !== null && distance <= 0) {
      atTarget.push(c.id);
      continue;
    }
    const cell = framework.cells.find((x) => x.competency === c.id && x.level === targetLevel);
    const gap: Gap = {
      competency: { id: c.id, name: c.name },
      rating,
      distance,
      expectation: cell?.expectation ?? null,
      signals: cell?.signals ?? [],
      whatItTakes: ratings
        .filter((r) => r.rater === 'manager' && r.competency === c.id && r.whatItTakes.trim() !== '')
        .map((r) => ({ date: r.date, text: r.whatItTakes }))
        .reverse(),
      goals: input.goals
        .filter(
          (g) =>
            g.deletedAt === null &&
            (g.status === 'planned' || g.status === 'active') &&
            g.competencies.includes(c.id),
        )
        .map((g) => ({ id: g.id, title: g.title, status: g.status })),
    };
    (distance === null ? unrated : gaps).push(gap);
  }
  gaps.sort((a, b) => b.distance! - a.distance!);
  const level = framework.levels[target]!;
  return {
    framework: { id: framework.id, name: framework.name },
    targetLevel: { id: level.id, name: level.name },
    gaps,
    unrated,
    atTarget,
  };
}
