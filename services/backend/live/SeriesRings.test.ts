import { SeriesRings } from './SeriesRings';

const row = (series: string, time: number) => ({ series, time, values: [time] });

describe('SeriesRings', () => {
  it('keeps the newest rows of each series and cuts a snapshot from a start time', () => {
    const rings = new SeriesRings(2);
    rings.append([row('a', 1), row('b', 1), row('a', 2), row('a', 3)]);
    const all = rings.snapshot(0);
    expect(all.rows.map((r) => `${r.series}${r.time}`)).toEqual(['a2', 'a3', 'b1']);
    // Rows older than 2 were asked for and pushed out: the snapshot says where it starts.
    expect(all.truncatedAtMs).toBe(2);
    expect(rings.snapshot(3)).toEqual({ rows: [row('a', 3)], truncatedAtMs: undefined });
  });

  it('keeps the rows over all series under a bound: a series past it drops its own oldest row', () => {
    const rings = new SeriesRings(10, 3);
    rings.append([row('a', 1), row('a', 2), row('b', 1), row('a', 3), row('b', 2)]);
    expect(rings.rowCount).toBe(3);
    expect(rings.snapshot(0).rows.map((r) => `${r.series}${r.time}`)).toEqual(['a2', 'a3', 'b2']);
  });

  it('refuses a capacity below one row', () => {
    expect(() => new SeriesRings(0)).toThrow(RangeError);
  });
});
