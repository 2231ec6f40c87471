// The heatmap's cells: a year of days ending today, Monday-based weeks, entries counted per day.
import { describe, expect, it } from 'vitest';
import { heatmapCells } from './heatmap-cells';

describe('heatmapCells', () => {
  it('covers the 52 weeks ending with this week, stopping at today', () => {
    const cells = heatmapCells([], '2026-11-20'); // a Friday
    expect(cells[0]).toEqual({ x: 0, y: 0, date: '2025-11-24', count: 0, missed: false });
    expect(cells.at(-1)).toEqual({ x: 51, y: 4, date: '2026-11-20', count: 0, missed: false });
    expect(cells).toHaveLength(51 * 7 + 5);
  });

  it('counts entries per day and ignores those outside the year', () => {
    const cells = heatmapCells(['2026-11-16', '2026-11-16', '2026-11-18', '2020-01-01'], '2026-11-20');
    const byDate = new Map(cells.map((c) => [c.date, c.count]));
    expect(byDate.get('2026-11-16')).toBe(2);
    expect(byDate.get('2026-11-18')).toBe(1);
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('puts a Sunday in the last row of its week', () => {
    const cells = heatmapCells(['2026-11-15'], '2026-11-20');
    expect(cells.find((c) => c.date === '2026-11-15')).toMatchObject({ x: 50, y: 6, count: 1 });
  });

  it('marks every day of a missed week', () => {
    const cells = heatmapCells([], '2026-11-20', ['2026-11-02']);
    const missed = cells.filter((c) => c.missed).map((c) => c.date);
    expect(missed).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
  });
});
