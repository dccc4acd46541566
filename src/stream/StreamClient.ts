import { BehaviorSubject, distinctUntilChanged, map, Observable, Subject } from 'rxjs';
import { DEFAULT_BACKOFF, type BackoffOptions } from '../../common/backoff/backoff';
import { ReconnectPolicy } from '../../common/backoff/ReconnectPolicy';
import { AuthError, categoryFromWire, IoTError, UpstreamError, ValidationError } from '../../common/errors/errors';
import { ClientFrameCodec, StreamState, type ClientFrame } from '../../common/proto';
import type { MessageBatch, ServerFrame } from './batchTypes';
import { refusalFromUpgradeStatus, upgradeStatusOf, type RefusalCheck } from './connectRefusal';
import { batchFromWire } from './messageBatch';
import { ConnectionState, type ConnectionChange } from './connectionState';
import { decodeServerFrame } from './decodeServerFrame';
import { joinSubscription, sharedSubscriptionKey } from './joinSubscription';
import type { SubscriptionEvent, SubscriptionRequest, SubscriptionStatus } from './subscriptionTypes';
import { browserWebSocketFactory, SOCKET_OPEN, type SocketLike, type WebSocketFactory } from './transport';
import { WireSubscription } from './WireSubscription';

export interface StreamClientOptions {
  /** ws:// or wss:// URL of the sidecar's stream endpoint (through the data source proxy). */
  url: string;
  /** Opens the socket; defaults to the browser's WebSocket. Node hosts pass the `ws` package's. */
  createSocket: WebSocketFactory;
  backoff: BackoffOptions;
  /** How long a connection attempt may take before it is abandoned and retried. */
  connectTimeoutMs: number;
  /** How often to ping, so proxies keep the socket open and a dead one is noticed. */
  pingIntervalMs: number;
  /** With nothing received for this long the socket is considered dead and replaced. */
  silenceTimeoutMs: number;
  /** How long the socket stays open with no subscription (a panel edit resubscribes at once). */
  idleCloseMs: number;
  /** Envelopes a shared subscription keeps for panels that join it later (when maxHistory is 0). */
  retainEnvelopes: number;
  /** Epoch ms; injectable so tests control time. */
  now: () => number;
  random: () => number;
  /** Asked when an attempt failed before the socket opened: a refused key ends every subscription. */
  checkRefusal: RefusalCheck;
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

const STATUS_STATES: Record<number, SubscriptionStatus['state']> = {
  [StreamState.STATE_CONNECTING]: 'connecting',
  [StreamState.STATE_LIVE]: 'live',
  [StreamState.STATE_RECONNECTING]: 'reconnecting',
  [StreamState.STATE_LAGGING]: 'lagging',
  [StreamState.STATE_COMPLETE]: 'complete',
};

/**
 * One WebSocket to the sidecar per datasource, shared by every panel. Live subscriptions with the
 * same filter and options share one Subscribe (reference-counted); the socket reconnects with
 * backoff and jitter and resumes every subscription after its last sequence per topic.
 * Lifecycle: connects on the first subscription, closes when idle, close() is final and safe twice.
 */
export class StreamClient {
  private readonly options: StreamClientOptions;
  private readonly stateSubject: BehaviorSubject<ConnectionChange>;
  private readonly messages = new Subject<unknown>();
  private readonly subscriptions = new Map<number, WireSubscription>();
  private readonly sharedByKey = new Map<string, WireSubscription>();
  private readonly byStream = new Map<number, Set<WireSubscription>>();
  private socket: SocketLike | undefined;
  private nextId = 1;
  /** Restarts its backoff once the sidecar sends its first frame on a connection. */
  private readonly reconnect: ReconnectPolicy;
  private lastReceivedAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;

  /** Connection changes; emits the current state on subscribe. */
  readonly connection$: Observable<ConnectionChange>;
  /** The connection state alone. */
  readonly state$: Observable<ConnectionState>;

  constructor(options: Partial<StreamClientOptions> & Pick<StreamClientOptions, 'url'>) {
    this.options = { ...defaultStreamClientOptions(), ...options };
    this.reconnect = new ReconnectPolicy({
      backoff: this.options.backoff,
      random: this.options.random,
      now: this.options.now,
    });
    this.stateSubject = new BehaviorSubject<ConnectionChange>({
      previous: ConnectionState.Idle,
      state: ConnectionState.Idle,
      detail: '',
      attempt: 0,
    });
    this.connection$ = this.stateSubject.asObservable();
    this.state$ = this.connection$.pipe(
      map((change) => change.state),
      distinctUntilChanged()
    );
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
    return this.stateSubject.value.state;
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
    this.clearTimers();
    clearTimeout(this.idleTimer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'closed by the client');
    this.setState(ConnectionState.Closed, 'closed by the client');
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
    if (this.socket?.readyState === SOCKET_OPEN) {
      this.send(sub.subscribeFrame());
    } else if (this.state === ConnectionState.Idle) {
      this.connect();
    }
    return sub;
  }

  private release(sub: WireSubscription): void {
    if (sub.listeners.size > 0 || !this.subscriptions.has(sub.id)) {
      return;
    }
    this.forget(sub);
    if (this.socket?.readyState === SOCKET_OPEN) {
      this.send({ unsubscribe: { id: sub.id } });
    }
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
    this.clearTimers();
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'no subscriptions');
    this.reconnect.reset();
    this.setState(ConnectionState.Idle, 'no subscriptions');
  }

