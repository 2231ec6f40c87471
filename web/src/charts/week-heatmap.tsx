// The 52-week heatmap of logged entries (a week per column, a weekday per row), drawn by Chart.js.
import { Chart, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { useEffect, useMemo, useRef } from 'react';
import { formatDate } from '../lib/dates';
import { type HeatmapCell as Cell, heatmapCells, WEEKS } from '../lib/heatmap-cells';

// Only the parts drawn here, so the bundle carries nothing else of Chart.js.
Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SHADES = ['#e3e8ee', '#b6d7ef', '#6aaed6', '#2f7fb8', '#0b4f8a'];
/** Days of a missed week: warm, so the gaps in the habit stand out from days simply not logged. */
const MISSED = '#f2c3b8';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const shade = (cell: Cell | undefined) =>
  cell?.missed ? MISSED : (SHADES[Math.min(cell?.count ?? 0, SHADES.length - 1)] ?? SHADES[0]);

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

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart<'matrix', Cell[]>(canvas.current, {
      type: 'matrix',
      data: {
        datasets: [
          {
            data: cells,
            backgroundColor: (ctx) => shade(ctx.raw as Cell | undefined),
            borderWidth: 0,
            width: ({ chart }) => Math.max(2, (chart.chartArea?.width ?? 0) / WEEKS - 2),
            height: ({ chart }) => Math.max(2, (chart.chartArea?.height ?? 0) / 7 - 2),
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            displayColors: false,
            callbacks: {
              title: (items) => {
                const cell = items[0]?.raw as Cell | undefined;
                return cell ? formatDate(cell.date) : '';
              },
              label: (item) => {
                const cell = item.raw as Cell;
                return `${plural(cell.count, 'entry', 'entries')}${cell.missed ? ' (a missed week)' : ''}`;
              },
            },
          },
        },
        scales: {
          x: { type: 'linear', min: -0.5, max: WEEKS - 0.5, display: false, offset: false },
          y: {
            type: 'linear',
            min: -0.5,
            max: 6.5,
            reverse: true,
            offset: false,
            grid: { display: false },
            border: { display: false },
            ticks: { stepSize: 2, callback: (v) => DAYS[Number(v)] ?? '' },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [cells]);

  return (
    <figure className="heatmap">
      <div className="heatmap-canvas">
        <canvas ref={canvas} role="img" aria-label={`Heatmap: ${summary}`} />
      </div>
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
