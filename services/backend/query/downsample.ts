/**
 * Rows of one series for a panel of `maxDataPoints` points: its samples as they are when they fit,
 * otherwise one row per time bucket with the query's aggregation. With an explicit aggregation the
 * buckets of `intervalMs` are always used, so sum and count mean "per interval" at any zoom.
 */
import type { Aggregation } from './backendQuery';
import type { SeriesSamples } from './samplesFromEnvelopes';

export interface SeriesRows {
  /** Row times in ms, ascending. */
  times: number[];
  /** One column per series column; NaN marks a row without a value (a null in the frame). */
  columns: Float64Array[];
  /** The bucket width in ms, or 0 when the samples are returned as they are. */
  bucketMs: number;
}

export interface DownsampleOptions {
  fromMs: number;
  toMs: number;
  maxDataPoints: number;
  intervalMs: number;
  /** undefined: only when the samples do not fit, with `avg`. */
  aggregation: Aggregation | undefined;
}

/** The bucket width that keeps the range within maxDataPoints buckets, and no finer than intervalMs. */
export function bucketWidthMs(
  options: Pick<DownsampleOptions, 'fromMs' | 'toMs' | 'maxDataPoints' | 'intervalMs'>
): number {
  const span = options.toMs - options.fromMs + 1;
  return Math.max(options.intervalMs, Math.ceil(span / options.maxDataPoints), 1);
}

function sortedOrder(times: readonly number[]): Uint32Array {
  const order = new Uint32Array(times.length);
  for (let i = 0; i < order.length; i++) {
    order[i] = i;
  }
  // Stable: equal times keep arrival order, so `last` is the last to arrive.
  return order.sort((a, b) => times[a] - times[b] || a - b);
}

/** Distinct row times of the samples (raw) or of their buckets, and each sample's row. */
function rowsOf(series: SeriesSamples, order: Uint32Array, rowTime: (t: number) => number) {
  const times: number[] = [];
  const rowOfSample = new Int32Array(series.times.length);
  for (const sample of order) {
    const t = rowTime(series.times[sample]);
    if (times.length === 0 || times[times.length - 1] !== t) {
      times.push(t);
    }
    rowOfSample[sample] = times.length - 1;
  }
  return { times, rowOfSample };
}

function distinctTimes(times: readonly number[], order: Uint32Array): number {
  let count = 0;
  let previous = NaN;
  for (const sample of order) {
    if (times[sample] !== previous) {
      count++;
      previous = times[sample];
    }
  }
  return count;
}

export function downsample(series: SeriesSamples, options: DownsampleOptions): SeriesRows {
  const order = sortedOrder(series.times);
  const fits = distinctTimes(series.times, order) <= options.maxDataPoints;
  const raw = options.aggregation === undefined && fits;
  const aggregation: Aggregation = raw ? 'last' : (options.aggregation ?? 'avg');
  const bucketMs = raw ? 0 : bucketWidthMs(options);
  const rowTime = raw
    ? (t: number) => t
    : (t: number) => options.fromMs + Math.floor((t - options.fromMs) / bucketMs) * bucketMs;
  const { times, rowOfSample } = rowsOf(series, order, rowTime);

  const rows = times.length;
  const columns = series.columns.map(() => new Float64Array(rows).fill(NaN));
  const counts = series.columns.map(() => new Uint32Array(rows));
  for (const sample of order) {
    const row = rowOfSample[sample];
    const columnIndex = series.columnIndexes[sample];
    const value = series.values[sample];
    const column = columns[columnIndex];
    const count = ++counts[columnIndex][row];
    const current = column[row];
    switch (aggregation) {
      case 'last':
        column[row] = value;
        break;
      case 'min':
        column[row] = count === 1 ? value : Math.min(current, value);
        break;
      case 'max':
        column[row] = count === 1 ? value : Math.max(current, value);
        break;
      case 'sum':
      case 'avg':
        column[row] = count === 1 ? value : current + value;
        break;
      case 'count':
        column[row] = count;
        break;
    }
  }
  if (aggregation === 'avg') {
    columns.forEach((column, c) => {
      for (let row = 0; row < rows; row++) {
        if (counts[c][row] > 0) {
          column[row] /= counts[c][row];
        }
      }
    });
  }
  return { times, columns, bucketMs };
}