  private connect(): void {
    this.clearTimers();
    this.setState(
      this.reconnect.attempts === 0 ? ConnectionState.Connecting : ConnectionState.Reconnecting,
      'connecting'
    );
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch (err) {
      this.scheduleReconnect(`cannot open a WebSocket: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    this.connectTimer = setTimeout(() => {
      this.abandon(socket, `no answer from the sidecar within ${this.options.connectTimeoutMs} ms`);
    }, this.options.connectTimeoutMs);
    let opened = false;
    let upgradeStatus: number | undefined;
    socket.onopen = () => {
      opened = true;
      this.onOpen(socket);
    };
    socket.onmessage = (event) => {
      if (socket !== this.socket) {
        return;
      }
      if (this.lastReceivedAt === 0) {
        // A frame after opening means the sidecar accepted us: start the backoff afresh next time.
        this.reconnect.connected();
      }
      this.lastReceivedAt = this.options.now();
      this.messages.next(event.data);
    };
    socket.onerror = (event) => {
      upgradeStatus = upgradeStatusOf(event) ?? upgradeStatus;
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) {
        return;
      }
      this.socket = undefined;
      this.onLost(closeDetail(event.code, event.reason));
      if (!opened) {
        this.checkRefusal(upgradeStatus);
      }
    };
  }

  private onOpen(socket: SocketLike): void {
    if (socket !== this.socket) {
      return;
    }
    clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    this.lastReceivedAt = 0;
    const openedAt = this.options.now();
    this.setState(ConnectionState.Open, 'connected');
    this.byStream.clear();
    for (const sub of this.subscriptions.values()) {
      sub.streamIds.clear();
      this.send(sub.subscribeFrame());
    }
    this.pingTimer = setInterval(() => {
      const quietSince = this.lastReceivedAt === 0 ? openedAt : this.lastReceivedAt;
      if (this.options.now() - quietSince > this.options.silenceTimeoutMs) {
        this.abandon(socket, `nothing from the sidecar for ${this.options.silenceTimeoutMs} ms`);
        return;
      }
      this.send({ ping: { nonce: this.options.now() } });
    }, this.options.pingIntervalMs);
  }

  private abandon(socket: SocketLike, reason: string): void {
    if (socket !== this.socket) {
      return;
    }
    this.socket = undefined;
    socket.onclose = null;
    socket.onmessage = null;
    socket.close(4000, 'abandoned');
    this.onLost(reason);
  }

  private onLost(reason: string): void {
    this.clearTimers();
    const now = this.options.now();
    for (const sub of this.subscriptions.values()) {
      sub.disconnectedAtMs = sub.disconnectedAtMs ?? now;
      sub.streamIds.clear();
    }
    this.byStream.clear();
    if (this.subscriptions.size === 0) {
      this.reconnect.reset();
      this.setState(ConnectionState.Idle, reason);
      return;
    }
    this.scheduleReconnect(reason);
  }

  private scheduleReconnect(reason: string): void {
    const delay = this.reconnect.lost().delayMs;
    this.setState(ConnectionState.Reconnecting, reason);
    this.broadcast({ kind: 'status', status: connectionStatus('reconnecting', reason) });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.subscriptions.size > 0) {
        this.connect();
      } else {
        this.reconnect.reset();
        this.setState(ConnectionState.Idle, 'no subscriptions');
      }
    }, delay);
  }

  /** Ends every subscription with the error when the failed attempt turns out to be a refusal. */
  private checkRefusal(upgradeStatus: number | undefined): void {
    this.options.checkRefusal(upgradeStatus).then(
      (refusal) => {
        if (!refusal || this.state !== ConnectionState.Reconnecting) {
          return;
        }
        this.clearTimers();
        this.reconnect.reset();
        for (const sub of [...this.subscriptions.values()]) {
          this.forget(sub);
          sub.fail(refusal);
        }
        this.setState(ConnectionState.Idle, refusal.message);
      },
      () => undefined
    );
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
      state: STATUS_STATES[wire.state ?? 0] ?? 'live',
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

  private send(frame: ClientFrame): void {
    const socket = this.socket;
    if (socket?.readyState !== SOCKET_OPEN) {
      return;
    }
    try {
      socket.send(ClientFrameCodec.encode(frame).finish());
    } catch (err) {
      this.abandon(socket, new UpstreamError('sending to the sidecar failed', { cause: err }).message);
    }
  }

  private setState(state: ConnectionState, detail: string): void {
    const previous = this.stateSubject.value.state;
    if (previous === state) {
      return;
    }
    this.stateSubject.next({ previous, state, detail, attempt: this.reconnect.attempts });
  }

  private clearTimers(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.connectTimer);
    clearInterval(this.pingTimer);
    this.retryTimer = undefined;
    this.connectTimer = undefined;
    this.pingTimer = undefined;
  }
}

function connectionStatus(state: SubscriptionStatus['state'], detail: string): SubscriptionStatus {
  return { state, lagMs: 0, droppedBatches: 0, droppedMessages: 0, detail };
}

/** A person-readable reason for a WebSocket close code. */
export function closeDetail(code: number, reason: string): string {
  const why = reason ? `: ${reason}` : '';
  if (code === 1008) {
    return `the sidecar refused the connection (policy, usually the API key)${why}`;
  }
  if (code === 1006) {
    return 'the connection to the sidecar was lost (1006)';
  }
  return `the sidecar closed the connection (${code})${why}`;
}
