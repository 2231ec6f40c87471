// The 52-week heatmap of logged entries (a week per column, a weekday per row): the summary at once,
// the chart when Chart.js (a chunk of its own) has loaded.
import { useEffect, useMemo, useRef, useState } from 'react';
import { heatmapCells } from '../lib/heatmap-cells';
import { MISSED, plural, SHADES } from './heatmap-style';

/** Starts loading the chart code, e.g. while the dashboard's data is still on its way. */
export const loadHeatmapChart = () => import('./draw-heatmap');

interface WeekHeatmapProps {
  dates: readonly string[];
  today: string;
  /** Mondays of the weeks the streak counts as missed. */
  missedWeeks: readonly string[];
}

export function WeekHeatmap({ dates, today, missedWeeks }: WeekHeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const cells = useMemo(() => heatmapCells(dates, today, missedWeeks), [dates, today, missedWeeks]);
  const missedShown = new Set(cells.filter((c) => c.missed).map((c) => c.x)).size;
  const loggedDays = cells.filter((c) => c.count > 0).length;
  const total = cells.reduce((n, c) => n + c.count, 0);
  const summary = `${plural(total, 'entry', 'entries')} on ${plural(loggedDays, 'day', 'days')} over the last 52 weeks${missedShown ? `, ${plural(missedShown, 'week', 'weeks')} missed` : ''}`;

  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let chart: { destroy(): void } | undefined;
    let gone = false;
    loadHeatmapChart().then(
      ({ drawHeatmap }) => {
        if (gone) return;
        chart = drawHeatmap(el, cells);
        el.dataset.drawn = 'true'; // for tests and the benchmark: the chart is on screen
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [cells]);

  return (
    <figure className="heatmap">
      <div className="heatmap-canvas">
        <canvas ref={canvas} role="img" aria-label={`Heatmap: ${summary}`} />
      </div>
      {failed && (
        <p className="problem" role="alert">
          The chart could not be loaded (is promocase serve still running?); the figures below are right.
        </p>
      )}
      <figcaption>
        {summary}.{' '}
        <span className="legend" aria-hidden="true">
          <span className="swatch" style={{ background: SHADES[2] }} /> logged{' '}
          <span className="swatch" style={{ background: MISSED }} /> missed week
        </span>
      </figcaption>
    </figure>
  );
}
