import { describe, expect, it } from 'vitest';
import { computeWeekStreak } from './week-streak.js';

// Weeks (Mondays) around the reference Friday 2026-11-20.
const THIS_WEEK = '2026-11-16';
const FRIDAY = '2026-11-20';

describe('computeWeekStreak', () => {
  it('reports nothing for an empty log', () => {
    expect(computeWeekStreak([], FRIDAY)).toEqual({
      current: 0,
      longest: 0,
      missedWeeks: [],
      thisWeekLogged: false,
      weeksTracked: 0,
    });
  });

  it('counts this week once it has an entry', () => {
    const streak = computeWeekStreak(['2026-11-20', '2026-11-13', '2026-11-06'], FRIDAY);
    expect(streak).toMatchObject({ current: 3, longest: 3, thisWeekLogged: true, weeksTracked: 3 });
    expect(streak.missedWeeks).toEqual([]);
  });

  it('keeps the streak alive while this week is still open and empty', () => {
    const streak = computeWeekStreak(['2026-11-13', '2026-11-06'], FRIDAY);
    expect(streak).toMatchObject({ current: 2, longest: 2, thisWeekLogged: false, weeksTracked: 3 });
    expect(streak.missedWeeks).toEqual([]);
  });

  it('has no current streak when last week was missed and this week is empty', () => {
    const streak = computeWeekStreak(['2026-11-06', '2026-10-30'], FRIDAY);
    expect(streak).toMatchObject({ current: 0, longest: 2, thisWeekLogged: false });
    expect(streak.missedWeeks).toEqual(['2026-11-09']);
  });

  it('restarts the current streak after a missed week', () => {
    const streak = computeWeekStreak(['2026-11-17', '2026-11-02', '2026-10-26'], FRIDAY);
    expect(streak).toMatchObject({ current: 1, longest: 2, thisWeekLogged: true, weeksTracked: 4 });
    expect(streak.missedWeeks).toEqual(['2026-11-09']);
  });

  it('remembers a longest streak that is older than the current one', () => {
    const dates = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', FRIDAY];
    expect(computeWeekStreak(dates, FRIDAY)).toMatchObject({ current: 1, longest: 5 });
  });

  it('lists missed weeks by their Monday, newest first, this week excluded', () => {
    const streak = computeWeekStreak(['2026-10-07', '2026-10-28'], FRIDAY);
    expect(streak.missedWeeks).toEqual(['2026-11-09', '2026-11-02', '2026-10-19', '2026-10-12']);
    expect(streak.missedWeeks).not.toContain(THIS_WEEK);
    expect(streak.weeksTracked).toBe(7);
  });

  it('counts several entries in one week as one week', () => {
    const streak = computeWeekStreak(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-18'], FRIDAY);
    expect(streak).toMatchObject({ current: 1, longest: 1, weeksTracked: 1, thisWeekLogged: true });
  });

  it('puts a Sunday entry in the week that began the Monday before', () => {
    const streak = computeWeekStreak(['2026-11-15', '2026-11-09'], FRIDAY);
    expect(streak).toMatchObject({ current: 1, longest: 1, thisWeekLogged: false, weeksTracked: 2 });
  });

  it('ignores entries dated after asOf, even later this week', () => {
    const wednesday = '2026-11-18';
    const streak = computeWeekStreak(['2026-11-20', '2026-12-04', '2026-11-13'], wednesday);
    expect(streak).toMatchObject({ current: 1, longest: 1, thisWeekLogged: false, weeksTracked: 2 });
    expect(streak.missedWeeks).toEqual([]);
  });

  it('reports nothing when every entry is in the future', () => {
    expect(computeWeekStreak(['2026-12-01', '2027-01-05'], FRIDAY)).toEqual({
      current: 0,
      longest: 0,
      missedWeeks: [],
      thisWeekLogged: false,
      weeksTracked: 0,
    });
  });

  it('counts an entry dated asOf itself', () => {
    expect(computeWeekStreak([FRIDAY], FRIDAY)).toMatchObject({ current: 1, thisWeekLogged: true });
  });

  it('reads dates in any order and from any iterable', () => {
    const dates = new Set(['2026-11-06', '2026-11-20', '2026-11-13']);
    expect(computeWeekStreak(dates, FRIDAY)).toMatchObject({ current: 3, longest: 3 });
  });

  it('runs across a year boundary', () => {
    const streak = computeWeekStreak(['2026-12-21', '2026-12-31', '2027-01-04'], '2027-01-05');
    expect(streak).toMatchObject({ current: 3, longest: 3, weeksTracked: 3, thisWeekLogged: true });
  });

  it('tracks every week from the first entry to this week', () => {
    const streak = computeWeekStreak(['2025-11-17'], FRIDAY);
    expect(streak.weeksTracked).toBe(53);
    expect(streak.missedWeeks).toHaveLength(51);
    expect(streak.missedWeeks[0]).toBe('2026-11-09');
    expect(streak.missedWeeks.at(-1)).toBe('2025-11-24');
  });
});
