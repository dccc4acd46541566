import type { StoredMessage } from './Bus';
import { HistoryRing } from './HistoryRing';

const message = (sequence: number, brokerTimeMs = sequence * 10): StoredMessage => ({
  topic: 't',
  sequence,
  brokerTimeMs,
  ordinal: sequence,
  bytes: Buffer.alloc(0),
});

describe('HistoryRing', () => {
  it('keeps the newest messages up to its capacity, over many compactions', () => {
    const ring = new HistoryRing(100);
    for (let i = 1; i <= 10_000; i++) {
      ring.push(message(i));
    }
    expect(ring.size).toBe(100);
    const all = ring.slice(0, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(all[0].sequence).toBe(9_901);
    expect(all[99].sequence).toBe(10_000);
  });

  it('slices by sequence, since and until', () => {
    const ring = new HistoryRing(10);
    for (let i = 1; i <= 15; i++) {
      ring.push(message(i));
    }
    const sequences = (after: number, since: number, until: number) =>
      ring.slice(after, since, until).map((m) => m.sequence);
    expect(sequences(12, Number.NEGATIVE_INFINITY, Infinity)).toEqual([13, 14, 15]);
    expect(sequences(0, 125, Infinity)).toEqual([13, 14, 15]);
    expect(sequences(0, 0, 80)).toEqual([6, 7]);
    expect(sequences(3, 0, Infinity)).toHaveLength(10);
    expect(sequences(15, 0, Infinity)).toEqual([]);
    expect(sequences(0, 200, Infinity)).toEqual([]);
  });

  it('evicts by age and retains nothing with capacity 0', () => {
    const ring = new HistoryRing(10);
    for (let i = 1; i <= 5; i++) {
      ring.push(message(i));
    }
    expect(ring.evictBefore(35)).toBe(3);
    expect(ring.slice(0, 0, Infinity).map((m) => m.sequence)).toEqual([4, 5]);
    const none = new HistoryRing(0);
    none.push(message(1));
    expect(none.size).toBe(0);
  });
});
