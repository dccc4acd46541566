/**
 * The embedded bus: everything in this process's memory. Sequences, history and subscriptions live
 * per tenant; nothing is shared between tenants but the process.
 */
import { RateLimitError, UpstreamError, ValidationError } from '../../../common/errors/errors';
import { iot } from '../../../common/proto';
import { timestampFromMs } from '../../../common/time/timestamp';
import { compileTopicFilter, hasWildcard } from '../../../common/topics/topicFilter';
import type {
  Bus,
  BusSubscription,
  HistoryStart,
  MessageListener,
  Published,
  PublishInput,
  StoredMessage,
  TopicStats,
} from './Bus';
import { SubscriberIndex } from './SubscriberIndex';
import { TopicLog } from './TopicLog';

export interface MemoryBusOptions {
  /** Messages retained per topic. */
  historyMaxMessages: number;
  /** How long a message is retained, in ms (0: no age limit). */
  historyMaxAgeMs: number;
  /** The most history messages one subscription replays. */
  maxReplay: number;
  /** The largest encoded Envelope accepted, in bytes. */
  maxMessageBytes: number;
  /** Topics per tenant; publishing to one more is refused. */
  maxTopicsPerTenant: number;
  /** The clock, injectable for tests. */
  now: () => number;
}

/** Defaults of the in-memory bus. */
export function defaultMemoryBusOptions(): MemoryBusOptions {
  return {
    historyMaxMessages: 1000,
    historyMaxAgeMs: 3_600_000,
    maxReplay: 10_000,
    maxMessageBytes: 1024 * 1024,
    maxTopicsPerTenant: 100_000,
    now: Date.now,
  };
}

/** How often idle topics are swept for expired history. */
const AGE_SWEEP_INTERVAL_MS = 5_000;

const PayloadCodec = iot.broker.v1.Payload;
const WireEnvelopeCodec = iot.broker.v1.wire.Envelope;

class TenantSpace {
  readonly topics = new Map<string, TopicLog>();
  readonly subscribers = new SubscriberIndex();
  ordinal = 0;
}

export class MemoryBus implements Bus {
  readonly kind = 'memory';
  private readonly options: MemoryBusOptions;
  private readonly tenants = new Map<string, TenantSpace>();
  private retained = 0;
  private lastBrokerTimeMs = 0;
  private sweepTimer: NodeJS.Timeout | undefined;
  private closed = false;
  // Reused for every publish: the encoder reads it synchronously, so one scratch object is enough.
  private readonly scratch: iot.broker.v1.wire.IEnvelope = {};
  private lastTimestampMs = -1;
  private lastTimestamp = timestampFromMs(0);

  constructor(options: Partial<MemoryBusOptions> = {}) {
    this.options = { ...defaultMemoryBusOptions(), ...options };
    if (this.options.historyMaxAgeMs > 0) {
      this.sweepTimer = setInterval(
        () => this.sweepExpired(),
        Math.min(AGE_SWEEP_INTERVAL_MS, this.options.historyMaxAgeMs)
      );
      this.sweepTimer.unref();
    }
  }

