/**
 * Review periods of the profile's cadence (quarters, halves or years) and, per period, the next-level
 * evidence in it: a committee asks whether the work is sustained or "one good quarter".
 */
import type { ReviewCadence } from '../profile/review-cadence.js';
import { dayNumber, type Evidence } from './evidence.js';

export interface ReviewPeriod {
  label: string;
  start: string;
  end: string;
}

export interface PeriodEvidence extends ReviewPeriod {
  entries: number;
  nextLevel: number;
  /** Competencies with next-level evidence in the period. */
  competencies: string[];
  verdict: 'next-level' | 'some' | 'none';
}

export interface Consistency {
  periods: PeriodEvidence[];
  /** Months from the first next-level entry of the current unbroken run to today (0 without any). */
  sustainedMonths: number;
  /** Exactly one strong period with thin ones around it: the "one good quarter" pattern. */
  oneStrongPeriod: PeriodEvidence | null;
  summary: string;
}

const MONTHS: Record<ReviewCadence, number> = { quarterly: 3, 'half-yearly': 6, yearly: 12 };
/** How many periods back the consistency view looks: about two years, at least four periods. */
const LOOK_BACK: Record<ReviewCadence, number> = { quarterly: 8, 'half-yearly': 4, yearly: 3 };
/** A gap longer than this between next-level entries breaks a run. */
const RUN_BREAK_DAYS = 75;
/** A period counts as next-level with this many next-level entries. */
const STRONG_PERIOD = 2;

function periodOf(date: string, cadence: ReviewCadence): ReviewPeriod {
  const months = MONTHS[cadence];
  const year = Number(date.slice(0, 4));
  const index = Math.floor((Number(date.slice(5, 7)) - 1) / months);
  const startMonth = index * months + 1;
  const endMonth = startMonth + months - 1;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const label =
    cadence === 'quarterly'
      ? `${year}-Q${index + 1}`
      : cadence === 'half-yearly'
        ? `${year}-H${index + 1}`
        : `${year}`;
  return {
    label,
    start: `${year}-${String(startMonth).padStart(2, '0')}-01`,
    end: `${year}-${String(endMonth).padStart(2, '0')}-${lastDay}`,
  };
}

function previousPeriod(p: ReviewPeriod, cadence: ReviewCadence): ReviewPeriod {
  const d = new Date(`${p.start}T00:00:00Z`);
  d.setUTCDate(0); // the last day of the month before
  return periodOf(d.toISOString().slice(0, 10), cadence);
}

/** The last periods up to the one containing `today`, oldest first; never before the first entry's period. */
export function reviewPeriods(
  cadence: ReviewCadence,
  today: string,
  firstEntry: string | undefined,
): ReviewPeriod[] {
  const periods = [periodOf(today, cadence)];
  while (periods.length < LOOK_BACK[cadence]) {
    const previous = previousPeriod(periods[0]!, cadence);
    if (!firstEntry || previous.end < firstEntry) break;
    periods.unshift(previous);
  }
  return periods;
}

export function consistency(
  evidence: readonly Evidence[],
  cadence: ReviewCadence,
  today: string,
): Consistency {
  const dates = evidence.map((e) => e.entry.date).sort();
  const periods = reviewPeriods(cadence, today, dates[0]).map((p): PeriodEvidence => {
    const inside = evidence.filter((e) => e.entry.date >= p.start && e.entry.date <= p.end);
    const strong = inside.filter((e) => e.nextLevel);
    return {
      ...p,
      entries: inside.length,
      nextLevel: strong.length,
      competencies: [...new Set(strong.flatMap((e) => e.competencies))].sort(),
      verdict: strong.length >= STRONG_PERIOD ? 'next-level' : strong.length > 0 ? 'some' : 'none',
    };
  });
  const sustainedMonths = sustainedRun(evidence, today);
  // The current period is still open: judge the pattern on the closed ones plus it only if it is strong.
  const judged = periods.filter((p, i) => i < periods.length - 1 || p.verdict === 'next-level');
  const strongOnes = judged.filter((p) => p.verdict === 'next-level');
  const oneStrongPeriod = judged.length >= 3 && strongOnes.length === 1 ? strongOnes[0]! : null;
  const [unit, units] =
    cadence === 'quarterly'
      ? ['quarter', 'quarters']
      : cadence === 'half-yearly'
        ? ['half', 'halves']
        : ['year', 'years'];
  const summary = oneStrongPeriod
    ? `Only ${oneStrongPeriod.label} shows next-level work; the ${units} around it are thin. A committee will call it one good ${unit}.`
    : strongOnes.length >= 2
      ? `${strongOnes.length} of the last ${judged.length} ${units} show next-level work; ${sustainedMonths} month${sustainedMonths === 1 ? '' : 's'} sustained.`
      : strongOnes.length === 0
        ? `No ${unit} shows next-level work yet.`
        : `Next-level work shows in ${strongOnes.map((p) => p.label).join(', ')}; keep it going for the committee to see it sustained.`;
  return { periods, sustainedMonths, oneStrongPeriod, summary };
}

/** Months covered by the latest run of next-level entries with no gap over ~10 weeks, ending today. */
function sustainedRun(evidence: readonly Evidence[], today: string): number {
  const days = [...new Set(evidence.filter((e) => e.nextLevel).map((e) => e.day))].sort((a, b) => b - a);
  if (days.length === 0) return 0;
  const now = dayNumber(today);
  if (now - days[0]! > RUN_BREAK_DAYS) return 0;
  let start = days[0]!;
  for (const d of days.slice(1)) {
    if (start - d > RUN_BREAK_DAYS) break;
    start = d;
  }
  return Math.round((now - start) / 30.44);
}
