/** Where a rating sits on a framework's ladder, and which framework level a profile's target means. */
import { BUILTIN_LEVEL_IDS } from '../frameworks/builtin-ids.js';
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { Rating } from './assessment.js';
import type { Qualifier } from './people-vocabulary.js';

/**
 * A third of a level either side, so the order is: exceeds mid < working towards senior < meets senior.
 * "Working towards senior" is closer to senior than "exceeds mid" is, but not at it.
 */
const QUALIFIER_OFFSET: Record<Qualifier, number> = {
  'working-towards': -1 / 3,
  meets: 0,
  exceeds: 1 / 3,
};

export function levelIndex(framework: FrameworkDocument, levelId: string): number {
  return framework.levels.findIndex((l) => l.id === levelId);
}

/** A number to compare ratings by: the level's index plus the qualifier's third. */
export function ratingPosition(
  framework: FrameworkDocument,
  rating: Pick<Rating, 'level' | 'qualifier'>,
): number {
  return levelIndex(framework, rating.level) + QUALIFIER_OFFSET[rating.qualifier];
}

/** Rounds a distance in levels for display: 0.67, not 0.6666666. */
export function roundLevels(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The framework level that corresponds to one of the built-in ladder's levels (what a profile holds).
 * The built-in framework uses the ladder's ids; an imported one is anchored on its Senior level, and
 * the other levels are counted from there (clamped to the framework's ends).
 */
export function frameworkLevelFor(framework: FrameworkDocument, ladderLevel: string): string {
  const direct = framework.levels.find((l) => l.id === ladderLevel);
  if (direct) return direct.id;
  const ladderIndex = BUILTIN_LEVEL_IDS.indexOf(ladderLevel as never);
  const senior = levelIndex(framework, framework.seniorLevel);
  const index = Math.min(
    framework.levels.length - 1,
    Math.max(0, senior + ladderIndex - BUILTIN_LEVEL_IDS.indexOf('senior')),
  );
  return framework.levels[index]!.id;
}

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'working-towards': 'working towards',
  meets: 'meets',
  exceeds: 'exceeds',
};
