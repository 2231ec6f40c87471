/** Goals with their quality check and flags, and suggested goals, for people. */
import type { GoalSuggestion } from '../../core/people/goal-suggestions.js';
import type { GoalView } from '../../services/goals/read-goals.js';
import { shortId } from './entry-printers.js';
import { renderTable, truncate } from './table.js';

export function renderGoalList(goals: readonly GoalView[]): string {
  if (goals.length === 0) return 'No goals yet: see `promocase goal suggest`, then `promocase goal add`.\n';
  const rows = goals.map((g) => [
    shortId(g.id),
    g.status + (g.deletedAt ? ' (deleted)' : ''),
    `${g.progress}%`,
    g.due ?? '-',
    `${g.quality.score}/4`,
    g.flags.map((f) => f.flag).join(', '),
    truncate(g.title, 60),
  ]);
  return renderTable(['id', 'status', 'progress', 'due', 'quality', 'attention', 'title'], rows);
}

export function renderGoal(g: GoalView): string {
  const out = [
    `${g.title}`,
    `  ${g.status}, ${g.progress}% | set ${g.date}${g.due ? ` | due ${g.due}` : ''} | competencies: ${g.competencies.join(', ') || '-'}`,
  ];
  if (g.deletedAt) out.push(`  Deleted: restore it with \`promocase goal restore ${shortId(g.id)}\`.`);
  if (g.gap) out.push(`  Gap: ${g.gap}`);
  if (g.deliverable) out.push(`  Deliverable: ${g.deliverable}`);
  if (g.impact) out.push(`  Impact: ${g.impact}`);
  for (const f of g.flags) out.push(`  ${f.flag.toUpperCase()}: ${f.reason}`);
  out.push(`  Quality ${g.quality.score}/4:`);
  for (const c of g.quality.checks) {
    out.push(`    ${c.ok ? 'ok ' : 'fix'} ${c.criterion}: ${c.reason}`);
    if (c.suggestion) out.push(`        -> ${c.suggestion}`);
  }
  for (const c of g.checkIns) out.push(`  ${c.date} ${String(c.progress).padStart(3)}%  ${c.note}`);
  if (g.entryIds.length) out.push(`  Evidence: ${g.entryIds.map(shortId).join(', ')}`);
  return `${out.join('\n')}\n`;
}

export function renderSuggestions(list: readonly GoalSuggestion[]): string {
  if (list.length === 0)
    return 'No suggestions: every gap already has a planned or active goal (or there are no gaps).\n';
  const out: string[] = [];
  for (const s of list) {
    out.push(`${s.goal.due}  ${s.goal.title}`, `  ${s.why}`, `  ${s.goal.gap}`);
    out.push(
      `  promocase goal add "${s.goal.title.replaceAll('"', "'")}" -c ${s.goal.competencies.join(',')} --due ${s.goal.due} --deliverable "..." --vouch "..." --impact "..."`,
      '',
    );
  }
  return `${out.join('\n')}`;
}
