/** Suggested goals from the gap list: the furthest gaps first, about one per quarter. */

import type { GapList } from './gap-list.js';
import type { CreateGoalInput } from './goal.js';

export interface GoalSuggestion {
  /** A goal ready to create as is, or to edit first. */
  goal: CreateGoalInput & { due: string; competencies: string[] };
  /** Why this one, in this quarter. */
  why: string;
}

/** The quarter `date` falls in, and the ones after it: `2026-Q4`, `2027-Q1`... */
export function quartersFrom(date: string, count: number): string[] {
  let year = Number(date.slice(0, 4));
  let quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${quarter}`);
    quarter++;
    if (quarter > 4) {
      quarter = 1;
      year++;
    }
  }
  return out;
}

/** Four quarters: a year of goals is as far ahead as a plan stays true. */
const HORIZON = 4;

/**
 * One goal per quarter for the furthest gaps that have no planned or active goal yet. The first quarter is
 * the next one when fewer than 45 days of the current quarter remain.
 */
export function suggestGoals(gapList: GapList, today: string): GoalSuggestion[] {
  const open = [...gapList.gaps, ...gapList.unrated].filter((g) => g.goals.length === 0);
  const daysLeft = daysLeftInQuarter(today);
  const quarters = quartersFrom(today, HORIZON + 1).slice(daysLeft < 45 ? 1 : 0);
  return open.slice(0, HORIZON).map((gap, i) => {
    const signal = gap.signals[0];
    const takes = gap.whatItTakes[0]?.text;
    const measured =
      gap.distance === null
        ? 'not rated yet'
        : `${gap.distance} level${gap.distance === 1 ? '' : 's'} below ${gapList.targetLevel.name}`;
    return {
      goal: {
        title: truncate(
          `${gap.competency.name}: ${signal ?? `operate at ${gapList.targetLevel.name} level`}`,
          200,
        ),
        competencies: [gap.competency.id],
        gap: truncate(
          [`${gap.competency.name} is ${measured}.`, takes ? `Your manager said it would take: ${takes}` : '']
            .filter(Boolean)
            .join(' '),
          5_000,
        ),
        deliverable: '',
        impact: '',
        due: quarters[i]!,
        status: 'planned',
      },
      why:
        gap.distance === null
          ? `${gap.competency.name} has no rating yet; a goal here also gives your manager something to rate.`
          : `${gap.competency.name} is one of your furthest gaps (${measured}); one goal a quarter keeps the plan doable.`,
    };
  });
}

function daysLeftInQuarter(today: string): number {
  const [quarter] = quartersFrom(today, 1);
  const year = Number(quarter!.slice(0, 4));
  const lastMonth = Number(quarter!.slice(6)) * 3;
  const end = Date.UTC(year, lastMonth, 0);
  return Math.round((end - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
