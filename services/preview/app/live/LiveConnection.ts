/**
 * The page's one Grafana Live WebSocket to the preview server (protocol: shared/liveProtocol.ts), as
 * Grafana's centrifuge client keeps one: it connects on first use, subscribes channels, routes
 * publications to them, reconnects with backoff and subscribes every channel again after a reconnect.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import { ReconnectPolicy } from '../../../../common/backoff/ReconnectPolicy';
import { LiveErrorCode, LIVE_WS_PATH, type LiveError, type LivePush, type LiveReply } from '../../shared/liveProtocol';

/** What a channel hears on the connection. */
export interface ChannelListener {
  /** The subscribe reply's initial data; after a reconnect too, which then replaces what was shown. */
  subscribed(initial: unknown, resubscribed: boolean): void;
  publication(data: unknown): void;
  /** The server refused the subscription, or ended the channel's stream for good. */
  failed(error: LiveError): void;
}

interface ChannelEntry {
  data: unknown;
  listener: ChannelListener;
  /** Subscribed at least once on some connection. */
  everSubscribed: boolean;
  /** The connection number the server last confirmed the subscription on. */
  subscribedOn?: number;
}

type Pending = (reply: LiveReply) => void;

/** The socket URL: Grafana's `api/live/ws` under the page's base (which carries the sub-path). */
export function liveSocketUrl(baseUri: string): string {
  const url = new URL(LIVE_WS_PATH.slice(1), baseUri);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export class LiveConnection {
  private socket: WebSocket | undefined;
  private nextId = 1;
  private readonly reconnect = new ReconnectPolicy({ backoff: { initialMs: 500, maxMs: 10_000 } });
  /** Counts connections, so an answer is matched with the connection it came on. */
  private connectionNumber = 0;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly channels = new Map<string, ChannelEntry>();
  private readonly connected$ = new BehaviorSubject<boolean>(false);

  constructor(
    private readonly url: string,
    private readonly createSocket: (url: string) => WebSocket = (u) => new WebSocket(u)
  ) {}

  /** True while the socket is open and connected. */
  get connectionState(): Observable<boolean> {
    return this.connected$;
  }

  /** Subscribes a channel (once per channel); its listener hears everything about it until `unsubscribe`. */
  subscribe(channel: string, data: unknown, listener: ChannelListener): void {
    this.channels.set(channel, { data, listener, everSubscribed: false });
    if (this.connected$.value) {
      this.sendSubscribe(channel);
    } else {
      this.open();
    }
  }

  unsubscribe(channel: string): void {
    if (!this.channels.delete(channel)) {
      return;
    }
    if (this.connected$.value) {
      this.command({ unsubscribe: { channel } }, () => undefined);
    }
  }

  /** Ends every subscription and the socket, for good; safe twice. */
  close(): void {
    this.closed = true;
    this.channels.clear();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.socket?.close();
  }

  private open(): void {
    if (this.closed) {
      return;
    }
    if (this.socket || this.retryTimer) {
      return;
    }
    const socket = this.createSocket(this.url);
    this.socket = socket;
    socket.onopen = () => this.command({ connect: {} }, (reply) => this.onConnected(reply));
    socket.onmessage = (event) => this.onMessage(String(event.data));
    socket.onclose = () => this.onClosed(socket);
    // A failed socket also closes; the close handler reconnects.
    socket.onerror = () => undefined;
  }

  private onConnected(reply: LiveReply): void {
    if ('error' in reply) {
      this.socket?.close();
      return;
    }
    this.reconnect.connected();
    this.connectionNumber++;
    this.connected$.next(true);
    for (const channel of this.channels.keys()) {
      this.sendSubscribe(channel);
    }
  }

  private sendSubscribe(channel: string): void {
    const entry = this.channels.get(channel);
    if (!entry) {
      return;
    }
    const connection = this.connectionNumber;
    this.command({ subscribe: { channel, data: entry.data } }, (reply) => {
      // The channel may have been left, or left and subscribed again, while the server answered:
      // the socket has one subscription per channel, so the answer belongs to whoever holds it now.
      const current = this.channels.get(channel);
      if (!current) {
        if ('subscribe' in reply) {
          this.command({ unsubscribe: { channel } }, () => undefined);
        }
        return;
      }
      if ('error' in reply) {
        if (reply.error.code === LiveErrorCode.alreadySubscribed && current.subscribedOn === connection) {
          return;
        }
        this.channels.delete(channel);
        current.listener.failed(reply.error);
      } else if ('subscribe' in reply) {
        current.listener.subscribed(reply.subscribe.data, current.everSubscribed);
        current.everSubscribed = true;
        current.subscribedOn = connection;
      }
    });
  }

  private command(body: object, onReply: Pending): void {
    const id = this.nextId++;
    this.pending.set(id, onReply);
    this.socket?.send(JSON.stringify({ id, ...body }));
  }

  private onMessage(text: string): void {
    let message: LiveReply | LivePush;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if ('push' in message) {
      const entry = this.channels.get(message.push.channel);
      if (!entry) {
        return;
      }
      if ('pub' in message.push) {
        entry.listener.publication(message.push.pub.data);
      } else {
        this.channels.delete(message.push.channel);
        entry.listener.failed({ code: message.push.unsubscribe.code, message: message.push.unsubscribe.reason });
      }
      return;
    }
    const onReply = this.pending.get(message.id);
    this.pending.delete(message.id);
    onReply?.(message);
  }

  private onClosed(socket: WebSocket): void {
    if (this.socket !== socket) {
      return;
    }
    this.socket = undefined;
    this.pending.clear();
    this.connected$.next(false);
    if (this.channels.size === 0) {
      return;
    }
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.open();
    }, this.reconnect.lost().delayMs);
  }
}
