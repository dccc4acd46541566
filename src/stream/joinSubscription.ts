import { Observable } from 'rxjs';
import { StreamPositions } from '../../common/positions/StreamPositions';
import type { MessageBatch } from './batchTypes';
import { filterBatch } from './filterBatch';
import { selectRows } from './messageBatch';
import type { StreamOptions, SubscriptionEvent, SubscriptionRequest } from './subscriptionTypes';
import type { SubscriptionListener, WireSubscription } from './WireSubscription';

/** What joinSubscription needs from the client that owns the socket. */
export interface SubscriptionHost {
  findShared(key: string): WireSubscription | undefined;
  open(request: SubscriptionRequest): WireSubscription;
  /** Called when a listener left; the host closes the subscription when it was the last. */
  release(sub: WireSubscription): void;
}

/** The key under which equal live subscriptions share one Subscribe on the socket. */
export function sharedSubscriptionKey(filter: string, options: StreamOptions): string {
  const rate = options.conflation === 'none' ? 0 : options.maxRateHz;
  return JSON.stringify([filter, options.conflation, rate, options.maxHistory]);
}

/** The part of a retained batch at or after `sinceMs` (broker time). */
function fromTime(batch: MessageBatch, sinceMs: number | undefined): MessageBatch {
  if (sinceMs === undefined) {
    return batch;
  }
  const rows: number[] = [];
  for (let row = 0; row < batch.length; row++) {
    // A message of unknown broker time is kept rather than lost.
    if (!(batch.brokerTimeMs[row] < sinceMs)) {
      rows.push(row);
    }
  }
  return rows.length === batch.length ? batch : { ...selectRows(batch, rows, []), position: batch.position };
}

/**
 * One consumer's view of a subscription. History-only requests get a subscription of their own.
 * Live requests share one per filter and options: a consumer joining an existing one is given the
 * retained batches from its start; if it asks for older history than the shared subscription holds,
 * that older part is fetched first (history only, up to where the retained part begins) while live
 * batches wait. Each batch is filtered once: by the wire subscription's positions, and only while a
 * late consumer is joining (retained, older history and waiting batches overlap) by the consumer's own.
 */
export function joinSubscription(request: SubscriptionRequest, host: SubscriptionHost): Observable<SubscriptionEvent> {
  return new Observable<SubscriptionEvent>((subscriber) => {
    let joining: StreamPositions | undefined;
    const deliver = (event: SubscriptionEvent) => {
      if (event.kind !== 'batch' || !joining) {
        subscriber.next(event);
        return;
      }
      const batch = filterBatch(joining, event.batch);
      if (batch.length > 0 || batch.gaps.length > 0) {
        subscriber.next({ kind: 'batch', batch });
      }
    };

    if (request.untilMs !== undefined) {
      const own = host.open(request);
      const listener: SubscriptionListener = {
        event: deliver,
        complete: () => subscriber.complete(),
        error: (err) => subscriber.error(err),
      };
      own.listeners.add(listener);
      return () => {
        own.listeners.delete(listener);
        host.release(own);
      };
    }

    const existing = host.findShared(sharedSubscriptionKey(request.filter, request.options));
    const shared = existing ?? host.open(request);
    const waiting: SubscriptionEvent[] = [];
    let buffering = false;
    let history: WireSubscription | undefined;
    let historyListener: SubscriptionListener | undefined;

    const replayRetained = () => {
      for (const batch of shared.retained) {
        deliver({ kind: 'batch', batch: fromTime(batch, request.sinceMs) });
      }
    };
    const endHistory = () => {
      if (history && historyListener) {
        history.listeners.delete(historyListener);
        host.release(history);
      }
      history = undefined;
      replayRetained();
      buffering = false;
      waiting.splice(0).forEach(deliver);
      // Caught up: what follows comes only from the shared subscription, already filtered once.
      joining = undefined;
    };

    if (existing) {
      joining = new StreamPositions();
      const coveredFrom = existing.coveredFromMs;
      if (request.sinceMs !== undefined && request.sinceMs < coveredFrom) {
        buffering = true;
        // +1 ms: the retained part may start mid-millisecond; the overlap is removed by `seen`.
        history = host.open({ ...request, untilMs: coveredFrom + 1 });
        historyListener = {
          event: deliver,
          complete: endHistory,
          error: (err) => {
            deliver({ kind: 'notice', category: err.category, message: `older history unavailable: ${err.message}` });
            endHistory();
          },
        };
        history.listeners.add(historyListener);
      } else {
        replayRetained();
        joining = undefined;
      }
    }

    const listener: SubscriptionListener = {
      event: (event) => (buffering ? waiting.push(event) : deliver(event)),
      complete: () => subscriber.complete(),
      error: (err) => subscriber.error(err),
    };
    shared.listeners.add(listener);
    return () => {
      shared.listeners.delete(listener);
      if (history && historyListener) {
        history.listeners.delete(historyListener);
        host.release(history);
      }
      host.release(shared);
    };
  });
}
