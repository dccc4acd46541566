/** Small statistics helpers for benchmark results. */

/** The p-th percentile (0-100) of `values`, by nearest rank; NaN when empty. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Rounds to a few significant figures for display and JSON. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) {
    return value;
  }
  const scale = Math.pow(10, Math.max(0, digits - Math.ceil(Math.log10(Math.abs(value)))));
  return Math.round(value * scale) / scale;
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
