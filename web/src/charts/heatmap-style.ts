// Colours and words the heatmap and its legend share.
import type { HeatmapCell } from '../lib/heatmap-cells';

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const SHADES = ['#e3e8ee', '#b6d7ef', '#6aaed6', '#2f7fb8', '#0b4f8a'];
/** Days of a missed week: warm, so the gaps in the habit stand out from days simply not logged. */
export const MISSED = '#f2c3b8';

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const shade = (cell: HeatmapCell | undefined) =>
  cell?.missed ? MISSED : (SHADES[Math.min(cell?.count ?? 0, SHADES.length - 1)] ?? SHADES[0]);
