// The cells of the 52-week heatmap: one per day, a week per column, counted from entry dates.
import { addDays, mondayOf } from './dates';

export const WEEKS = 52;

export interface HeatmapCell {
  /** The week, 0 = the oldest. */
  x: number;
  /** The weekday, 0 = Monday. */
  y: number;
  date: string;
  count: number;
  /** The day falls in a week the streak counts as missed (tracked, nothing logged). */
  missed: boolean;
}

/**
 * One cell per day of the 52 weeks ending with the week of `today`; days after today are left out.
 * `missedWeeks` are the Mondays of the weeks the streak reports as missed.
 */
export function heatmapCells(
  dates: readonly string[],
  today: string,
  missedWeeks: readonly string[] = [],
): HeatmapCell[] {
  const missed = new Set(missedWeeks);
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  const first = addDays(mondayOf(today), -7 * (WEEKS - 1));
  const cells: HeatmapCell[] = [];
  for (let week = 0; week < WEEKS; week++) {
    const monday = addDays(first, week * 7);
    for (let day = 0; day < 7; day++) {
      const date = addDays(monday, day);
      if (date > today) break;
      cells.push({ x: week, y: day, date, count: counts.get(date) ?? 0, missed: missed.has(monday) });
    }
  }
  return cells;
}
