/**
 * Runs one panel query in a React component: (re)subscribes when the datasource, the query's content,
 * the range width or the dashboard's run version changes, and samples stream counters twice a second.
 */
import { DataQuery, DataSourceApi } from '@grafana/data';
import { useEffect, useRef, useState } from 'react';
import { buildQueryRequest, relativeTimeRange } from '../buildQueryRequest';
import { EMPTY_PANEL_RESULT, PanelResult } from '../panelData';
import { runPanelQuery } from '../runPanelQuery';
import { ResponseRate, StreamStatsSnapshot, summariseFrames } from '../streamStats';

/** What a panel needs to run its query. */
export interface QueryRunnerInput<Q extends DataQuery> {
  datasource: DataSourceApi<Q>;
  query: Q;
  rangeWidthMs: number;
  panelId: number;
  maxDataPoints: number;
  /** Changes whenever the dashboard asks every panel to run again (variables, refresh). */
  runVersion: number;
}

const STATS_INTERVAL_MS = 500;
let requestCounter = 0;

/** The panel's current result and stream counters. */
export function useQueryRunner<Q extends DataQuery>(
  input: QueryRunnerInput<Q>
): { result: PanelResult; stats: StreamStatsSnapshot } {
  const { datasource, query, rangeWidthMs, panelId, maxDataPoints, runVersion } = input;
  const [result, setResult] = useState<PanelResult>(EMPTY_PANEL_RESULT);
  const rate = useRef(new ResponseRate());
  const latest = useRef(result);
  const [stats, setStats] = useState<StreamStatsSnapshot>(() => ({
    framesPerSecond: 0,
    responses: 0,
    ...summariseFrames([]),
  }));

  // The query object changes identity on every keystroke; only its content should restart the stream.
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    const panelRate = new ResponseRate();
    rate.current = panelRate;
    const request = buildQueryRequest({
      query: JSON.parse(queryKey) as Q,
      range: relativeTimeRange(rangeWidthMs, Date.now()),
      panelId,
      maxDataPoints,
      requestId: `preview-${panelId}-${++requestCounter}`,
      dashboardUID: 'preview',
    });
    const subscription = runPanelQuery(datasource, request, () => panelRate.record(Date.now())).subscribe((next) => {
      latest.current = next;
      setResult(next);
    });
    return () => subscription.unsubscribe();
  }, [datasource, queryKey, rangeWidthMs, panelId, maxDataPoints, runVersion]);

  useEffect(() => {
    const timer = setInterval(() => {
      const now = Date.now();
      setStats({
        framesPerSecond: rate.current.perSecond(now),
        responses: rate.current.count(),
        ...summariseFrames(latest.current.series),
      });
    }, STATS_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);

  return { result, stats };
}
