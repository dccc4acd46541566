import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs';
import type { BackoffOptions } from '../../common/backoff/backoff';
import { ReconnectPolicy } from '../../common/backoff/ReconnectPolicy';
import { TimeoutError, UpstreamError, type IoTError } from '../../common/errors/errors';
import { ClientFrameCodec, type ClientFrame } from '../../common/proto';
import { upgradeStatusOf, type RefusalCheck } from './connectRefusal';
import { ConnectionState, type ConnectionChange } from './connectionState';
import { SOCKET_OPEN, type SocketLike, type WebSocketFactory } from './transport';

/** What the connection needs to know; StreamClientOptions carries every field. */
export interface SidecarConnectionOptions {
  /** ws:// or wss:// URL of the sidecar's stream endpoint (through the data source proxy). */
  url: string;
  createSocket: WebSocketFactory;
  backoff: BackoffOptions;
  /** How long a connection attempt may take before it is abandoned and retried. */
  connectTimeoutMs: number;
  /** How often to ping, so proxies keep the socket open and a dead one is noticed. */
  pingIntervalMs: number;
  /** With nothing received for this long the socket is considered dead and replaced. */
  silenceTimeoutMs: number;
  now: () => number;
  random: () => number;
  /** Asked when an attempt failed before the socket opened: a refused key ends every attempt. */
  checkRefusal: RefusalCheck;
}

/** What the connection tells its user, in the order things happen. */
export interface ConnectionEvents {
  /** Whether anything still wants a socket; without, a lost socket is not replaced. */
  wanted(): boolean;
  /** The socket opened: send what every new connection needs. */
  opened(): void;
  /** A message arrived (undecoded). */
  message(data: unknown): void;
  /** The socket is gone; what was sent on it is lost. */
  lost(reason: IoTError): void;
  /** A retry is scheduled after `reason`. */
  retrying(reason: IoTError): void;
  /** The sidecar refused the connection: no retry can succeed. */
  refused(error: IoTError): void;
}

/**
 * The one WebSocket to the sidecar: opens it, pings it, replaces it when it dies (with the shared
 * reconnect policy), and reports its state as a typed status stream: `changes$` emits the current
 * state on subscribe, then each real change with the previous state and why. It knows nothing of
 * subscriptions: the events above let its user resubscribe and route.
 */
export class SidecarConnection {
  private readonly statusSubject: BehaviorSubject<ConnectionChange>;
  /** Restarts its backoff once the sidecar sends its first frame on a connection. */
  private readonly reconnect: ReconnectPolicy;
  private socket: SocketLike | undefined;
  private lastReceivedAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;

  /** Connection changes; emits the current state on subscribe. */
  readonly changes$: Observable<ConnectionChange>;
  /** The connection state alone. */
  readonly state$: Observable<ConnectionState>;

  constructor(
    private readonly options: SidecarConnectionOptions,
    private readonly events: ConnectionEvents
  ) {
    this.reconnect = new ReconnectPolicy({ backoff: options.backoff, random: options.random, now: options.now });
    this.statusSubject = new BehaviorSubject<ConnectionChange>({
      previous: ConnectionState.Idle,
      state: ConnectionState.Idle,
      detail: '',
      attempt: 0,
    });
    this.changes$ = this.statusSubject.asObservable();
    this.state$ = this.changes$.pipe(
      map((change) => change.state),
      distinctUntilChanged()
    );
  }

  get state(): ConnectionState {
    return this.statusSubject.value.state;
  }

  /** True while frames can be sent. */
  get isOpen(): boolean {
    return this.socket?.readyState === SOCKET_OPEN;
  }

  /** Opens the socket unless one is open or being opened. */
  ensureOpen(): void {
    if (this.state === ConnectionState.Idle) {
      this.connect();
    }
  }

  /** Sends a frame when the socket is open; a failed send replaces the socket. */
  send(frame: ClientFrame): void {
    const socket = this.socket;
    if (socket?.readyState !== SOCKET_OPEN) {
      return;
    }
    try {
      socket.send(ClientFrameCodec.encode(frame).finish());
    } catch (err) {
      this.abandon(socket, new UpstreamError('sending to the sidecar failed', { cause: err }));
    }
  }

  /** Closes the socket because nothing wants it; a later ensureOpen() starts afresh. */
  idle(): void {
    this.clearTimers();
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'no subscriptions');
    this.reconnect.reset();
    this.setState(ConnectionState.Idle, 'no subscriptions');
  }

  /** Closes the socket for good. Safe to call twice. */
  close(): void {
    if (this.state === ConnectionState.Closed) {
      return;
    }
    this.clearTimers();
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'closed by the client');
    this.setState(ConnectionState.Closed, 'closed by the client');
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
      const why = err instanceof Error ? err.message : String(err);
      this.scheduleReconnect(new UpstreamError(`cannot open a WebSocket: ${why}`, { cause: err }));
      return;
    }
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    this.connectTimer = setTimeout(() => {
      this.abandon(socket, new TimeoutError(`no answer from the sidecar within ${this.options.connectTimeoutMs} ms`));
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
      this.events.message(event.data);
    };
    socket.onerror = (event) => {
      upgradeStatus = upgradeStatusOf(event) ?? upgradeStatus;
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) {
        return;
      }
      this.socket = undefined;
      this.onLost(new UpstreamError(closeDetail(event.code, event.reason)));
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
    this.events.opened();
    this.pingTimer = setInterval(() => {
      const quietSince = this.lastReceivedAt === 0 ? openedAt : this.lastReceivedAt;
      if (this.options.now() - quietSince > this.options.silenceTimeoutMs) {
        this.abandon(socket, new TimeoutError(`nothing from the sidecar for ${this.options.silenceTimeoutMs} ms`));
        return;
      }
      this.send({ ping: { nonce: this.options.now() } });
    }, this.options.pingIntervalMs);
  }

  private abandon(socket: SocketLike, reason: IoTError): void {
    if (socket !== this.socket) {
      return;
    }
    this.socket = undefined;
    socket.onclose = null;
    socket.onmessage = null;
    socket.close(4000, 'abandoned');
    this.onLost(reason);
  }

  private onLost(reason: IoTError): void {
    this.clearTimers();
    this.events.lost(reason);
    if (!this.events.wanted()) {
      this.reconnect.reset();
      this.setState(ConnectionState.Idle, reason.message, reason);
      return;
    }
    this.scheduleReconnect(reason);
  }

  private scheduleReconnect(reason: IoTError): void {
    const delay = this.reconnect.lost().delayMs;
    this.setState(ConnectionState.Reconnecting, reason.message, reason);
    this.events.retrying(reason);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.events.wanted()) {
        this.connect();
      } else {
        this.reconnect.reset();
        this.setState(ConnectionState.Idle, 'no subscriptions');
      }
    }, delay);
  }

  /** Gives up retrying when the failed attempt turns out to be a refusal. */
  private checkRefusal(upgradeStatus: number | undefined): void {
    this.options.checkRefusal(upgradeStatus).then(
      (refusal) => {
        if (!refusal || this.state !== ConnectionState.Reconnecting) {
          return;
        }
        this.clearTimers();
        this.reconnect.reset();
        this.events.refused(refusal);
        this.setState(ConnectionState.Idle, refusal.message, refusal);
      },
      () => undefined
    );
  }

  private setState(state: ConnectionState, detail: string, error?: IoTError): void {
    const previous = this.statusSubject.value.state;
    if (previous === state) {
      return;
    }
    const attempt = this.reconnect.attempts;
    this.statusSubject.next(error ? { previous, state, detail, attempt, error } : { previous, state, detail, attempt });
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
