/** Small statistics for benchmark samples: medians and percentiles over repeated runs. */

export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Median absolute deviation as a share of the median: how noisy a series was. */
export function relativeSpread(values) {
  const m = median(values);
  if (!Number.isFinite(m) || m === 0) return Number.NaN;
  return median(values.map((v) => Math.abs(v - m))) / m;
}

export function summarize(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    spread: relativeSpread(values),
    n: values.length,
  };
}
