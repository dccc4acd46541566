/**
 * The sidecar's only door to the broker: one gRPC channel, unary calls with deadlines, and Subscribe
 * streams whose envelopes arrive with their encoded size (read from the wire, not re-encoded).
 */
import * as grpc from '@grpc/grpc-js';
import { iot as proto, type DecodedEnvelope } from '../../../common/proto';
import type { iot } from '../../../common/proto/generated';
import {
  BROKER_SERVICE_NAME,
  bearerMetadata,
  brokerServiceDefinition,
  type BrokerClient,
} from '../../grpc/brokerService';
import { brokerCallError } from './grpcErrors';
import type { IoTError } from '../../../common/errors/errors';

export type SubscribeRequestInit = iot.broker.v1.ISubscribeRequest;

/** An envelope with the size it had on the wire, which bounds batches without encoding twice. */
export interface SizedEnvelope {
  envelope: DecodedEnvelope;
  byteLength: number;
}

export interface SubscribeHandlers {
  /** First on every stream: the history it delivers from, and whether the resume recovered. */
  onStart(start: iot.broker.v1.IStreamStart): void;
  /** Messages of a topic the broker states it will not deliver. */
  onGap(gap: iot.broker.v1.ITopicGap): void;
  onEnvelope(item: SizedEnvelope): void;
  /** Everything replayed from history has come; what follows is live (brokers that say so). */
  onHistoryEnd?(): void;
  /** The broker ended the stream (history-only subscriptions end this way). */
  onEnd(): void;
  onError(err: IoTError): void;
}

/** An open Subscribe call; cancel() is safe to call at any time, also twice. */
export interface UpstreamCall {
  cancel(): void;
}

/** What the stream layer needs from the broker; faked in unit tests. */
export interface EnvelopeSource {
  subscribe(
    token: string | undefined,
    request: SubscribeRequestInit,
    handlers: SubscribeHandlers,
    deadlineMs?: number
  ): UpstreamCall;
}

type UnaryMethod = 'publish' | 'command' | 'listTopics' | 'listDevices' | 'getInfo';
type UnaryRequest<M extends UnaryMethod> = Parameters<BrokerClient[M]>[0];
type UnaryResponse<M extends UnaryMethod> = Parameters<Parameters<BrokerClient[M]>[3]>[1] & object;

/** Keepalive finds a dead broker connection even when no TCP reset ever arrives. */
const CHANNEL_OPTIONS: grpc.ClientOptions = {
  'grpc.keepalive_time_ms': 30_000,
  'grpc.keepalive_timeout_ms': 10_000,
  'grpc.max_receive_message_length': 16 * 1024 * 1024,
};

const METHOD_LABELS: Record<UnaryMethod, string> = {
  publish: 'Publishing to the broker',
  command: 'The device command',
  listTopics: "Listing the broker's topics",
  listDevices: "Listing the broker's devices",
  getInfo: 'Asking the broker for its info',
};

/** A Subscribe event with the size it had on the wire. */
interface SizedEvent {
  event: iot.broker.v1.SubscribeEvent;
  byteLength: number;
}

function sizedServiceDefinition(): grpc.ServiceDefinition {
  const subscribe = brokerServiceDefinition.Subscribe;
  return {
    ...brokerServiceDefinition,
    Subscribe: {
      ...subscribe,
      responseDeserialize: (bytes: Buffer): SizedEvent => ({
        event: proto.broker.v1.SubscribeEvent.decode(bytes),
        byteLength: bytes.length,
      }),
    },
  };
}

const SizedClientConstructor = grpc.makeGenericClientConstructor(sizedServiceDefinition(), BROKER_SERVICE_NAME);

export class BrokerGateway implements EnvelopeSource {
  readonly target: string;
  private readonly client: BrokerClient;
  private readonly callTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private closed = false;

