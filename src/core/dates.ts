/** Calendar dates as the user types them, and ISO weeks; pure (today comes in as `asOf`). */
import { DomainError } from './errors.js';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const DATE_FORMS_HINT = 'a date like 2026-11-20, "today", "yesterday", "N days ago" or "last friday"';

// A work log spans a career, not history: outside these years week arithmetic leaves the four-digit
// YYYY-MM-DD form (year 0 steps into "-000001-12"), and the streak's walk over weeks never ends.
const EARLIEST_DATE = '1900-01-01';
const LATEST_DATE = '2999-12-31';
export const DATE_RANGE_HINT = `a date from ${EARLIEST_DATE} to ${LATEST_DATE}`;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // not Date.UTC: it reads years 0-99 as 19xx
  return d.toISOString().slice(0, 10) === text;
}

/** True for an ISO date within the years promocase accepts (1900-2999); check isIsoDate first. */
export function isDateInRange(date: IsoDate): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

/** The calendar date of `at` in UTC. */
export function toIsoDate(at: Date): IsoDate {
  return at.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY));
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday. */
function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The Monday that starts the ISO week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * Parses a date as a person types it, relative to `today`.
 * @example parseDateInput('last friday', '2026-11-21') // '2026-11-20'
 */
export function parseDateInput(input: string, today: IsoDate, field = 'date'): IsoDate {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDate(text)) {
    if (isDateInRange(text)) return text;
    throw new DomainError('invalid_input', `${field}: "${input}" is out of range; use ${DATE_RANGE_HINT}`, [
      { path: field, message: `expected ${DATE_RANGE_HINT}` },
    ]);
  }
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  const ago = /^(\d{1,4}) (day|days|week|weeks) ago$/.exec(text);
  if (ago) return addDays(today, -Number(ago[1]) * (ago[2]!.startsWith('week') ? 7 : 1));
  const last = /^(last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(text);
  if (last) {
    // "friday" and "last friday" both mean the most recent Friday strictly before today.
    const target = WEEKDAYS.indexOf(last[2] as (typeof WEEKDAYS)[number]);
    const back = (weekdayOf(today) - target + 7) % 7 || 7;
    return addDays(today, -back);
  }
  throw new DomainError('invalid_input', `${field}: "${input}" is not a date; use ${DATE_FORMS_HINT}`, [
    { path: field, message: `expected ${DATE_FORMS_HINT}` },
  ]);
}
