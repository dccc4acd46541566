import type { ClientFrame } from '../../common/proto';
import { wireConflation } from '../../common/proto/conflation';
import { timestampFromMs } from '../../common/time/timestamp';
import type { IoTError } from '../../common/errors/errors';
import { StreamPositions } from '../../common/positions/StreamPositions';
import type { MessageBatch } from './batchTypes';
import { filterBatch } from './filterBatch';
import type { SubscriptionEvent, SubscriptionRequest } from './subscriptionTypes';

/** Receives a subscription's events, its completion and its failure. */
export interface SubscriptionListener {
  event(event: SubscriptionEvent): void;
  complete(): void;
  error(error: IoTError): void;
}

/**
 * One Subscribe on the socket. Its positions (common/positions) give the one position it resumes
 * from after a reconnect, drop what it has already delivered and turn a new epoch into stated
 * gaps; when shared it keeps the newest messages so a panel that joins later still starts with history.
 */
export class WireSubscription {
  readonly positions = new StreamPositions();
  readonly listeners = new Set<SubscriptionListener>();
  /** Stream ids the sidecar sends this subscription's batches under. */
  readonly streamIds = new Set<number>();
  /** Newest batches, kept only by shared subscriptions, for late joiners. */
  readonly retained: MessageBatch[] = [];
  private retainedCount = 0;
  private trimmed = false;
  /** When the socket last dropped: where a live-only subscription resumes unseen topics from. */
  disconnectedAtMs: number | undefined;

  constructor(
    readonly id: number,
    readonly request: SubscriptionRequest,
    readonly retainLimit: number,
    readonly createdAtMs: number
  ) {}

  get shared(): boolean {
    return this.request.untilMs === undefined;
  }

  /** The broker time from which retained batches hold everything this subscription received. */
  get coveredFromMs(): number {
    if (this.trimmed && this.retained.length > 0) {
      const oldest = this.retained[0].brokerTimeMs[0];
      return Number.isNaN(oldest) ? this.createdAtMs : oldest;
    }
    return this.request.sinceMs ?? this.createdAtMs;
  }

  /** The Subscribe frame, resuming from the last batch's position when there is one. */
  subscribeFrame(): ClientFrame {
    const { filter, options, sinceMs, untilMs } = this.request;
    const from = this.positions.position;
    // Before any position, a broken live subscription catches up from when the socket dropped.
    const since = from ? undefined : (sinceMs ?? this.disconnectedAtMs);
    const conflation = wireConflation(options.conflation);
    return {
      subscribe: {
        id: this.id,
        filter,
        since: since === undefined ? undefined : timestampFromMs(since),
        until: untilMs === undefined ? undefined : timestampFromMs(untilMs),
        from,
        options: {
          conflation,
          maxRateHz: options.conflation === 'none' ? 0 : options.maxRateHz,
          maxHistory: options.maxHistory,
          // The pipeline reads telemetry as columns; a block is that, straight off the wire.
          telemetryBlocks: true,
        },
      },
    };
  }

  /** Delivers a batch to every listener, once, without what was already delivered. */
  deliverBatch(batch: MessageBatch): void {
    const fresh = filterBatch(this.positions, batch);
    if (fresh.length === 0 && fresh.gaps.length === 0) {
      return;
    }
    if (this.shared) {
      this.retain(fresh);
    }
    this.emit({ kind: 'batch', batch: fresh });
  }

  /** Sends an event to every listener. */
  emit(event: SubscriptionEvent): void {
    for (const listener of [...this.listeners]) {
      listener.event(event);
    }
  }

  /** Ends every listener's Observable. */
  complete(): void {
    for (const listener of [...this.listeners]) {
      listener.complete();
    }
    this.listeners.clear();
  }

  /** Fails every listener's Observable. */
  fail(error: IoTError): void {
    for (const listener of [...this.listeners]) {
      listener.error(error);
    }
    this.listeners.clear();
  }

  private retain(batch: MessageBatch): void {
    if (this.retainLimit <= 0 || batch.length === 0) {
      return;
    }
    this.retained.push(batch);
    this.retainedCount += batch.length;
    while (this.retained.length > 1 && this.retainedCount - this.retained[0].length >= this.retainLimit) {
      this.retainedCount -= this.retained.shift()!.length;
      this.trimmed = true;
    }
  }
}
