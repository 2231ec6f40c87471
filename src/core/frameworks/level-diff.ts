/** What changes between two levels of a framework, per competency: "what would it take to move up". */
import type { FrameworkCell, FrameworkDocument } from './framework.js';

export interface LevelStep {
  level: { id: string; name: string };
  cell: FrameworkCell | undefined;
}

export interface CompetencyDiff {
  competency: { id: string; name: string };
  /** The cell at the starting level, for contrast (what is already expected). */
  from: FrameworkCell | undefined;
  /** Every level above `from` up to and including `to`, lowest first: levels are cumulative. */
  steps: LevelStep[];
}

export type LevelDiffResult =
  | { ok: true; from: string; to: string; competencies: CompetencyDiff[] }
  | { ok: false; problem: string };

/**
 * Per competency, the expectations that are new between `fromLevel` and `toLevel`.
 * @example diffLevels(doc, 'mid', 'senior').competencies[0].steps[0].cell?.expectation
 */
export function diffLevels(doc: FrameworkDocument, fromLevel: string, toLevel: string): LevelDiffResult {
  const ids = doc.levels.map((l) => l.id);
  const from = ids.indexOf(fromLevel);
  const to = ids.indexOf(toLevel);
  const known = ids.join(', ');
  if (from < 0)
    return { ok: false, problem: `"${fromLevel}" is not a level of ${doc.name}; its levels are: ${known}` };
  if (to < 0)
    return { ok: false, problem: `"${toLevel}" is not a level of ${doc.name}; its levels are: ${known}` };
  if (to <= from)
    return {
      ok: false,
      problem: `"${toLevel}" must be above "${fromLevel}" (levels, lowest first: ${known})`,
    };
  const cell = (level: string, competency: string) =>
    doc.cells.find((c) => c.level === level && c.competency === competency);
  const competencies = doc.competencies.map((c) => ({
    competency: { id: c.id, name: c.name },
    from: cell(fromLevel, c.id),
    steps: doc.levels
      .slice(from + 1, to + 1)
      .map((l) => ({ level: { id: l.id, name: l.name }, cell: cell(l.id, c.id) })),
  }));
  return { ok: true, from: fromLevel, to: toLevel, competencies };
}

/** The cells of a framework for one level and/or one competency, in framework order. */
export function selectCells(
  doc: FrameworkDocument,
  filter: { level?: string; competency?: string },
): FrameworkCell[] {
  const levelOrder = new Map(doc.levels.map((l, i) => [l.id, i]));
  const competencyOrder = new Map(doc.competencies.map((c, i) => [c.id, i]));
  return doc.cells
    .filter(
      (c) =>
        (!filter.level || c.level === filter.level) &&
        (!filter.competency || c.competency === filter.competency),
    )
    .sort(
      (a, b) =>
        (competencyOrder.get(a.competency) ?? 0) - (competencyOrder.get(b.competency) ?? 0) ||
        (levelOrder.get(a.level) ?? 0) - (levelOrder.get(b.level) ?? 0),
    );
}
