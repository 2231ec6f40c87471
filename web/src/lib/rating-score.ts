// Puts a rating (a level and a qualifier) on the same 0-100 scale as evidence strength, so self, manager
// and evidence can share one chart: 100 is "meets" at the target level.

const QUALIFIER_STEP: Record<string, number> = { 'working-towards': -1, meets: 0, exceeds: 1 };
/** A level holds three steps (working towards, meets, exceeds); each step is this many points. */
const POINTS_PER_STEP = 100 / 6;

/**
 * The score of a rating against the target level, clamped to 0-120: meets at the target is 100, working
 * towards it about 83, meets one level below about 50. Null when the rating is missing or its level is
 * not in the framework's ladder (a rating from another framework).
 * @example ratingScore({ level: 'senior', qualifier: 'meets' }, ['mid', 'senior', 'staff'], 'senior') // 100
 */
export function ratingScore(
  rating: { level: string; qualifier: string } | null | undefined,
  levels: readonly string[],
  target: string,
): number | null {
  if (!rating) return null;
  const at = levels.indexOf(rating.level);
  const goal = levels.indexOf(target);
  if (at < 0 || goal < 0) return null;
  const steps = (at - goal) * 3 + (QUALIFIER_STEP[rating.qualifier] ?? 0);
  return Math.round(Math.min(120, Math.max(0, 100 + steps * POINTS_PER_STEP)));
}
