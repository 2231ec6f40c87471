// Draws one competency's ratings over time with Chart.js (self and manager lines): a chunk of its own.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the parts drawn here, so the bundle carries nothing else of Chart.js.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface HistoryLine {
  label: string;
  colour: string;
  /** One value per date (a ladder position: 1 = meets the second level), null where this rater gave none. */
  values: (number | null)[];
}

/** Draws the lines over the dates; y ticks name the framework's levels. */
export function drawRatingHistory(
  canvas: HTMLCanvasElement,
  dates: string[],
  lines: HistoryLine[],
  levelNames: string[],
): Chart<'line'> {
  return new Chart<'line'>(canvas, {
    type: 'line',
    data: {
      labels: dates,
      datasets: lines.map((l) => ({
        label: l.label,
        data: l.values,
        borderColor: l.colour,
        backgroundColor: l.colour,
        spanGaps: true,
        stepped: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        y: {
          min: 0,
          max: levelNames.length - 1,
          ticks: { stepSize: 1, callback: (v) => levelNames[Number(v)] ?? '' },
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
