import { LoadingState, type DataQueryError, type DataQueryResponse } from '@grafana/data';
import {
  asyncScheduler,
  catchError,
  concat,
  connect,
  defer,
  filter,
  finalize,
  map,
  merge,
  of,
  Subject,
  takeUntil,
  tap,
  type Observable,
  type SchedulerLike,
} from 'rxjs';
import { toIoTError } from '../../common/errors/errors';
import type { ResolvedQuery } from '../types';
import { batchesToSeries } from '../stream/batchesToSeries';
import { capRate } from '../stream/capRate';
import { ConnectionState, type ConnectionChange } from '../stream/connectionState';
import type { SeriesStore } from '../stream/SeriesStore';
import { storeToFrames } from '../stream/storeToFrames';
import type { SubscriptionEvent, SubscriptionRequest } from '../stream/subscriptionTypes';
import { noteConnection, noteStatus, type DropCounter } from './noteStatus';
import { addUnplotted, isOutage, streamNotices, type StreamHealth } from './streamNotices';
import type { TimeWindow } from './timeWindow';

/** What targetStream needs from the stream client. */
export interface StreamSource {
  subscribe(request: SubscriptionRequest): Observable<SubscriptionEvent>;
  readonly connection$: Observable<ConnectionChange>;
}

export interface TargetStreamOptions {
  source: StreamSource;
  /** The response key of this stream (see streamKey). */
  key: string;
  query: ResolvedQuery;
  /** The interpolated topic filter. */
  filter: string;
  /** The interpolated field paths. */
  fields: string[];
  window: TimeWindow;
  /** Rows kept per series. */
  capacity: number;
  maxSeries: number;
  scheduler?: SchedulerLike;
}

/** An error as Grafana shows it on the panel. */
export function toDataQueryError(err: unknown, refId: string): DataQueryError {
  const error = toIoTError(err);
  return { message: error.message, status: error.httpStatus, refId };
}

/**
 * One topic filter of one query as a stream of responses: the sidecar's batches run through the
 * pipeline (project, time, split, append to rings) and frames leave at most maxUpdateHz times a
 * second, with the stream's health as notices. A history-only window ends with LoadingState.Done.
 */
export function targetStream(options: TargetStreamOptions): Observable<DataQueryResponse> {
  const { source, key, query, filter: topicFilter, fields, window, capacity, maxSeries } = options;
  const scheduler = options.scheduler ?? asyncScheduler;
  return defer(() => {
    const health: StreamHealth = {
      connection: ConnectionState.Connecting,
      connectionDetail: '',
      droppedBySidecar: 0,
      droppedBySeriesLimit: 0,
      maxSeries,
    };
    const drops: DropCounter = { earlier: 0, current: 0 };
    let store: SeriesStore | undefined;
    const ended = new Subject<void>();
    const respond = (state: LoadingState): DataQueryResponse => ({
      key,
      // A panel whose stream is down must not show the green "streaming" state.
      state: state === LoadingState.Streaming && isOutage(health) ? LoadingState.Loading : state,
      data: storeToFrames(store, {
        refId: query.refId,
        filter: topicFilter,
        notices: streamNotices(health, scheduler.now()),
        splitBy: query.splitBy,
        fields,
      }),
    });

    const request: SubscriptionRequest = {
      filter: topicFilter,
      options: { conflation: query.conflation, maxRateHz: query.conflationRateHz, maxHistory: query.maxHistory },
      sinceMs: window.sinceMs,
      untilMs: window.mode === 'history' ? window.untilMs : undefined,
    };

    const connection$ = source.connection$.pipe(
      takeUntil(ended),
      tap((change) => noteConnection(health, change.state, change.detail))
    );

    const data$ = source.subscribe(request).pipe(
      connect((events) =>
        merge(
          events.pipe(
            filter((e): e is Extract<SubscriptionEvent, { kind: 'batch' }> => e.kind === 'batch'),
            map((e) => e.batch),
            tap((batch) => (health.droppedBySidecar = Math.max(health.droppedBySidecar, batch.dropped))),
            batchesToSeries({
              fields,
              timeSource: query.timeSource,
              splitBy: query.splitBy,
              capacity,
              maxSeries,
              onUnplotted: (counts) => addUnplotted(health, counts),
            }),
            tap((appended) => {
              store = appended;
              health.droppedBySeriesLimit = appended.droppedRows;
            })
          ),
          events.pipe(
            filter((e) => e.kind !== 'batch'),
            tap((e) => {
              if (e.kind === 'status') {
                noteStatus(health, drops, e.status, scheduler.now());
                health.historyNote = e.status.historyNote ?? health.historyNote;
              } else if (e.kind === 'notice') {
                health.problem = { category: e.category, message: e.message };
              }
            })
          )
        )
      ),
      finalize(() => ended.next())
    );

    const live = window.mode === 'live';
    // The connection comes first so it is listening before the data can end.
    const ticks$ = merge(connection$, data$).pipe(capRate(query.maxUpdateHz, scheduler));
    return concat(
      ticks$.pipe(map(() => respond(live ? LoadingState.Streaming : LoadingState.Loading))),
      defer(() => of(respond(LoadingState.Done)))
    ).pipe(
      catchError((err: unknown) =>
        of({ ...respond(LoadingState.Error), errors: [toDataQueryError(err, query.refId)] } satisfies DataQueryResponse)
      )
    );
  });
}
