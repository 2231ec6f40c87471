import { describe, expect, it } from 'vitest';
import { assessment, goal, rating } from '../../../tests/support/people-builders.js';
import { BUILTIN_FRAMEWORK } from '../frameworks/builtin-framework.js';
import { buildGapList } from './gap-list.js';
import { compareRaters, competencyHistories } from './rating-history.js';
import { frameworkLevelFor, ratingPosition } from './rating-scale.js';

const fw = BUILTIN_FRAMEWORK;

describe('the rating scale', () => {
  it('puts "working towards senior" between "exceeds mid" and "meets senior"', () => {
    const at = (level: string, qualifier: 'working-towards' | 'meets' | 'exceeds') =>
      ratingPosition(fw, { level, qualifier });
    expect(at('mid', 'exceeds')).toBeLessThan(at('senior', 'working-towards'));
    expect(at('senior', 'working-towards')).toBeLessThan(at('senior', 'meets'));
  });

  it("maps the profile's ladder level onto an imported framework through its Senior level", () => {
    const imported = {
      ...fw,
      id: 'ft',
      levels: ['junior', 'engineer', 'senior-1', 'senior-2', 'principal'].map((id) => ({
        id,
        name: id,
        summary: '',
      })),
      seniorLevel: 'senior-1',
    };
    expect(frameworkLevelFor(imported, 'senior')).toBe('senior-1');
    expect(frameworkLevelFor(imported, 'mid')).toBe('engineer');
    expect(frameworkLevelFor(imported, 'principal')).toBe('principal'); // clamped at the top
    expect(frameworkLevelFor(fw, 'staff')).toBe('staff');
  });
});

describe('the gap list', () => {
  it('lists competencies below the target, furthest first, from the manager rating over the self rating', () => {
    const list = buildGapList({
      framework: fw,
      targetLevel: 'senior',
      assessments: [
        assessment({
          rater: 'self',
          ratings: [rating('craft', 'senior'), rating('communication', 'senior')],
        }),
        assessment({
          rater: 'manager',
          ratings: [
            rating('communication', 'mid', { whatItTakes: 'An RFC other teams adopt' }),
            rating('system-design', 'senior', { qualifier: 'working-towards' }),
            rating('impact', 'junior', { qualifier: 'exceeds' }),
          ],
        }),
      ],
      goals: [
        goal({ competencies: ['communication'], status: 'active' }),
        goal({ competencies: ['impact'], status: 'done' }),
      ],
    });
    expect(list.gaps.map((g) => [g.competency.id, g.distance])).toEqual([
      ['impact', 1.67],
      ['communication', 1],
      ['system-design', 0.33],
    ]);
    const comms = list.gaps[1]!;
    expect(comms.rating?.rater).toBe('manager');
    expect(comms.whatItTakes).toEqual([{ date: '2026-06-01', text: 'An RFC other teams adopt' }]);
    expect(comms.signals.length).toBeGreaterThan(0);
    expect(comms.expectation).toBeTruthy();
    expect(comms.goals).toHaveLength(1);
    expect(list.gaps[0]!.goals).toEqual([]); // a done goal no longer closes the gap
    expect(list.atTarget).toEqual(['craft']);
    expect(list.unrated.map((g) => g.competency.id)).toEqual([
      'ownership',
      'ambiguity',
      'multiplier',
      'technical-leadership',
    ]);
  });

  it('ignores deleted assessments and ratings of another framework', () => {
    const list = buildGapList({
      framework: fw,
      targetLevel: 'senior',
      assessments: [
        assessment({ ratings: [rating('craft', 'junior')], deletedAt: '2026-07-01T00:00:00.000Z' }),
        assessment({ framework: 'other', ratings: [rating('craft', 'junior')] }),
      ],
      goals: [],
    });
    expect(list.gaps).toEqual([]);
    expect(list.unrated).toHaveLength(fw.competencies.length);
  });
});

describe('rating history and comparison', () => {
  const assessments = [
    assessment({
      date: '2026-01-10',
      rater: 'manager',
      ratings: [rating('craft', 'mid'), rating('impact', 'mid')],
    }),
    assessment({
      date: '2026-06-10',
      rater: 'manager',
      ratings: [rating('craft', 'senior'), rating('impact', 'mid')],
    }),
    assessment({
      date: '2026-06-11',
      rater: 'self',
      ratings: [rating('craft', 'senior'), rating('impact', 'staff')],
    }),
  ];

  it('follows each competency over time and names where each rater is heading', () => {
    const craft = competencyHistories(fw, assessments).find((h) => h.competency.id === 'craft')!;
    expect(craft.ratings.map((r) => [r.date, r.rater, r.level])).toEqual([
      ['2026-01-10', 'manager', 'mid'],
      ['2026-06-10', 'manager', 'senior'],
      ['2026-06-11', 'self', 'senior'],
    ]);
    expect(craft.trajectory).toEqual({ manager: 'rising', self: 'single' });
    const impact = competencyHistories(fw, assessments).find((h) => h.competency.id === 'impact')!;
    expect(impact.trajectory.manager).toBe('flat');
  });

  it('puts the largest disagreement first and the one-sided ratings after the agreed ones', () => {
    const rows = compareRaters(fw, assessments);
    expect(rows.map((r) => [r.competency.id, r.difference])).toEqual(
      expect.arrayContaining([
        ['impact', 2],
        ['craft', 0],
      ]),
    );
    expect(rows[0]!.competency.id).toBe('impact');
    expect(rows[1]!.competency.id).toBe('craft');
    expect(rows.slice(2).every((r) => r.difference === null)).toBe(true);
  });
});
