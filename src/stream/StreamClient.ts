import { Observable, Subject } from 'rxjs';
import { DEFAULT_BACKOFF } from '../../common/backoff/backoff';
import { AuthError, categoryFromWire, IoTError, ValidationError } from '../../common/errors/errors';
import { subscriptionStateOf } from '../../common/proto/subscriptionState';
import type { MessageBatch, ServerFrame } from './batchTypes';
import { refusalFromUpgradeStatus } from './connectRefusal';
import { batchFromWire } from './messageBatch';
import { ConnectionState, type ConnectionChange } from './connectionState';
import { decodeServerFrame } from './decodeServerFrame';
import { joinSubscription, sharedSubscriptionKey } from './joinSubscription';
import { SidecarConnection, type SidecarConnectionOptions } from './SidecarConnection';
import type { SubscriptionEvent, SubscriptionRequest, SubscriptionStatus } from './subscriptionTypes';
import { browserWebSocketFactory } from './transport';
import { WireSubscription } from './WireSubscription';

export interface StreamClientOptions extends SidecarConnectionOptions {
  /** How long the socket stays open with no subscription (a panel edit resubscribes at once). */
  idleCloseMs: number;
  /** Envelopes a shared subscription keeps for panels that join it later (when maxHistory is 0). */
  retainEnvelopes: number;
}

/** Every default in one place. */
export function defaultStreamClientOptions(): Omit<StreamClientOptions, 'url'> {
  return {
    createSocket: browserWebSocketFactory,
    backoff: DEFAULT_BACKOFF,
    connectTimeoutMs: 10_000,
    pingIntervalMs: 15_000,
    silenceTimeoutMs: 45_000,
    idleCloseMs: 10_000,
    retainEnvelopes: 10_000,
    now: () => Date.now(),
    random: Math.random,
    checkRefusal: refusalFromUpgradeStatus,
  };
}

/**
 * One WebSocket to the sidecar per datasource, shared by every panel: the routing of subscriptions
 * over a SidecarConnection, which owns the socket's lifecycle. Live subscriptions with the same
 * filter and options share one Subscribe (reference-counted); when the connection is replaced,
 * every subscription resumes after its last sequence per topic.
 * Lifecycle: connects on the first subscription, closes when idle, close() is final and safe twice.
 */
export class StreamClient {
  private readonly options: StreamClientOptions;
  private readonly connection: SidecarConnection;
  private readonly messages = new Subject<unknown>();
  private readonly subscriptions = new Map<number, WireSubscription>();
  private readonly sharedByKey = new Map<string, WireSubscription>();
  private readonly byStream = new Map<number, Set<WireSubscription>>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Connection changes; emits the current state on subscribe. */
  readonly connection$: Observable<ConnectionChange>;
  /** The connection state alone. */
  readonly state$: Observable<ConnectionState>;

  constructor(options: Partial<StreamClientOptions> & Pick<StreamClientOptions, 'url'>) {
    this.options = { ...defaultStreamClientOptions(), ...options };
    this.connection = new SidecarConnection(this.options, {
      wanted: () => this.subscriptions.size > 0,
      opened: () => this.resubscribeAll(),
      message: (data) => this.messages.next(data),
      lost: () => this.markDisconnected(),
      retrying: (reason) =>
        this.broadcast({ kind: 'status', status: connectionStatus('reconnecting', reason.message) }),
      refused: (refusal) => {
        for (const sub of [...this.subscriptions.values()]) {
          this.forget(sub);
          sub.fail(refusal);
        }
      },
    });
    this.connection$ = this.connection.changes$;
    this.state$ = this.connection.state$;
    this.messages.pipe(decodeServerFrame()).subscribe((decoded) => {
      if (decoded.ok) {
        this.route(decoded.frame);
      } else {
        this.broadcast({ kind: 'notice', category: 'validation', message: decoded.error.message });
      }
    });
  }

  /** The current connection state. */
  get state(): ConnectionState {
    return this.connection.state;
  }

  /** Wire subscriptions currently open (shared ones count once however many panels use them). */
  get openSubscriptions(): number {
    return this.subscriptions.size;
  }

  /**
   * Subscribes to a filter. Live requests (no untilMs) share one wire subscription per filter and
   * options; a later panel is first given the retained history it asked for. A request with
   * untilMs replays that history and completes.
   */
  subscribe(request: SubscriptionRequest): Observable<SubscriptionEvent> {
    return joinSubscription(request, {
      findShared: (key) => this.sharedByKey.get(key),
      open: (req) => this.open(req),
      release: (sub) => this.release(sub),
    });
  }

  /** Closes the socket for good and ends every subscription. Safe to call twice. */
  close(): void {
    if (this.state === ConnectionState.Closed) {
      return;
    }
    clearTimeout(this.idleTimer);
    this.connection.close();
    for (const sub of [...this.subscriptions.values()]) {
      sub.complete();
    }
    this.subscriptions.clear();
    this.sharedByKey.clear();
    this.byStream.clear();
    this.messages.complete();
  }

