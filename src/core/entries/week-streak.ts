/** The Friday-ritual streak: consecutive ISO weeks with at least one entry, and the weeks missed. */
import { addDays, type IsoDate, weekStart } from '../dates.js';

export interface WeekStreak {
  /** Consecutive weeks with an entry, ending this week (or last week, while this week is still open). */
  current: number;
  longest: number;
  /** Monday of each week since the first entry that has no entry, newest first (this week excluded). */
  missedWeeks: IsoDate[];
  /** Whether the week containing `asOf` has an entry yet. */
  thisWeekLogged: boolean;
  weeksTracked: number;
}

/**
 * Computes the streak from the dates of live entries.
 * @example computeWeekStreak(['2026-11-20', '2026-11-13'], '2026-11-21') // current: 2
 */
export function computeWeekStreak(entryDates: Iterable<IsoDate>, asOf: IsoDate): WeekStreak {
  const thisWeek = weekStart(asOf);
  const logged = new Set<IsoDate>();
  let first: IsoDate | null = null;
  for (const date of entryDates) {
    if (date > asOf) continue; // entries dated in the future do not count yet
    const week = weekStart(date);
    logged.add(week);
    if (first === null || week < first) first = week;
  }
  if (first === null)
    return { current: 0, longest: 0, missedWeeks: [], thisWeekLogged: false, weeksTracked: 0 };

  const thisWeekLogged = logged.has(thisWeek);
  const missedWeeks: IsoDate[] = [];
  let longest = 0;
  let run = 0;
  let weeksTracked = 0;
  for (let week = first; week <= thisWeek; week = addDays(week, 7)) {
    weeksTracked++;
    if (logged.has(week)) {
      run++;
      longest = Math.max(longest, run);
    } else {
      run = 0;
      if (week !== thisWeek) missedWeeks.push(week);
    }
  }

  let current = 0;
  // While this week is still open and empty, the streak is still alive from last week.
  for (
    let week = thisWeekLogged ? thisWeek : addDays(thisWeek, -7);
    logged.has(week);
    week = addDays(week, -7)
  )
    current++;

  return { current, longest, missedWeeks: missedWeeks.reverse(), thisWeekLogged, weeksTracked };
}
