/** Ratings, their history, self vs manager and the gap list, for people. */
import type { Assessment } from '../../core/people/assessment.js';
import type { GapList } from '../../core/people/gap-list.js';
import type { DatedRating } from '../../core/people/rating-history.js';
import { QUALIFIER_WORDS } from '../../core/people/rating-scale.js';
import type { RatingComparison, RatingHistory } from '../../services/assessments/read-assessments.js';
import { shortId } from './entry-printers.js';
import { renderTable, truncate } from './table.js';

const rated = (r: Pick<DatedRating, 'level' | 'qualifier'> | null) =>
  r ? `${QUALIFIER_WORDS[r.qualifier]} ${r.level}` : '-';

export function renderAssessmentList(list: readonly Assessment[]): string {
  if (list.length === 0)
    return 'No assessments yet: record one with `promocase assess --rate COMPETENCY=LEVEL`.\n';
  const rows = [...list]
    .reverse()
    .map((a) => [
      shortId(a.id),
      a.date,
      a.rater + (a.deletedAt ? ' (deleted)' : ''),
      truncate(
        a.ratings
          .map((r) => `${r.competency} ${r.qualifier === 'meets' ? '' : `${r.qualifier} `}${r.level}`)
          .join(', '),
        80,
      ),
    ]);
  return renderTable(['id', 'date', 'rater', 'ratings'], rows);
}

export function renderHistory(h: RatingHistory): string {
  const out: string[] = [];
  for (const c of h.competencies) {
    out.push(`${c.competency.name} (self: ${c.trajectory.self}, manager: ${c.trajectory.manager})`);
    if (c.ratings.length === 0) out.push('  not rated yet');
    for (const r of c.ratings)
      out.push(`  ${r.date}  ${r.rater.padEnd(7)}  ${rated(r)}${r.note ? ` - ${truncate(r.note, 60)}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderComparison(c: RatingComparison): string {
  const rows = c.competencies.map((r) => [
    r.competency.name,
    rated(r.self),
    rated(r.manager),
    r.difference === null
      ? ''
      : r.difference > 0
        ? `you +${r.difference}`
        : r.difference < 0
          ? `manager +${-r.difference}`
          : 'agree',
  ]);
  return renderTable(['competency', 'self', 'manager', 'difference (levels)'], rows);
}

/** @param names competency names by id, for the ones already at the target (the gap list keeps only their ids) */
export function renderGapList(g: GapList, names: ReadonlyMap<string, string> = new Map()): string {
  const out = [`Gaps to ${g.targetLevel.name} (${g.framework.name}):`];
  if (g.gaps.length === 0 && g.unrated.length === 0)
    out.push('  none: every competency is rated at the target or above.');
  for (const gap of [...g.gaps, ...g.unrated]) {
    const where = gap.rating
      ? `${rated(gap.rating)} (${gap.rating.rater}, ${gap.rating.date}), ${gap.distance} below`
      : 'not rated yet';
    out.push('', `${gap.competency.name}: ${where}`);
    for (const s of gap.signals.slice(0, 3)) out.push(`  - ${truncate(s, 110)}`);
    for (const t of gap.whatItTakes.slice(0, 2)) out.push(`  Manager (${t.date}): ${truncate(t.text, 100)}`);
    for (const goal of gap.goals) out.push(`  Goal: ${goal.title} (${goal.status})`);
  }
  if (g.atTarget.length)
    out.push('', `At the target already: ${g.atTarget.map((id) => names.get(id) ?? id).join(', ')}`);
  return `${out.join('\n')}\n`;
}