  constructor(
    target: string,
    options: { callTimeoutMs: number; connectTimeoutMs: number; credentials?: grpc.ChannelCredentials }
  ) {
    this.target = target;
    this.client = new SizedClientConstructor(
      target,
      options.credentials ?? grpc.credentials.createInsecure(),
      CHANNEL_OPTIONS
    ) as unknown as BrokerClient;
    this.callTimeoutMs = options.callTimeoutMs;
    this.connectTimeoutMs = options.connectTimeoutMs;
  }

  /** Calls a unary broker method with the given token and a deadline (the call timeout unless given). */
  unary<M extends UnaryMethod>(
    method: M,
    token: string | undefined,
    request: UnaryRequest<M>,
    timeoutMs = this.callTimeoutMs
  ): Promise<UnaryResponse<M>> {
    return new Promise((resolve, reject) => {
      const deadline = new Date(Date.now() + timeoutMs);
      const callback = (err: grpc.ServiceError | null, response?: UnaryResponse<M>) => {
        if (err || !response) {
          reject(brokerCallError(err ?? new Error('empty response'), METHOD_LABELS[method]));
        } else {
          resolve(response);
        }
      };
      const call = this.client[method] as unknown as (
        req: unknown,
        metadata: grpc.Metadata,
        options: grpc.CallOptions,
        cb: typeof callback
      ) => grpc.ClientUnaryCall;
      call.call(this.client, request, bearerMetadata(token), { deadline }, callback);
    });
  }

  /**
   * Opens a Subscribe stream once the channel is ready (bounded by the connect timeout, so an
   * unreachable broker fails fast and the caller's backoff takes over). A live stream has no overall
   * deadline by nature; `deadlineMs` bounds history fetches.
   */
  subscribe(
    token: string | undefined,
    request: SubscribeRequestInit,
    handlers: SubscribeHandlers,
    deadlineMs?: number
  ): UpstreamCall {
    let call: grpc.ClientReadableStream<SizedEvent> | undefined;
    let cancelled = false;
    let finished = false;
    const finish = (err?: IoTError) => {
      if (finished) {
        return;
      }
      finished = true;
      if (err) {
        handlers.onError(err);
      } else {
        handlers.onEnd();
      }
    };
    const start = () => {
      const options: grpc.CallOptions = deadlineMs === undefined ? {} : { deadline: new Date(Date.now() + deadlineMs) };
      const stream = this.client.subscribe(
        request,
        bearerMetadata(token),
        options
      ) as unknown as grpc.ClientReadableStream<SizedEvent>;
      call = stream;
      stream.on('data', ({ event, byteLength }: SizedEvent) => {
        if (finished) {
          return;
        }
        if (event.envelope) {
          handlers.onEnvelope({ envelope: event.envelope as DecodedEnvelope, byteLength });
        } else if (event.start) {
          handlers.onStart(event.start);
        } else if (event.gap) {
          handlers.onGap(event.gap);
        } else if (event.historyEnd) {
          handlers.onHistoryEnd?.();
        }
      });
      stream.on('error', (err) => {
        if (!cancelled) {
          finish(brokerCallError(err, 'The broker subscription'));
        }
      });
      stream.on('end', () => {
        if (!cancelled) {
          finish();
        }
      });
    };
    this.client.waitForReady(new Date(Date.now() + this.connectTimeoutMs), (err) => {
      if (cancelled) {
        return;
      }
      if (err) {
        finish(
          brokerCallError(
            Object.assign(new Error(err.message), {
              code: grpc.status.UNAVAILABLE,
              details: `cannot reach the broker at ${this.target}`,
            }),
            'The broker subscription'
          )
        );
        return;
      }
      start();
    });
    return {
      cancel: () => {
        if (cancelled) {
          return;
        }
        cancelled = true;
        finished = true;
        call?.cancel();
      },
    };
  }

  /** Closes the channel; open calls fail. Safe to call twice. */
  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.client.close();
    }
  }
}
