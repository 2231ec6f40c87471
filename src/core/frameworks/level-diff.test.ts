import { describe, expect, it } from 'vitest';
import { competencyChanges } from './competency-changes.js';
import type { FrameworkDocument } from './framework.js';
import { diffLevels, selectCells } from './level-diff.js';

function framework(overrides: Partial<FrameworkDocument> = {}): FrameworkDocument {
  const levels = ['one', 'two', 'three'].map((id) => ({ id, name: `Level ${id}`, summary: '' }));
  const competencies = [
    { id: 'craft', name: 'Craft', summary: '' },
    { id: 'comms', name: 'Communication', summary: '' },
  ];
  const cells = levels.flatMap((l) =>
    competencies.map((c) => ({
      level: l.id,
      competency: c.id,
      expectation: `${c.name} at ${l.name}`,
      signals: [`${c.id}-${l.id}`],
      examples: [],
    })),
  );
  return {
    format: 'promocase-framework',
    version: 1,
    id: 'test',
    name: 'Test ladder',
    description: '',
    source: '',
    levels,
    seniorLevel: 'two',
    competencies,
    cells,
    ...overrides,
  };
}

describe('diffLevels', () => {
  it('lists, per competency, every level above the start up to the target', () => {
    const diff = diffLevels(framework(), 'one', 'three');
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.competencies.map((c) => c.competency.id)).toEqual(['craft', 'comms']);
    expect(diff.competencies[0]!.from?.expectation).toBe('Craft at Level one');
    expect(diff.competencies[0]!.steps.map((s) => s.cell?.expectation)).toEqual([
      'Craft at Level two',
      'Craft at Level three',
    ]);
  });

  it('shows a missing cell as absent rather than failing', () => {
    const doc = framework();
    doc.cells = doc.cells.filter((c) => !(c.level === 'two' && c.competency === 'comms'));
    const diff = diffLevels(doc, 'one', 'two');
    expect(diff.ok && diff.competencies[1]!.steps[0]!.cell).toBeUndefined();
  });

  it('names the valid levels when a level is unknown', () => {
    expect(diffLevels(framework(), 'one', 'senior')).toEqual({
      ok: false,
      problem: '"senior" is not a level of Test ladder; its levels are: one, two, three',
    });
  });

  it('refuses a target that is not above the start', () => {
    const diff = diffLevels(framework(), 'two', 'one');
    expect(diff.ok).toBe(false);
    expect(!diff.ok && diff.problem).toContain('must be above');
  });
});

describe('selectCells', () => {
  it('filters by level and by competency, in framework order', () => {
    expect(selectCells(framework(), { level: 'two' }).map((c) => c.competency)).toEqual(['craft', 'comms']);
    expect(selectCells(framework(), { competency: 'comms' }).map((c) => c.level)).toEqual([
      'one',
      'two',
      'three',
    ]);
    expect(selectCells(framework(), { level: 'three', competency: 'craft' })).toHaveLength(1);
  });
});

describe('competencyChanges', () => {
  it('reports removed and added competencies, and a rename when the name lives on', () => {
    const before = framework();
    const after = framework({
      competencies: [
        { id: 'craft', name: 'Craft', summary: '' },
        { id: 'communication', name: 'communication', summary: '' },
        { id: 'impact', name: 'Impact', summary: '' },
      ],
    });
    expect(competencyChanges(before, after)).toEqual({
      removed: [{ id: 'comms', name: 'Communication' }],
      added: [
        { id: 'communication', name: 'communication' },
        { id: 'impact', name: 'Impact' },
      ],
      likelyRenames: [{ from: 'comms', to: 'communication' }],
    });
  });

  it('reports nothing for the same framework', () => {
    expect(competencyChanges(framework(), framework())).toEqual({
      removed: [],
      added: [],
      likelyRenames: [],
    });
  });
});
