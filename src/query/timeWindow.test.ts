import { isValidBackfill, NOW_SLACK_MS, resolveTimeWindow } from './timeWindow';

const now = 1_700_000_000_000;

describe('resolveTimeWindow', () => {
  it('backfills the dashboard range then goes live when the range ends now', () => {
    expect(resolveTimeWindow({ fromMs: now - 3_600_000, toMs: now }, '', now)).toEqual({
      mode: 'live',
      sinceMs: now - 3_600_000,
    });
  });

  it('treats a range ending within the slack as ending now', () => {
    expect(resolveTimeWindow({ fromMs: 0, toMs: now - NOW_SLACK_MS + 1 }, '', now).mode).toBe('live');
  });

  it('returns history alone for a range that ends in the past', () => {
    expect(resolveTimeWindow({ fromMs: 1000, toMs: now - 60_000 }, '15m', now)).toEqual({
      mode: 'history',
      sinceMs: 1000,
      untilMs: now - 60_000,
    });
  });

  it('uses the backfill duration, or none at all', () => {
    expect(resolveTimeWindow({ fromMs: 0, toMs: now }, '15m', now)).toEqual({ mode: 'live', sinceMs: now - 900_000 });
    expect(resolveTimeWindow({ fromMs: 0, toMs: now }, '0', now)).toEqual({ mode: 'live', sinceMs: undefined });
    expect(resolveTimeWindow({ fromMs: 0, toMs: now }, 'none', now)).toEqual({ mode: 'live', sinceMs: undefined });
  });

  it('validates backfill text', () => {
    expect(['', '0', 'none', '30s', '2h'].every(isValidBackfill)).toBe(true);
    expect(isValidBackfill('soon')).toBe(false);
  });
});