  publish(tenantName: string, input: PublishInput): Published {
    const tenant = this.tenant(tenantName);
    const existing = tenant.topics.get(input.topic);
    // Broker times never go backwards, even if the wall clock does, so time-based history stays sorted.
    const now = this.options.now();
    const brokerTimeMs = now > this.lastBrokerTimeMs ? now : this.lastBrokerTimeMs;
    this.lastBrokerTimeMs = brokerTimeMs;
    const sequence = (existing?.lastSequence ?? 0) + 1;
    const bytes = this.encode(input, sequence, brokerTimeMs);
    if (bytes.length > this.options.maxMessageBytes) {
      throw new ValidationError(
        `the message to "${input.topic}" is ${bytes.length} bytes encoded; the limit is ${this.options.maxMessageBytes} bytes: send smaller payloads or split them`
      );
    }
    const topic = existing ?? this.createTopic(tenant, input.topic);
    const message: StoredMessage = { topic: input.topic, sequence, brokerTimeMs, ordinal: ++tenant.ordinal, bytes };
    this.retained += 1 - topic.record(message, input.payload);
    if (this.options.historyMaxAgeMs > 0) {
      this.retained -= topic.history.evictBefore(brokerTimeMs - this.options.historyMaxAgeMs);
    }
    const subscribers = tenant.subscribers.subscribersOf(topic);
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i].listener(message);
      } catch {
        // A failing subscriber must not cost the publisher or the other subscribers their message.
      }
    }
    return { sequence, brokerTimeMs };
  }

  subscribe(
    tenantName: string,
    filter: string,
    start: HistoryStart | undefined,
    listener: MessageListener
  ): BusSubscription {
    this.assertOpen();
    const tenant = this.tenant(tenantName);
    // Snapshot and registration happen in the same synchronous step: no publish can run in between.
    const history = start ? this.history(tenantName, filter, start) : [];
    if (start?.untilMs !== undefined) {
      return { history, close: () => undefined };
    }
    const subscriber = tenant.subscribers.add(filter, listener);
    let open = true;
    return {
      history,
      close: () => {
        if (open) {
          open = false;
          tenant.subscribers.remove(subscriber);
        }
      },
    };
  }

  history(tenantName: string, filter: string, start: HistoryStart): StoredMessage[] {
    const tenant = this.tenants.get(tenantName);
    if (!tenant) {
      return [];
    }
    const untilMs = start.untilMs ?? Number.POSITIVE_INFINITY;
    const parts: StoredMessage[][] = [];
    for (const topic of this.matchingTopics(tenant, filter)) {
      const slice = this.topicHistory(topic, start, untilMs);
      if (slice.length > 0) {
        parts.push(slice);
      }
    }
    const merged = parts.length === 1 ? parts[0] : parts.flat().sort((a, b) => a.ordinal - b.ordinal);
    const limit = Math.min(start.maxHistory || this.options.maxReplay, this.options.maxReplay);
    return merged.length > limit ? merged.slice(merged.length - limit) : merged;
  }

  topics(tenantName: string, filter?: string): TopicStats[] {
    const tenant = this.tenants.get(tenantName);
    if (!tenant) {
      return [];
    }
    const now = this.options.now();
    const topics = filter ? this.matchingTopics(tenant, filter) : [...tenant.topics.values()];
    return topics
      .map((topic) => ({
        name: topic.name,
        messageCount: topic.messageCount,
        lastTimeMs: topic.lastTimeMs,
        ratePerSecond: topic.rate.rate(now),
        fields: [...topic.fields].sort(),
        lastSequence: topic.lastSequence,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  topicCount(tenantName: string): number {
    return this.tenants.get(tenantName)?.topics.size ?? 0;
  }

  historySize(): number {
    return this.retained;
  }

  subscriberCount(): number {
    let count = 0;
    for (const tenant of this.tenants.values()) {
      count += tenant.subscribers.size;
    }
    return count;
  }

  close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    clearInterval(this.sweepTimer);
    this.tenants.clear();
    this.retained = 0;
  }

  /**
   * A topic's part of a history query. A resume position beyond the topic's last sequence means the
   * positions came from an earlier incarnation of the bus (memory is lost on restart), so the whole
   * retained history of that topic is replayed rather than nothing.
   */
  private topicHistory(topic: TopicLog, start: HistoryStart, untilMs: number): StoredMessage[] {
    const resumeAt = start.resume?.get(topic.name);
    if (resumeAt !== undefined) {
      return topic.history.slice(resumeAt > topic.lastSequence ? 0 : resumeAt, Number.NEGATIVE_INFINITY, untilMs);
    }
    const afterSequence = start.afterSequence ?? 0;
    const hasStart = afterSequence > 0 || start.sinceMs !== undefined || start.untilMs !== undefined;
    if (!hasStart) {
      return [];
    }
    return topic.history.slice(
      afterSequence > topic.lastSequence ? 0 : afterSequence,
      start.sinceMs ?? Number.NEGATIVE_INFINITY,
      untilMs
    );
  }

  private matchingTopics(tenant: TenantSpace, filter: string): TopicLog[] {
    if (!hasWildcard(filter)) {
      const topic = tenant.topics.get(filter);
      return topic ? [topic] : [];
    }
    const matches = compileTopicFilter(filter);
    const found: TopicLog[] = [];
    for (const topic of tenant.topics.values()) {
      if (matches(topic.name)) {
        found.push(topic);
      }
    }
    return found;
  }

  private encode(input: PublishInput, sequence: number, brokerTimeMs: number): Buffer {
    const envelope = this.scratch;
    // The wire view of the Envelope takes the payload as bytes: an encoded payload goes in untouched.
    const payload = input.payload;
    envelope.topic = input.topic;
    envelope.sequence = sequence;
    // Many messages share a millisecond at high rates: reuse its Timestamp instead of allocating one each.
    if (brokerTimeMs !== this.lastTimestampMs) {
      this.lastTimestampMs = brokerTimeMs;
      this.lastTimestamp = timestampFromMs(brokerTimeMs);
    }
    envelope.brokerTime = this.lastTimestamp;
    const eventTime = input.eventTime;
    envelope.eventTime = eventTime && (eventTime.seconds || eventTime.nanos) ? eventTime : envelope.brokerTime;
    envelope.deviceId = input.deviceId ?? '';
    envelope.labels = input.labels ?? null;
    envelope.payload = payload instanceof Uint8Array ? payload : PayloadCodec.encode(payload).finish();
    const bytes = WireEnvelopeCodec.encode(envelope).finish();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private tenant(name: string): TenantSpace {
    let tenant = this.tenants.get(name);
    if (!tenant) {
      this.assertOpen();
      tenant = new TenantSpace();
      this.tenants.set(name, tenant);
    }
    return tenant;
  }

  private createTopic(tenant: TenantSpace, name: string): TopicLog {
    if (tenant.topics.size >= this.options.maxTopicsPerTenant) {
      throw new RateLimitError(
        `this tenant already has ${tenant.topics.size} topics, the broker's limit; publish under existing topics or raise BROKER_MAX_TOPICS`
      );
    }
    const topic = new TopicLog(name, this.options.historyMaxMessages);
    tenant.topics.set(name, topic);
    return topic;
  }

  private sweepExpired(): void {
    const cutoff = this.options.now() - this.options.historyMaxAgeMs;
    for (const tenant of this.tenants.values()) {
      for (const topic of tenant.topics.values()) {
        this.retained -= topic.history.evictBefore(cutoff);
      }
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new UpstreamError('the broker is shutting down; reconnect and resume by sequence');
    }
  }
}
