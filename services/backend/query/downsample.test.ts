import { bucketWidthMs, downsample } from './downsample';
import type { SeriesSamples } from './samplesFromEnvelopes';

/** One column, value i at time i seconds (shuffled arrival to prove the sort). */
function line(n: number): SeriesSamples {
  const order = Array.from({ length: n }, (_, i) => (i * 7) % n);
  return {
    key: 'k',
    labels: {},
    columns: ['v'],
    times: order.map((i) => i * 1000),
    columnIndexes: order.map(() => 0),
    values: order.map((i) => i),
  };
}

const RANGE = { fromMs: 0, toMs: 99_999 };

describe('downsample', () => {
  it('returns the samples as they are, sorted, when they fit and no aggregation is asked for', () => {
    const rows = downsample(line(100), { ...RANGE, maxDataPoints: 100, intervalMs: 1000, aggregation: undefined });
    expect(rows.bucketMs).toBe(0);
    expect(rows.times).toHaveLength(100);
    expect(Array.from(rows.columns[0].slice(0, 3))).toEqual([0, 1, 2]);
  });

  it('averages per bucket when they do not fit, keeping at most maxDataPoints rows', () => {
    const rows = downsample(line(100), { ...RANGE, maxDataPoints: 10, intervalMs: 1000, aggregation: undefined });
    expect(rows.bucketMs).toBe(10_000);
    expect(rows.times).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 90_000]);
    expect(rows.columns[0][0]).toBe(4.5);
  });

  it.each([
    ['last', 9],
    ['min', 0],
    ['max', 9],
    ['sum', 45],
    ['count', 10],
    ['avg', 4.5],
  ] as const)('%s over intervalMs buckets gives %d for the first', (aggregation, first) => {
    const rows = downsample(line(100), { ...RANGE, maxDataPoints: 1000, intervalMs: 10_000, aggregation });
    expect(rows.times).toHaveLength(10);
    expect(rows.columns[0][0]).toBe(first);
  });

  it('leaves a column without a value in a row empty (NaN, a null in the frame)', () => {
    const series: SeriesSamples = {
      key: '',
      labels: {},
      columns: ['a', 'b'],
      times: [0, 0, 1000],
      columnIndexes: [0, 1, 0],
      values: [1, 2, 3],
    };
    const rows = downsample(series, { ...RANGE, maxDataPoints: 10, intervalMs: 1, aggregation: undefined });
    expect(rows.times).toEqual([0, 1000]);
    expect(Array.from(rows.columns[1])).toEqual([2, NaN]);
  });

  it('never makes buckets narrower than the range allows', () => {
    expect(bucketWidthMs({ fromMs: 0, toMs: 3_599_999, maxDataPoints: 1000, intervalMs: 1000 })).toBe(3600);
    expect(bucketWidthMs({ fromMs: 0, toMs: 999, maxDataPoints: 1000, intervalMs: 0 })).toBe(1);
  });
});
