/**
 * The channel side of the preview host's Grafana Live stand-in, doing what Grafana's server does for
 * a backend datasource's `ds/<uid>/<path>` channels: every subscribe asks the backend's
 * SubscribeStream (NOT_FOUND and PERMISSION_DENIED become subscribe errors), the first subscriber of
 * a channel starts ONE RunStream whose packets go to every subscriber, a RunStream that fails is
 * started again while anyone still listens, and the last subscriber leaving cancels it.
 */
import { LiveErrorCode, publicationText, type LiveError } from '../../shared/liveProtocol';
import type { PluginContext } from '../../../backend/grpc/messages';

/** SubscribeStream's answer, with the status as the proto's enum name. */
export interface SubscribeStreamAnswer {
  status: 'OK' | 'NOT_FOUND' | 'PERMISSION_DENIED' | string;
  /** The initial frame JSON (may be empty). */
  data: Buffer;
}

export interface StreamRequest {
  pluginContext: PluginContext;
  path: string;
  /** The subscriber's data as JSON bytes (empty when it sent none). */
  data: Buffer;
}

/** What the hub needs from the plugin backend's Stream service. */
export interface LiveStreamBackend {
  subscribeStream(request: StreamRequest): Promise<SubscribeStreamAnswer>;
  /** Starts RunStream; `end` is called once, with the error unless the stream ended or was cancelled. */
  runStream(
    request: StreamRequest,
    handlers: { packet(data: Buffer): void; end(error?: Error): void }
  ): {
    cancel(): void;
  };
}

/** One WebSocket client of the hub. */
export interface LiveSubscriber {
  readonly id: string;
  /** Sends one text message; the same string goes to every subscriber of a channel. */
  send(text: string): void;
}

export interface LiveHubOptions {
  backend: LiveStreamBackend;
  /** The datasource whose channels exist (`ds/<uid>/…`), read on every subscribe. */
  datasourceUid: () => string;
  /** The plugin context of a call, with the datasource's current settings and the user. */
  pluginContext: () => PluginContext;
  /** Wait before starting a failed RunStream again; doubled up to 8×. Default 1000 ms (Grafana's). */
  restartDelayMs?: number;
  onError?: (message: string, error: unknown) => void;
}

export type SubscribeResult = { ok: true; initial: string | undefined } | { ok: false; error: LiveError };

interface Channel {
  readonly name: string;
  readonly path: string;
  readonly subscribers: Set<LiveSubscriber>;
  /** The first subscriber's data, which RunStream gets (as Grafana passes it). */
  readonly data: Buffer;
  run?: { cancel(): void };
  restartTimer?: ReturnType<typeof setTimeout>;
  failures: number;
}

const DEFAULT_RESTART_DELAY_MS = 1_000;

export class LiveHub {
  private readonly channels = new Map<string, Channel>();
  private readonly pending = new Map<LiveSubscriber, Set<string>>();
  private closed = false;

  constructor(private readonly options: LiveHubOptions) {}

  /** How many channels have a RunStream open (for tests and logs). */
  get runningStreams(): number {
    return [...this.channels.values()].filter((c) => c.run !== undefined).length;
  }

