import { describe, expect, it } from 'vitest';
import { goal } from '../../../tests/support/people-builders.js';
import { BUILTIN_FRAMEWORK } from '../frameworks/builtin-framework.js';
import { buildGapList } from './gap-list.js';
import { DueField, dueDateOf } from './goal.js';
import { goalFlags } from './goal-flags.js';
import { checkGoalQuality } from './goal-quality.js';
import { quartersFrom, suggestGoals } from './goal-suggestions.js';

describe('goal due dates', () => {
  it('reads a quarter as its last day and a date as itself', () => {
    expect(dueDateOf('2027-Q1')).toBe('2027-03-31');
    expect(dueDateOf('2026-Q4')).toBe('2026-12-31');
    expect(dueDateOf('2027-Q2')).toBe('2027-06-30');
    expect(dueDateOf('2027-02-14')).toBe('2027-02-14');
  });

  it('accepts only real dates and quarters', () => {
    for (const ok of ['2027-Q3', '2028-02-29']) expect(DueField.safeParse(ok).success).toBe(true);
    for (const bad of ['2027-Q5', 'Q1', '2027-02-30', 'next quarter', '', '0000-Q1', '0000-01-01', '3000-Q1'])
      expect(DueField.safeParse(bad).success).toBe(false);
  });
});

describe('the goal quality check', () => {
  it('passes a goal with a named deliverable, people to vouch, a measurable impact and a due date', () => {
    const q = checkGoalQuality(goal(), '2026-06-01');
    expect(q.score).toBe(4);
    expect(q.checks.every((c) => c.ok && c.suggestion === undefined)).toBe(true);
  });

  it('explains each failed criterion and how to fix it', () => {
    const q = checkGoalQuality(
      goal({ deliverable: 'Improve my leadership', vouchers: [], impact: 'be better', due: null }),
      '2026-06-01',
    );
    expect(q.score).toBe(0);
    expect(q.checks.map((c) => c.criterion)).toEqual(['concrete', 'visible', 'impactful', 'time-bound']);
    for (const c of q.checks) {
      expect(c.ok).toBe(false);
      expect(c.reason).not.toBe('');
      expect(c.suggestion).toBeTruthy();
    }
    expect(q.checks[0]!.reason).toContain('effort, not a result');
  });

  it('finds a goal due more than two quarters away too long for one cycle', () => {
    const time = checkGoalQuality(goal({ due: '2027-Q4' }), '2026-06-01').checks[3]!;
    expect(time.ok).toBe(false);
    expect(time.suggestion).toContain('milestone');
  });

  it('calls an empty deliverable out as missing', () => {
    expect(checkGoalQuality(goal({ deliverable: '' }), '2026-06-01').checks[0]!.reason).toContain(
      'no deliverable',
    );
  });
});

describe('goals that need attention', () => {
  it('flags an open goal past its due date', () => {
    expect(goalFlags(goal({ due: '2026-09-30' }), '2026-10-05', ['2026-10-01'])).toEqual([
      { flag: 'overdue', reason: 'due 2026-09-30, 5 days ago' },
    ]);
  });

  it('flags an active goal with no check-in or linked entry for a month as stalled', () => {
    const g = goal({
      date: '2026-06-01',
      due: '2026-12-31',
      checkIns: [{ date: '2026-07-01', note: '', progress: 10 }],
    });
    expect(goalFlags(g, '2026-08-15', []).map((f) => f.flag)).toEqual(['stalled']);
    expect(goalFlags(g, '2026-08-15', ['2026-08-10'])).toEqual([]);
  });

  it('flags a planned goal never started, and never flags done or dropped ones', () => {
    expect(goalFlags(goal({ status: 'planned', due: null }), '2026-08-15', []).map((f) => f.flag)).toEqual([
      'not-started',
    ]);
    expect(goalFlags(goal({ status: 'done', due: '2026-01-01' }), '2026-08-15', [])).toEqual([]);
    expect(goalFlags(goal({ status: 'dropped', due: '2026-01-01' }), '2026-08-15', [])).toEqual([]);
  });
});

describe('suggested goals', () => {
  const gaps = buildGapList({
    framework: BUILTIN_FRAMEWORK,
    targetLevel: 'senior',
    assessments: [],
    goals: [],
  });

  it('counts quarters across the year end', () => {
    expect(quartersFrom('2026-11-21', 3)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('suggests one goal a quarter for the open gaps, starting next quarter late in this one', () => {
    const list = suggestGoals(gaps, '2026-11-21');
    expect(list).toHaveLength(4);
    expect(list.map((s) => s.goal.due)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    expect(list.map((s) => s.goal.competencies[0])).toEqual([
      'craft',
      'system-design',
      'ownership',
      'ambiguity',
    ]);
    for (const s of list) {
      expect(s.goal.title.length).toBeLessThanOrEqual(200);
      expect(s.why).toContain('no rating yet');
    }
    expect(suggestGoals(gaps, '2026-10-02')[0]!.goal.due).toBe('2026-Q4');
  });

  it('skips gaps that already have a planned or active goal', () => {
    const withGoal = buildGapList({
      framework: BUILTIN_FRAMEWORK,
      targetLevel: 'senior',
      assessments: [],
      goals: [goal({ competencies: ['craft'], status: 'planned' })],
    });
    expect(suggestGoals(withGoal, '2026-11-21').map((s) => s.goal.competencies[0])).not.toContain('craft');
  });
});
