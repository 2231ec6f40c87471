/** Goals that need attention: overdue, stalled (no check-in or linked evidence for a month), not started. */
import { daysBetween } from '../dates.js';
import { dueDateOf, type Goal } from './goal.js';

export type GoalFlag = 'overdue' | 'stalled' | 'not-started';

export interface FlaggedGoal {
  flag: GoalFlag;
  reason: string;
}

/** A month without a check-in or new evidence: long enough to be a pattern, short enough to recover in a quarter. */
export const STALLED_AFTER_DAYS = 30;

/**
 * @param linkedEntryDates dates of the live log entries linked to the goal
 */
export function goalFlags(goal: Goal, today: string, linkedEntryDates: readonly string[]): FlaggedGoal[] {
  if (goal.deletedAt !== null || goal.status === 'done' || goal.status === 'dropped') return [];
  const flags: FlaggedGoal[] = [];
  if (goal.due) {
    const late = daysBetween(dueDateOf(goal.due), today);
    if (late > 0)
      flags.push({ flag: 'overdue', reason: `due ${goal.due}, ${late} day${late === 1 ? '' : 's'} ago` });
  }
  const activity = [goal.date, ...goal.checkIns.map((c) => c.date), ...linkedEntryDates].sort().at(-1)!;
  const idle = daysBetween(activity, today);
  if (goal.status === 'active' && idle > STALLED_AFTER_DAYS) {
    flags.push({
      flag: 'stalled',
      reason: `no check-in or linked entry for ${idle} days (last on ${activity})`,
    });
  }
  if (goal.status === 'planned' && idle > STALLED_AFTER_DAYS) {
    flags.push({ flag: 'not-started', reason: `planned on ${goal.date} and not started for ${idle} days` });
  }
  return flags;
}