  /** Subscribes `subscriber` to `channel`; resolves with the initial frame JSON or the refusal. */
  async subscribe(subscriber: LiveSubscriber, channelName: string, data: unknown): Promise<SubscribeResult> {
    const path = this.pathOf(channelName);
    if (path === undefined) {
      return refuse(
        LiveErrorCode.unknownChannel,
        `unknown channel ${channelName}: this host serves ds/${this.options.datasourceUid()}/…`
      );
    }
    if (this.channels.get(channelName)?.subscribers.has(subscriber) || this.pending.get(subscriber)?.has(channelName)) {
      return refuse(LiveErrorCode.alreadySubscribed, `already subscribed to ${channelName}`);
    }
    const dataBytes = data === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(data));
    const waiting = this.pending.get(subscriber) ?? new Set<string>();
    waiting.add(channelName);
    this.pending.set(subscriber, waiting);
    let answer: SubscribeStreamAnswer;
    try {
      answer = await this.options.backend.subscribeStream({
        pluginContext: this.options.pluginContext(),
        path,
        data: dataBytes,
      });
    } catch (err) {
      this.options.onError?.('SubscribeStream failed', err);
      return refuse(LiveErrorCode.internal, `the plugin backend could not subscribe: ${messageOf(err)}`);
    } finally {
      waiting.delete(channelName);
    }
    if (this.closed || !this.pending.has(subscriber)) {
      // The socket left (or the hub closed) while the backend answered.
      return refuse(LiveErrorCode.internal, 'the connection closed while subscribing');
    }
    if (answer.status === 'NOT_FOUND') {
      return refuse(LiveErrorCode.unknownChannel, `the plugin backend does not know the channel ${channelName}`);
    }
    if (answer.status === 'PERMISSION_DENIED') {
      return refuse(LiveErrorCode.permissionDenied, `permission denied: the plugin backend refused ${channelName}`);
    }
    if (answer.status !== 'OK') {
      return refuse(LiveErrorCode.internal, `the plugin backend answered ${answer.status} to the subscription`);
    }
    let channel = this.channels.get(channelName);
    if (!channel) {
      channel = { name: channelName, path, subscribers: new Set(), data: dataBytes, failures: 0 };
      this.channels.set(channelName, channel);
    }
    channel.subscribers.add(subscriber);
    if (!channel.run && !channel.restartTimer) {
      this.start(channel);
    }
    return { ok: true, initial: answer.data.length > 0 ? answer.data.toString('utf8') : undefined };
  }

  /** Removes one subscription; the channel's RunStream is cancelled when it was the last. */
  unsubscribe(subscriber: LiveSubscriber, channelName: string): void {
    const channel = this.channels.get(channelName);
    if (!channel?.subscribers.delete(subscriber)) {
      return;
    }
    if (channel.subscribers.size === 0) {
      this.stop(channel);
    }
  }

  /** A socket opened: its subscriptions may be in flight from now on. */
  join(subscriber: LiveSubscriber): void {
    this.pending.set(subscriber, new Set());
  }

  /** A socket closed: every subscription of it ends. */
  leave(subscriber: LiveSubscriber): void {
    this.pending.delete(subscriber);
    for (const channel of [...this.channels.values()]) {
      this.unsubscribe(subscriber, channel.name);
    }
  }

  /** Cancels every RunStream; safe twice. */
  close(): void {
    this.closed = true;
    for (const channel of [...this.channels.values()]) {
      this.stop(channel);
    }
    this.pending.clear();
  }

  private pathOf(channelName: string): string | undefined {
    const prefix = `ds/${this.options.datasourceUid()}/`;
    return channelName.startsWith(prefix) && channelName.length > prefix.length
      ? channelName.slice(prefix.length)
      : undefined;
  }

  private start(channel: Channel): void {
    channel.restartTimer = undefined;
    let ended = false;
    // Set before RunStream starts, so an end reported at once is recognised as this attempt's.
    const attempt = { cancel: () => {} };
    channel.run = attempt;
    const handle = this.options.backend.runStream(
      { pluginContext: this.options.pluginContext(), path: channel.path, data: channel.data },
      {
        packet: (data) => {
          channel.failures = 0;
          const text = publicationText(channel.name, data.toString('utf8'));
          for (const subscriber of channel.subscribers) {
            subscriber.send(text);
          }
        },
        end: (error) => {
          if (ended || channel.run !== attempt) {
            return;
          }
          ended = true;
          channel.run = undefined;
          if (channel.subscribers.size === 0 || this.closed) {
            return;
          }
          if (error) {
            this.options.onError?.(`RunStream of ${channel.name} failed; starting it again`, error);
            const delay =
              (this.options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS) * 2 ** Math.min(channel.failures, 3);
            channel.failures++;
            channel.restartTimer = setTimeout(() => this.start(channel), delay);
            return;
          }
          // A stream that ends without an error is over for its subscribers, as in Grafana.
          const text = JSON.stringify({
            push: { channel: channel.name, unsubscribe: { code: 0, reason: 'the stream ended' } },
          });
          for (const subscriber of channel.subscribers) {
            subscriber.send(text);
          }
          this.channels.delete(channel.name);
        },
      }
    );
    attempt.cancel = () => handle.cancel();
  }

  private stop(channel: Channel): void {
    clearTimeout(channel.restartTimer);
    channel.restartTimer = undefined;
    const run = channel.run;
    channel.run = undefined;
    this.channels.delete(channel.name);
    run?.cancel();
  }
}

function refuse(code: number, message: string): SubscribeResult {
  return { ok: false, error: { code, message } };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
