import { rangeUtil } from '@grafana/data';

/** What a query asks of the broker: history then live, or history alone. */
export type TimeWindow =
  { mode: 'live'; sinceMs: number | undefined } | { mode: 'history'; sinceMs: number; untilMs: number };

/** A range that ends this close to now is treated as ending now (dashboards say "now" loosely). */
export const NOW_SLACK_MS = 10_000;

/** True for "", "0" and "none" (live only), and any duration Grafana understands ("15m", "2h"). */
export function isValidBackfill(backfill: string): boolean {
  const text = backfill.trim();
  return text === '' || text === '0' || text === 'none' || rangeUtil.isValidTimeSpan(text);
}

/** True when a range ends far enough in the past to be history alone, with no live part. */
export function endsInPast(toMs: number, nowMs: number): boolean {
  return toMs < nowMs - NOW_SLACK_MS;
}

/**
 * Decides where a stream starts. A range ending in the past (beyond the slack) is history alone.
 * Otherwise the stream backfills the dashboard's range, or the backfill duration when one is set
 * ("0" or "none": no backfill), and then goes live.
 */
export function resolveTimeWindow(
  range: { fromMs: number; toMs: number },
  backfill: string,
  nowMs: number
): TimeWindow {
  if (endsInPast(range.toMs, nowMs)) {
    return { mode: 'history', sinceMs: range.fromMs, untilMs: range.toMs };
  }
  const text = backfill.trim();
  if (text === '0' || text === 'none') {
    return { mode: 'live', sinceMs: undefined };
  }
  if (text !== '' && rangeUtil.isValidTimeSpan(text)) {
    return { mode: 'live', sinceMs: nowMs - rangeUtil.intervalToMs(text) };
  }
  return { mode: 'live', sinceMs: range.fromMs };
}
