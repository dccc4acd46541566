/**
 * The preview host's GrafanaLiveSrv, registered with setGrafanaLiveSrv so the plugin's
 * `getGrafanaLiveSrv().getDataStream()` works as in Grafana. Like Grafana's LiveDataStream, one
 * channel keeps one @grafana/data StreamingDataFrame: built from the subscribe reply's initial data,
 * then every publication is pushed into it; each subscriber gets its own copy trimmed to its buffer
 * options, as a DataQueryResponse with state Streaming under its key. A channel lingers briefly after
 * its last subscriber leaves, so a panel that re-runs the same query does not resubscribe.
 */
import {
  LoadingState,
  StreamingDataFrame,
  StreamingFrameAction,
  type DataFrameJSON,
  type DataQueryResponse,
  type LiveChannelAddress,
  type LiveChannelEvent,
  type StreamingFrameOptions,
} from '@grafana/data';
import type { GrafanaLiveSrv, LiveDataStreamOptions } from '@grafana/runtime';
import { Observable, type Subscriber } from 'rxjs';
import { LiveErrorCode, type LiveError } from '../../shared/liveProtocol';
import type { LiveConnection } from './LiveConnection';

/** How long a channel without subscribers stays subscribed (Grafana keeps its streams a while too). */
export const CHANNEL_LINGER_MS = 2_000;
const DEFAULT_BUFFER: StreamingFrameOptions = {
  maxLength: 1_000,
  maxDelta: Infinity,
  action: StreamingFrameAction.Append,
};

interface StreamSubscriber {
  key: string;
  buffer: StreamingFrameOptions;
  output: Subscriber<DataQueryResponse>;
}

interface ChannelState {
  frame: StreamingDataFrame | undefined;
  subscribers: Set<StreamSubscriber>;
  lingerTimer?: ReturnType<typeof setTimeout>;
}

/** `ds/<uid>/<path>`, as Grafana names a datasource channel. */
export function channelId(addr: LiveChannelAddress): string {
  return `${addr.scope}/${addr.stream}/${addr.path}`;
}

let keyCounter = 0;

export class PreviewLiveSrv implements GrafanaLiveSrv {
  private readonly channels = new Map<string, ChannelState>();
  private closed = false;

  constructor(private readonly connection: LiveConnection) {}

  getConnectionState(): Observable<boolean> {
    return this.connection.connectionState;
  }

  getDataStream(options: LiveDataStreamOptions): Observable<DataQueryResponse> {
    return new Observable<DataQueryResponse>((output) => {
      const id = channelId(options.addr);
      const subscriber: StreamSubscriber = {
        key: options.key ?? `preview-live-${++keyCounter}`,
        buffer: { ...DEFAULT_BUFFER, ...options.buffer },
        output,
      };
      const state = this.channels.get(id) ?? this.open(id, options.addr.data);
      clearTimeout(state.lingerTimer);
      state.lingerTimer = undefined;
      state.subscribers.add(subscriber);
      this.fitBuffer(state);
      if (state.frame) {
        this.emitTo(subscriber, state.frame);
      }
      return () => {
        state.subscribers.delete(subscriber);
        if (state.subscribers.size === 0 && !this.closed) {
          state.lingerTimer = setTimeout(() => this.closeChannel(id, state), CHANNEL_LINGER_MS);
        }
      };
    });
  }

  getStream<T>(_address: LiveChannelAddress): Observable<LiveChannelEvent<T>> {
    throw new Error('the preview host stands in for Grafana Live data streams only (getDataStream)');
  }

  getPresence(): Promise<never> {
    return Promise.reject(new Error('the preview host has no Grafana Live presence'));
  }

  publish(): Promise<never> {
    return Promise.reject(new Error('publishing to a plugin channel is refused, as the plugin backend refuses it'));
  }

  /** Ends every stream and the connection; safe twice. */
  close(): void {
    this.closed = true;
    for (const state of this.channels.values()) {
      clearTimeout(state.lingerTimer);
      state.subscribers.forEach((s) => s.output.complete());
    }
    this.channels.clear();
    this.connection.close();
  }

  private open(id: string, data: unknown): ChannelState {
    const state: ChannelState = { frame: undefined, subscribers: new Set() };
    this.channels.set(id, state);
    this.connection.subscribe(id, data, {
      subscribed: (initial) => {
        // A (re)subscription's initial data is the viewer's whole history, so it replaces the frame.
        state.frame = StreamingDataFrame.fromDataFrameJSON((initial ?? {}) as DataFrameJSON, this.largestBuffer(state));
        this.emit(state);
      },
      publication: (packet) => {
        state.frame ??= StreamingDataFrame.empty(this.largestBuffer(state));
        state.frame.push(packet as DataFrameJSON);
        this.emit(state);
      },
      failed: (error) => this.fail(id, state, error),
    });
    return state;
  }

  private largestBuffer(state: ChannelState): StreamingFrameOptions {
    let maxLength = 0;
    let maxDelta = 0;
    for (const { buffer } of state.subscribers) {
      maxLength = Math.max(maxLength, buffer.maxLength);
      maxDelta = Math.max(maxDelta, buffer.maxDelta);
    }
    return state.subscribers.size === 0 ? DEFAULT_BUFFER : { maxLength, maxDelta, action: StreamingFrameAction.Append };
  }

  private fitBuffer(state: ChannelState): void {
    const wanted = this.largestBuffer(state);
    if (state.frame?.needsResizing(wanted)) {
      state.frame.resize(wanted);
    }
  }

  private emit(state: ChannelState): void {
    const frame = state.frame;
    if (frame) {
      for (const subscriber of state.subscribers) {
        this.emitTo(subscriber, frame);
      }
    }
  }

  private emitTo(subscriber: StreamSubscriber, frame: StreamingDataFrame): void {
    // Each subscriber gets its own frame object trimmed to its own buffer, as Grafana hands them out.
    const own = StreamingDataFrame.deserialize(
      frame.serialize(undefined, subscriber.buffer, { maxLength: subscriber.buffer.maxLength })
    );
    subscriber.output.next({ key: subscriber.key, state: LoadingState.Streaming, data: [own] });
  }

  private fail(id: string, state: ChannelState, error: LiveError): void {
    this.channels.delete(id);
    clearTimeout(state.lingerTimer);
    for (const subscriber of state.subscribers) {
      subscriber.output.next({
        key: subscriber.key,
        state: LoadingState.Error,
        data: state.frame ? [state.frame] : [],
        errors: [{ message: error.message, status: error.code === LiveErrorCode.permissionDenied ? 403 : undefined }],
      });
      subscriber.output.complete();
    }
  }

  private closeChannel(id: string, state: ChannelState): void {
    if (this.channels.get(id) === state && state.subscribers.size === 0) {
      this.channels.delete(id);
      this.connection.unsubscribe(id);
    }
  }
}
