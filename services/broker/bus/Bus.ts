/**
 * The bus behind the broker: it numbers, retains and fans out messages, namespaced by tenant.
 * The embedded in-memory implementation is MemoryBus; a distributed one (e.g. NATS JetStream) would
 * implement the same interface.
 */
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
  /** Tenant-wide publish order, to merge the histories of several topics. */
  readonly ordinal: number;
  /** The Envelope, encoded once and written as-is to every subscriber. */
  readonly bytes: Buffer;
}

/** Where history starts and ends; with no start at all a subscription is live only. */
export interface HistoryStart {
  /** Replay messages with a sequence greater than this. */
  afterSequence?: number;
  /** Replay messages with a broker time at or after this (epoch ms). */
  sinceMs?: number;
  /** Per-topic positions, overriding afterSequence and sinceMs for the topics listed. */
  resume?: ReadonlyMap<string, number>;
  /** The most messages to replay (0 or absent: the bus limit); the newest are kept. */
  maxHistory?: number;
  /** Only messages with a broker time before this (epoch ms). */
  untilMs?: number;
}

/** Called synchronously for every live message matching a subscription. */
export type MessageListener = (message: StoredMessage) => void;

/** A live subscription and the history that precedes it, taken atomically. */
export interface BusSubscription {
  /** Retained messages to replay first, oldest first; live messages continue right after them. */
  readonly history: readonly StoredMessage[];
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
  /** Numbers, retains and fans out one message (reading `input` only during the call); throws ValidationError or RateLimitError when refused. */
  publish(tenant: string, input: PublishInput): Published;
  /** Registers a live listener and snapshots the history before it in one step, so nothing falls between. */
  subscribe(
    tenant: string,
    filter: string,
    start: HistoryStart | undefined,
    listener: MessageListener
  ): BusSubscription;
  /** The retained messages matching a filter and a start, oldest first. */
  history(tenant: string, filter: string, start: HistoryStart): StoredMessage[];
  /** The tenant's topics matching a filter (all when absent), sorted by name. */
  topics(tenant: string, filter?: string): TopicStats[];
  /** How many topics the tenant has. */
  topicCount(tenant: string): number;
  /** Retained messages over all tenants. */
  historySize(): number;
  /** Live subscriptions over all tenants. */
  subscriberCount(): number;
  /** Drops every subscription and retained message; safe to call twice. */
  close(): void;
}
