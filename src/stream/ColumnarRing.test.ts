import { ColumnarRing } from './ColumnarRing';

function fill(ring: ColumnarRing, times: number[]): void {
  const value = ring.columnIndex('v', 'number');
  for (const t of times) {
    const slot = ring.push(t);
    (ring.column(value) as Float64Array)[slot] = t * 10;
  }
}

describe('ColumnarRing', () => {
  it('keeps the newest rows in order when it wraps around', () => {
    const ring = new ColumnarRing(3);
    fill(ring, [1, 2, 3, 4, 5]);
    expect(ring.size).toBe(3);
    expect(ring.lastTime).toBe(5);
    expect(ring.snapshot()).toEqual({
      time: [3, 4, 5],
      columns: [{ name: 'v', kind: 'number', values: [30, 40, 50] }],
    });
  });

  it('sorts rows that arrived out of time order', () => {
    const ring = new ColumnarRing(5);
    fill(ring, [1, 3, 2]);
    expect(ring.snapshot().time).toEqual([1, 2, 3]);
    expect(ring.snapshot().columns[0].values).toEqual([10, 20, 30]);
  });

  it('shows missing values as null, also for a column added later', () => {
    const ring = new ColumnarRing(4);
    fill(ring, [1]);
    const text = ring.columnIndex('label', 'string');
    const slot = ring.push(2, true);
    expect(ring.endsWithGap).toBe(true);
    (ring.column(text) as Array<string | null>)[slot] = 'x';
    expect(ring.snapshot().columns).toEqual([
      { name: 'v', kind: 'number', values: [10, null] },
      { name: 'label', kind: 'string', values: [null, 'x'] },
    ]);
  });

  it('clears a reused slot', () => {
    const ring = new ColumnarRing(1);
    fill(ring, [1]);
    ring.push(2);
    expect(ring.snapshot().columns[0].values).toEqual([null]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new ColumnarRing(0)).toThrow(RangeError);
    expect(() => new ColumnarRing(1.5)).toThrow(RangeError);
  });
});
