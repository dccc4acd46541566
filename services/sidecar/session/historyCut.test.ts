import { historyCut } from './historyCut';

describe('historyCut', () => {
  it('says where a replay that reached its limit starts', () => {
    expect(historyCut({ count: 100, oldestMs: Date.UTC(2026, 11, 2, 5) }, { maxHistory: 100 })).toEqual({
      fromMs: Date.UTC(2026, 11, 2, 5),
      note: 'showing from 2026-12-02T05:00:00.000Z; older data is not retained (at most 100 history messages are replayed)',
    });
  });

  it('takes the cut the broker states, at the limit it replayed', () => {
    expect(historyCut({ count: 50, oldestMs: Date.UTC(2026, 11, 2, 5), limited: true }, { maxHistory: 100 })).toEqual({
      fromMs: Date.UTC(2026, 11, 2, 5),
      note: 'showing from 2026-12-02T05:00:00.000Z; older data is not retained (at most 50 history messages are replayed)',
    });
    expect(historyCut({ count: 50, oldestMs: 1, limited: false }, { maxHistory: 100 })).toBeUndefined();
  });

  it('says where the history starts when the broker states that retention evicted part of the range', () => {
    expect(historyCut({ count: 3, oldestMs: Date.UTC(2026, 11, 2, 5), evicted: true }, { maxHistory: 100 })).toEqual({
      fromMs: Date.UTC(2026, 11, 2, 5),
      note: "showing from 2026-12-02T05:00:00.000Z; older data is not retained (the broker's retention dropped it)",
    });
    expect(historyCut({ count: 0, evicted: true }, { maxHistory: 100 })).toEqual({
      note: 'nothing is retained for this time range',
    });
  });

  it('says nothing of a whole replay, and names an empty past range', () => {
    expect(historyCut({ count: 99, oldestMs: 1 }, { maxHistory: 100 })).toBeUndefined();
    expect(historyCut({ count: 0 }, { maxHistory: 100 })).toBeUndefined();
    expect(historyCut({ count: 0 }, { maxHistory: 100, untilMs: 5 })).toEqual({
      note: 'nothing is retained for this time range',
    });
  });
});
