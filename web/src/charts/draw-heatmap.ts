// Draws the heatmap with Chart.js: a chunk of its own, loaded while the dashboard's data is on its way.
import { Chart, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { formatDate } from '../lib/dates';
import { type HeatmapCell as Cell, WEEKS } from '../lib/heatmap-cells';
import { DAYS, plural, shade } from './heatmap-style';

// Only the parts drawn here, so the bundle carries nothing else of Chart.js.
Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);

/** Draws the cells on the canvas; the returned chart is destroyed when the view goes. */
export function drawHeatmap(canvas: HTMLCanvasElement, cells: Cell[]): Chart<'matrix', Cell[]> {
  return new Chart<'matrix', Cell[]>(canvas, {
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
}
