/** How frameworks look on the terminal: the list, the cells of a level or competency, and a level diff. */
import type { FrameworkCell, FrameworkDocument } from '../../core/frameworks/framework.js';
import type { FrameworkDiff, FrameworkSummary } from '../../services/frameworks/read-frameworks.js';
import { renderTable } from './table.js';

export function renderFrameworkList(frameworks: readonly FrameworkSummary[]): string {
  return renderTable(
    ['ID', 'LEVELS', 'COMPETENCIES', 'SENIOR', 'NAME'],
    frameworks.map((f) => [
      f.id,
      String(f.levels),
      String(f.competencies),
      f.seniorLevel,
      f.builtin ? `${f.name} (built-in)` : f.name,
    ]),
  );
}

function renderCell(cell: FrameworkCell, indent: string): string[] {
  const lines = [`${indent}${cell.expectation}`];
  if (cell.signals.length) lines.push(`${indent}Signals:`, ...cell.signals.map((s) => `${indent}  - ${s}`));
  if (cell.examples.length)
    lines.push(`${indent}Example evidence:`, ...cell.examples.map((e) => `${indent}  - ${e}`));
  return lines;
}

/** The framework's cells, grouped by competency, for the chosen level and/or competency. */
export function renderFrameworkCells(doc: FrameworkDocument, cells: readonly FrameworkCell[]): string {
  const levelName = new Map(doc.levels.map((l) => [l.id, l.name]));
  const out = [
    `${doc.name}`,
    `Levels (lowest first): ${doc.levels.map((l) => l.id).join(', ')}; Senior is ${doc.seniorLevel}.`,
    '',
  ];
  for (const competency of doc.competencies) {
    const mine = cells.filter((c) => c.competency === competency.id);
    if (mine.length === 0) continue;
    out.push(`${competency.name} (${competency.id})`);
    for (const cell of mine)
      out.push(`  ${levelName.get(cell.level) ?? cell.level}:`, ...renderCell(cell, '    '), '');
  }
  if (cells.length === 0) out.push('Nothing matches.');
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderFrameworkDiff(diff: FrameworkDiff): string {
  const out = [`${diff.framework.name}: from ${diff.from} to ${diff.to}, what each competency adds`, ''];
  for (const c of diff.competencies) {
    out.push(`${c.competency.name} (${c.competency.id})`);
    if (c.from) out.push(`  Now (${diff.from}): ${c.from.expectation}`);
    for (const step of c.steps) {
      out.push(`  At ${step.level.name}:`);
      out.push(
        ...(step.cell ? renderCell(step.cell, '    ') : ['    (the framework says nothing new here)']),
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
