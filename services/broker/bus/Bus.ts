/**
 * The bus behind the broker: it numbers, retains and fans out messages, namespaced by tenant.
 * The embedded in-memory implementation is MemoryBus; JetStreamBus puts the same contract on NATS
 * JetStream. Everything that may touch the network is asynchronous; MemoryBus answers at once.
 */
import type { HistoryStart } from '../../../common/positions/HistoryStart';
import type { google, iot } from '../../../common/proto/generated';

type IPayload = iot.broker.v1.IPayload;

/** Where a message came from, for metrics. */
export type MessageSource = 'publish' | 'device';

/** One message to publish; the bus assigns the sequence and broker time. */
export interface PublishInput {
  topic: string;
  /**
   * The payload as an object, or already encoded (an iot.broker.v1.Payload's bytes, checked with
   * checkPayloadBytes): servers forward device payloads this way without decoding them.
   */
  payload: IPayload | Uint8Array;
  deviceId?: string;
  labels?: { [key: string]: string } | null;
  /** When the device measured it, carried to the nanosecond; the broker time when absent or zero. */
  eventTime?: google.protobuf.ITimestamp | null;
}

/** What the bus assigned to a published message. */
export interface Published {
  sequence: number;
  brokerTimeMs: number;
}

/** A retained message: its encoded Envelope plus what history queries look at. */
export interface StoredMessage {
  readonly topic: string;
  readonly sequence: number;
  readonly brokerTimeMs: number;
  /**
   * The message's offset in its tenant's history (Envelope.offset): increasing across the tenant's
   * topics, it merges their histories and is what a subscriber resumes after.
   */
  readonly ordinal: number;
  /**
   * An iot.broker.v1.SubscribeEvent carrying the Envelope (offset included), encoded once and
   * written as-is to every subscriber.
   */
  readonly bytes: Buffer;
}

/** Why a TopicGap's messages are left out (iot.broker.v1.GapReason). */
export type GapReason = 'retention' | 'history_limit' | 'slow_subscriber';

/** Sequences fromSequence..toSequence of a topic that a stream will not deliver (iot.broker.v1.TopicGap). */
export interface TopicGap {
  topic: string;
  /** 0 when unknown: the loss starts right after the subscriber's last message of the topic. */
  fromSequence: number;
  toSequence: number;
  reason: GapReason;
}

/** A history read: the messages, and the bus's statement of what it recovered and what it left out. */
export interface HistoryRead {
  /** Oldest first. */
  readonly messages: readonly StoredMessage[];
  /** The history the messages belong to. */
  readonly epoch: string;
  /** With HistoryQuery.from: true when every message after it is in `messages`. */
  readonly recovered: boolean;
  /** Per topic, what the read leaves out; each comes before that topic's messages. */
  readonly gaps: readonly TopicGap[];
}

/** Where history starts (common/positions/HistoryStart) and how much of it to read. */
export interface HistoryQuery extends HistoryStart {
  /** The most messages to replay (0 or absent: the bus limit); the newest are kept. */
  maxHistory?: number;
  /** Only messages with a broker time before this (epoch ms). */
  untilMs?: number;
}

/**
 * Called for every live message matching a subscription, in sequence order per topic. It may be called
 * as soon as subscribe() has resolved, before the caller's continuation runs: callers buffer until ready.
 */
export type MessageListener = (message: StoredMessage) => void;

/** A live subscription and the history that precedes it, with nothing between them and nothing twice. */
export interface BusSubscription {
  /** Retained messages to replay first (with its statement); live messages continue right after them. */
  readonly history: HistoryRead;
  /** Stops live delivery; safe to call twice. */
  close(): void;
}

/** Discovery data of one topic. */
export interface TopicStats {
  name: string;
  messageCount: number;
  lastTimeMs: number;
  ratePerSecond: number;
  fields: string[];
  lastSequence: number;
}

export interface Bus {
  /** A short name for GetInfo, e.g. "memory". */
  readonly kind: string;
  /**
   * Numbers, retains and fans out one message. Resolves once the message is durable (as durable as the
   * bus can make it) and sequenced; rejects with ValidationError or RateLimitError when refused, with
   * UpstreamError or TimeoutError when the bus cannot store it (then it may or may not be stored).
   * `input` is read synchronously during the call only, so callers may reuse it right after.
   * Messages published one after another from one broker to one topic are sequenced in call order,
   * without waiting for the previous promise.
   */
  publish(tenant: string, input: PublishInput): Promise<Published>;
  /**
   * Starts a live subscription and the history before it so that nothing falls between and nothing
   * comes twice: every message after the last history message reaches the listener.
   */
  subscribe(
    tenant: string,
    filter: string,
    start: HistoryQuery | undefined,
    listener: MessageListener
  ): Promise<BusSubscription>;
  /** The retained messages matching a filter and a start, oldest first, with what was left out. */
  history(tenant: string, filter: string, start: HistoryQuery): Promise<HistoryRead>;
  /** The tenant's topics matching a filter (all when absent), sorted by name. */
  topics(tenant: string, filter?: string): Promise<TopicStats[]>;
  /** How many topics the tenant has. */
  topicCount(tenant: string): Promise<number>;
  /** Retained messages over all tenants, as last known (a metrics gauge: never waits). */
  historySize(): number;
  /** Live subscriptions of this broker over all tenants. */
  subscriberCount(): number;
  /** Ends every subscription and releases the bus's resources; safe to call twice. */
  close(): Promise<void>;
}
