/** Builds the DataQueryRequest a Grafana dashboard panel would send for one query. */
import { CoreApp, DataQuery, DataQueryRequest, dateTime, rangeUtil, TimeRange } from '@grafana/data';

/** What varies between panels and runs. */
export interface QueryRequestInput<Q extends DataQuery> {
  query: Q;
  range: TimeRange;
  panelId: number;
  /** The panel's width in pixels, which bounds the useful number of points. */
  maxDataPoints: number;
  requestId: string;
  dashboardUID: string;
}

/** The request object, with interval and scoped variables computed as Grafana computes them. */
export function buildQueryRequest<Q extends DataQuery>(input: QueryRequestInput<Q>): DataQueryRequest<Q> {
  const { interval, intervalMs } = rangeUtil.calculateInterval(input.range, Math.max(1, input.maxDataPoints));
  return {
    app: CoreApp.Dashboard,
    requestId: input.requestId,
    dashboardUID: input.dashboardUID,
    panelId: input.panelId,
    range: input.range,
    rangeRaw: input.range.raw,
    interval,
    intervalMs,
    maxDataPoints: input.maxDataPoints,
    targets: [input.query],
    timezone: 'browser',
    scopedVars: {
      __interval: { text: interval, value: interval },
      __interval_ms: { text: String(intervalMs), value: intervalMs },
    },
    startTime: Date.now(),
    liveStreaming: true,
  };
}

/** A "last N ms" range ending now, with the raw form Grafana keeps for relative ranges. */
export function relativeTimeRange(widthMs: number, nowMs: number): TimeRange {
  const to = dateTime(nowMs);
  const from = dateTime(nowMs - widthMs);
  return { from, to, raw: { from: `now-${Math.round(widthMs / 1000)}s`, to: 'now' } };
}