  private open(request: SubscriptionRequest): WireSubscription {
    if (this.state === ConnectionState.Closed) {
      throw new IoTError('internal', 'the stream client is closed');
    }
    const retainLimit = request.options.maxHistory > 0 ? request.options.maxHistory : this.options.retainEnvelopes;
    const sub = new WireSubscription(this.nextId++, request, retainLimit, this.options.now());
    this.subscriptions.set(sub.id, sub);
    if (sub.shared) {
      this.sharedByKey.set(sharedSubscriptionKey(request.filter, request.options), sub);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.connection.isOpen) {
      this.connection.send(sub.subscribeFrame());
    } else {
      this.connection.ensureOpen();
    }
    return sub;
  }

  private release(sub: WireSubscription): void {
    if (sub.listeners.size > 0 || !this.subscriptions.has(sub.id)) {
      return;
    }
    this.forget(sub);
    this.connection.send({ unsubscribe: { id: sub.id } });
    if (this.subscriptions.size === 0 && this.state !== ConnectionState.Closed) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.goIdle(), this.options.idleCloseMs);
    }
  }

  private forget(sub: WireSubscription): void {
    this.subscriptions.delete(sub.id);
    const key = sharedSubscriptionKey(sub.request.filter, sub.request.options);
    if (this.sharedByKey.get(key) === sub) {
      this.sharedByKey.delete(key);
    }
    for (const streamId of sub.streamIds) {
      this.byStream.get(streamId)?.delete(sub);
    }
  }

  private goIdle(): void {
    this.idleTimer = undefined;
    if (this.subscriptions.size > 0) {
      return;
    }
    this.connection.idle();
  }

  /** A new connection: every subscription asks again, from where it got to. */
  private resubscribeAll(): void {
    this.byStream.clear();
    for (const sub of this.subscriptions.values()) {
      sub.streamIds.clear();
      this.connection.send(sub.subscribeFrame());
    }
  }

  /** The connection is gone: every subscription remembers since when, and its streams are void. */
  private markDisconnected(): void {
    const now = this.options.now();
    for (const sub of this.subscriptions.values()) {
      sub.disconnectedAtMs = sub.disconnectedAtMs ?? now;
      sub.streamIds.clear();
    }
    this.byStream.clear();
  }

  private route(frame: ServerFrame): void {
    if (frame.subscribed) {
      const sub = this.subscriptions.get(frame.subscribed.subscriptionId ?? 0);
      const streamId = frame.subscribed.streamId ?? 0;
      if (sub) {
        // History first has a stream of its own, then the shared live one: follow the latest.
        for (const old of sub.streamIds) {
          this.byStream.get(old)?.delete(sub);
        }
        sub.streamIds.clear();
        sub.streamIds.add(streamId);
        const set = this.byStream.get(streamId) ?? new Set<WireSubscription>();
        set.add(sub);
        this.byStream.set(streamId, set);
        sub.disconnectedAtMs = undefined;
      }
    } else if (frame.batch) {
      const subs = this.byStream.get(frame.batch.streamId ?? 0);
      if (!subs || subs.size === 0) {
        return;
      }
      let batch: MessageBatch;
      try {
        batch = batchFromWire(frame.batch, this.options.now());
      } catch (err) {
        this.broadcast({ kind: 'notice', category: 'validation', message: (err as Error).message });
        return;
      }
      for (const sub of subs) {
        sub.deliverBatch(batch);
      }
    } else if (frame.status) {
      this.onStatus(frame.status);
    } else if (frame.error) {
      this.onError(frame.error);
    }
  }

  private onStatus(wire: NonNullable<ServerFrame['status']>): void {
    const status: SubscriptionStatus = {
      state: subscriptionStateOf(wire.state),
      lagMs: wire.lagMs ?? 0,
      droppedBatches: Number(wire.droppedBatches ?? 0),
      droppedMessages: Number(wire.droppedMessages ?? 0),
      detail: wire.detail ?? '',
      ...(wire.historyNote ? { historyNote: wire.historyNote } : {}),
    };
    const id = wire.subscriptionId ?? 0;
    if (id === 0) {
      this.broadcast({ kind: 'status', status });
      return;
    }
    const sub = this.subscriptions.get(id);
    if (!sub) {
      return;
    }
    sub.emit({ kind: 'status', status });
    if (status.state === 'complete') {
      this.forget(sub);
      sub.complete();
    }
  }

  private onError(wire: NonNullable<ServerFrame['error']>): void {
    const category = categoryFromWire(wire.category);
    const message = wire.message ?? 'the sidecar reported an error';
    const id = wire.subscriptionId ?? 0;
    const sub = id === 0 ? undefined : this.subscriptions.get(id);
    if (!sub) {
      this.broadcast({ kind: 'notice', category, message });
      return;
    }
    if (category === 'validation' || category === 'auth') {
      // Retrying cannot fix a refused filter or key: end this subscription, keep the others.
      this.forget(sub);
      sub.fail(category === 'auth' ? new AuthError(message) : new ValidationError(message));
      return;
    }
    sub.emit({ kind: 'notice', category, message });
  }

  private broadcast(event: SubscriptionEvent): void {
    for (const sub of this.subscriptions.values()) {
      sub.emit(event);
    }
  }
}

function connectionStatus(state: SubscriptionStatus['state'], detail: string): SubscriptionStatus {
  return { state, lagMs: 0, droppedBatches: 0, droppedMessages: 0, detail };
}
