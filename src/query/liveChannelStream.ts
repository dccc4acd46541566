/**
 * Backend mode, live ranges: one topic filter of one query as a Grafana Live channel of the plugin
 * backend (`ds/<uid>/<path>`). Grafana opens one RunStream per channel and fans it out, so the same
 * query from two panels or two viewers shares one upstream; the viewer's history start travels in the
 * subscription's data, not in the path.
 */
import {
  LiveChannelScope,
  LoadingState,
  StreamingFrameAction,
  type DataFrame,
  type DataQueryResponse,
  type StreamingFrameOptions,
} from '@grafana/data';
import type { GrafanaLiveSrv } from '@grafana/runtime';
import { catchError, defer, map, of, type Observable } from 'rxjs';
import {
  isHashedPath,
  liveChannelPath,
  type LiveStreamSpec,
  type LiveSubscribeData,
} from '../../common/live/liveChannel';
import { LIMITS, type ResolvedQuery } from '../types';
import { toDataQueryError } from './targetStream';
import type { TimeWindow } from './timeWindow';

/** What a live channel stream needs from Grafana Live. */
export type LiveDataSource = Pick<GrafanaLiveSrv, 'getDataStream'>;

export interface LiveChannelStreamOptions {
  live: LiveDataSource;
  datasourceUid: string;
  /** The response key of this stream (see streamKey). */
  key: string;
  query: ResolvedQuery;
  /** The interpolated topic filter. */
  filter: string;
  /** The interpolated field paths. */
  fields: string[];
  /** A live window (history since sinceMs, then live). */
  window: Extract<TimeWindow, { mode: 'live' }>;
  /** Rows kept per series (the query's buffer size or the panel's max data points). */
  capacity: number;
  /** Width of the panel's time range in ms; rows older than this are trimmed. */
  rangeMs: number;
}

/**
 * Rows per series a split query's frame keeps room for. Grafana's streaming frame holds every series
 * of a channel in one frame whose rows are shared (a row per distinct time), so a per-series capacity
 * has to be multiplied to mean the same; the time window trims first when series are many.
 */
export const SPLIT_ROWS_FACTOR = 10;

/** The channel's spec: everything that changes its packets, from the resolved, interpolated query. */
export function liveStreamSpec(query: ResolvedQuery, filter: string, fields: readonly string[]): LiveStreamSpec {
  return {
    filter,
    fields: [...fields],
    timeSource: query.timeSource,
    splitBy: query.splitBy,
    conflation: query.conflation,
    conflationRateHz: query.conflation === 'none' ? 0 : query.conflationRateHz,
    maxUpdateHz: query.maxUpdateHz,
    bufferSize: query.bufferSize ?? null,
    maxHistory: query.maxHistory,
  };
}

/** The streaming frame's buffer: the query's capacity in rows and the panel's range in time. */
export function liveBufferOptions(
  capacity: number,
  splitBy: ResolvedQuery['splitBy'],
  rangeMs: number
): StreamingFrameOptions {
  const rows = splitBy === 'none' ? capacity : capacity * SPLIT_ROWS_FACTOR;
  return {
    maxLength: Math.max(1, Math.min(Math.round(rows), LIMITS.bufferSize.max)),
    maxDelta: rangeMs > 0 ? rangeMs : Infinity,
    action: StreamingFrameAction.Append,
  };
}

/** The subscription data of one viewer: its history start, and the spec when the path is a hash. */
export function liveSubscribeData(path: string, spec: LiveStreamSpec, sinceMs: number | undefined): LiveSubscribeData {
  return {
    ...(sinceMs === undefined ? {} : { sinceMs: Math.floor(sinceMs) }),
    ...(isHashedPath(path) ? { spec } : {}),
  };
}

function withRefId(frame: DataFrame, refId: string): DataFrame {
  // The channel is shared by every panel, so its frames carry no refId of their own; the panel's
  // overrides and transformations need this query's. Each subscriber gets its own frame object.
  if (frame.refId !== refId) {
    frame.refId = refId;
  }
  return frame;
}

/** The channel's frames as this query's responses, under the stream's stable key. */
export function liveChannelStream(options: LiveChannelStreamOptions): Observable<DataQueryResponse> {
  const { live, datasourceUid, key, query, filter, fields, window, capacity, rangeMs } = options;
  return defer(() => {
    const spec = liveStreamSpec(query, filter, fields);
    const path = liveChannelPath(datasourceUid, spec);
    return live.getDataStream({
      addr: {
        scope: LiveChannelScope.DataSource,
        stream: datasourceUid,
        path,
        data: liveSubscribeData(path, spec, window.sinceMs),
      },
      key,
      buffer: liveBufferOptions(capacity, query.splitBy, rangeMs),
    });
  }).pipe(
    map((response): DataQueryResponse => ({
      ...response,
      key,
      data: (response.data ?? []).map((frame: DataFrame) => withRefId(frame, query.refId)),
      ...(response.errors ? { errors: response.errors.map((e) => ({ ...e, refId: e.refId ?? query.refId })) } : {}),
    })),
    catchError((err: unknown) =>
      of({ key, state: LoadingState.Error, data: [], errors: [toDataQueryError(err, query.refId)] })
    )
  );
}
