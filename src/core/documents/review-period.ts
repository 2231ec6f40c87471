/** The review period a document covers by default, from the profile's cadence and next calibration. */
import { addDays } from '../dates.js';
import type { ReviewCadence } from '../profile/review-cadence.js';

export interface DateRange {
  since: string;
  until: string;
}

const MONTHS: Record<ReviewCadence, number> = { quarterly: 3, 'half-yearly': 6, yearly: 12 };

/** `date` moved by whole months, clamped to the month's last day (2026-08-31 - 6 months = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The period the next review judges. With a next calibration date ahead, it is the cadence's length
 * ending on that date (what the committee will look at), or as many such periods as reach today;
 * otherwise the calendar quarter, half or year
 * that contains `asOf`.
 * @example currentReviewPeriod('half-yearly', null, '2026-11-21') // { since: '2026-07-01', until: '2026-12-31' }
 */
export function currentReviewPeriod(
  cadence: ReviewCadence,
  nextCalibration: string | null,
  asOf: string,
): DateRange & { basis: string } {
  const months = MONTHS[cadence];
  if (nextCalibration && nextCalibration >= asOf) {
    // Nothing is judged between today and that calibration, so when it is more than one period away
    // the period reaches back, a whole period at a time, until today is in it: otherwise every
    // document would leave out what the engineer did this week.
    let periods = 1;
    let since = addDays(addMonths(nextCalibration, -months), 1);
    while (since > asOf) {
      periods++;
      since = addDays(addMonths(nextCalibration, -months * periods), 1);
    }
    return {
      since,
      until: nextCalibration,
      basis:
        periods === 1
          ? `the ${cadence} review period ending at the next calibration on ${nextCalibration}`
          : `the ${periods} ${cadence} review periods up to the next calibration on ${nextCalibration}, today included`,
    };
  }
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const startMonth = Math.floor((m - 1) / months) * months + 1;
  const since = `${String(y).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`;
  return {
    since,
    until: addDays(addMonths(since, months), -1),
    basis: `the current ${cadence === 'quarterly' ? 'quarter' : cadence === 'yearly' ? 'year' : 'half'}`,
  };
}

/** The twelve months up to and including `asOf`. */
export function lastTwelveMonths(asOf: string): DateRange & { basis: string } {
  return { since: addDays(addMonths(asOf, -12), 1), until: asOf, basis: 'the last twelve months' };
}
