/** Readiness, objections and the committee's questions, next actions and projects, for people. */
import type { CaseAssessment } from '../../core/readiness/assess-case.js';
import { renderTable, truncate } from './table.js';

const STATUS_WORD = { strong: 'STRONG', emerging: 'emerging', gap: 'GAP' } as const;
const OVERALL_WORD = { ready: 'Ready', close: 'Close', 'not-yet': 'Not yet' } as const;

export function renderReadiness(
  a: Pick<CaseAssessment, 'target' | 'overall' | 'competencies' | 'consistency'>,
): string {
  const out = [
    `${OVERALL_WORD[a.overall.status]} for ${a.target.level.name} (${a.overall.score}/100)`,
    ...a.overall.explanation.map((e) => `  ${e}`),
    '',
    renderTable(
      ['competency', 'status', 'strength', 'next-level', 'periods', 'manager'],
      a.competencies.map((c) => [
        c.competency.name,
        STATUS_WORD[c.status],
        String(c.strength),
        `${c.nextLevelEntries}/${c.entries}`,
        c.periodsCovered.join(' ') || '-',
        c.manager ? `${c.manager.qualifier} ${c.manager.level}` : '-',
      ]),
    ).trimEnd(),
  ];
  for (const c of a.competencies.filter((x) => x.status !== 'strong')) {
    out.push('', `${c.competency.name} (${c.status}):`, ...c.reasons.map((r) => `  - ${r}`));
  }
  out.push('', 'By review period:');
  for (const p of a.consistency.periods)
    out.push(`  ${p.label.padEnd(8)} ${p.verdict.padEnd(10)} ${p.nextLevel}/${p.entries} entries next-level`);
  return `${out.join('\n')}\n`;
}

export function renderObjections(a: Pick<CaseAssessment, 'objections' | 'questions'>): string {
  const out = ['What the committee would say'];
  for (const o of a.objections) {
    out.push(`  ${o.status === 'open' ? 'OPEN    ' : 'answered'} ${o.title} ${o.reason}`);
    if (o.toAnswer) out.push(`           -> ${o.toAnswer}`);
  }
  out.push('', 'The five questions');
  for (const q of a.questions) {
    out.push(`  ${q.question}`, `    ${truncate(q.answer, 300)}`);
    if (q.toDo) out.push(`    -> ${q.toDo}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderNextActions(a: Pick<CaseAssessment, 'nextActions'>): string {
  if (a.nextActions.length === 0) return 'Nothing pressing: keep logging each week.\n';
  const out = ['Next best actions this week:'];
  a.nextActions.forEach((n, i) => {
    out.push(`  ${i + 1}. ${n.action}`, `     ${n.why}`);
    if (n.command) out.push(`     $ ${n.command}`);
  });
  return `${out.join('\n')}\n`;
}

export function renderProjects(a: Pick<CaseAssessment, 'projects'>): string {
  if (a.projects.length === 0) return 'No projects yet: give entries a --project to group them.\n';
  const out: string[] = [];
  for (const p of a.projects) {
    out.push(
      `${p.name} (${p.from} to ${p.to}, ${p.entries.length} entries): ${p.nextLevel ? 'next-level scope' : 'may read as mid-level scope'}`,
    );
    for (const r of p.reasons.slice(1)) out.push(`  - ${r}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
