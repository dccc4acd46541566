import { SeqTracker } from './SeqTracker';

describe('SeqTracker', () => {
  it('counts nothing while seq grows by one, across the wrap from 255 to 0', () => {
    const tracker = new SeqTracker();
    tracker.reset(253);
    expect([254, 255, 0, 1].map((seq) => tracker.next(seq))).toEqual([0, 0, 0, 0]);
  });

  it('reports how many messages were missed, also across the wrap', () => {
    const tracker = new SeqTracker();
    tracker.reset(0);
    expect(tracker.next(3)).toBe(2);
    tracker.reset(254);
    expect(tracker.next(1)).toBe(2);
  });

  it('reports nothing before a birth or after clear()', () => {
    const tracker = new SeqTracker();
    expect(tracker.next(17)).toBe(0);
    tracker.reset(0);
    tracker.clear();
    expect(tracker.next(9)).toBe(0);
  });
});
