// Draws the readiness radar with Chart.js: a chunk of its own, like the heatmap, loaded on demand.
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

// Only the parts drawn here, so the bundle carries nothing else of Chart.js.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface RadarSeries {
  label: string;
  colour: string;
  /** One value per axis, 0-120; null where there is nothing to plot (no rating yet). */
  values: (number | null)[];
}

/** Draws one polygon per series over the competencies; the returned chart is destroyed when the view goes. */
export function drawRadar(canvas: HTMLCanvasElement, axes: string[], series: RadarSeries[]): Chart<'radar'> {
  return new Chart<'radar'>(canvas, {
    type: 'radar',
    data: {
      labels: axes,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.colour,
        backgroundColor: `${s.colour}22`,
        pointBackgroundColor: s.colour,
        fill: true,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { r: { min: 0, max: 120, ticks: { stepSize: 20, showLabelBackdrop: false } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
