/**
 * The embedded bus: everything in this process's memory. Sequences, history and subscriptions live
 * per tenant; nothing is shared between tenants but the process.
 *
 * Why one file past ~300 lines: it is the Bus contract's methods over one set of per-tenant maps; the
 * pieces with their own logic (HistoryRing, TopicLog, SubscriberIndex, mergeNewest, RateMeter) are
 * already apart, and what remains reads and writes the same tenant state.
 */
import { randomBytes } from 'node:crypto';
import { RateLimitError, UpstreamError, ValidationError } from '../../../common/errors/errors';
import { compileTopicFilter, hasWildcard } from '../../../common/topics/topicFilter';
import type {
  Bus,
  BusSubscription,
  HistoryRead,
  HistoryQuery,
  MessageListener,
  Published,
  PublishInput,
  StoredMessage,
  TopicGap,
  TopicStats,
} from './Bus';
import { EnvelopeEncoder } from './EnvelopeEncoder';
import type { RingRange } from './HistoryRing';
import { mergeNewest } from './mergeNewest';
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

class TenantSpace {
  readonly topics = new Map<string, TopicLog>();
  readonly subscribers = new SubscriberIndex();
  ordinal = 0;
}

export class MemoryBus implements Bus {
  readonly kind = 'memory';
  /**
   * The identity of this bus's history. Memory is lost with the process, so every MemoryBus is a new
   * history: a subscriber resuming from another epoch is told so instead of being matched by guesswork.
   */
  private readonly epochId = randomBytes(9).toString('base64url');
  private readonly options: MemoryBusOptions;
  private readonly tenants = new Map<string, TenantSpace>();
  private retained = 0;
  private lastBrokerTimeMs = 0;
  private sweepTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly encoder = new EnvelopeEncoder();

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

  publish(tenantName: string, input: PublishInput): Promise<Published> {
    try {
      return Promise.resolve(this.publishNow(tenantName, input));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  subscribe(
    tenantName: string,
    filter: string,
    start: HistoryQuery | undefined,
    listener: MessageListener
  ): Promise<BusSubscription> {
    try {
      return Promise.resolve(this.subscribeNow(tenantName, filter, start, listener));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  history(tenantName: string, filter: string, start: HistoryQuery): Promise<HistoryRead> {
    return Promise.resolve(this.historyNow(tenantName, filter, start));
  }

  topics(tenantName: string, filter?: string): Promise<TopicStats[]> {
    return Promise.resolve(this.topicsNow(tenantName, filter));
  }

  topicCount(tenantName: string): Promise<number> {
    return Promise.resolve(this.tenants.get(tenantName)?.topics.size ?? 0);
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

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      clearInterval(this.sweepTimer);
      this.tenants.clear();
      this.retained = 0;
    }
    return Promise.resolve();
  }

  /** Sequences, stores and fans out one message within the call: live listeners run before it returns. */
  private publishNow(tenantName: string, input: PublishInput): Published {
    const tenant = this.tenant(tenantName);
    const existing = tenant.topics.get(input.topic);
    // Broker times never go backwards, even if the wall clock does, so time-based history stays sorted.
    const now = this.options.now();
    const brokerTimeMs = now > this.lastBrokerTimeMs ? now : this.lastBrokerTimeMs;
    this.lastBrokerTimeMs = brokerTimeMs;
    const sequence = (existing?.lastSequence ?? 0) + 1;
    const ordinal = tenant.ordinal + 1;
    const bytes = this.encoder.encodeEvent(input, sequence, ordinal, brokerTimeMs);
    if (bytes.length > this.options.maxMessageBytes) {
      throw new ValidationError(
        `the message to "${input.topic}" is ${bytes.length} bytes encoded; the limit is ${this.options.maxMessageBytes} bytes: send smaller payloads or split them`
      );
    }
    const topic = existing ?? this.createTopic(tenant, input.topic);
    tenant.ordinal = ordinal;
    const message: StoredMessage = { topic: input.topic, sequence, brokerTimeMs, ordinal, bytes };
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

  private subscribeNow(
    tenantName: string,
    filter: string,
    start: HistoryQuery | undefined,
    listener: MessageListener
  ): BusSubscription {
    this.assertOpen();
    const tenant = this.tenant(tenantName);
    // Snapshot and registration happen in the same synchronous step: no publish can run in between.
    const history = start ? this.historyNow(tenantName, filter, start) : this.emptyRead();
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

  private historyNow(tenantName: string, filter: string, start: HistoryQuery): HistoryRead {
    const tenant = this.tenants.get(tenantName);
    const from = start.from;
    if (!tenant) {
      return { ...this.emptyRead(), recovered: from?.epoch === this.epochId };
    }
    const untilMs = start.untilMs ?? Number.POSITIVE_INFINITY;
    // A position in another epoch comes from a history this bus never had: replay this one from its start.
    const afterOrdinal = from?.epoch === this.epochId ? from.offset : 0;
    const gaps: TopicGap[] = [];
    const retentionGaps = new Map<string, TopicGap>();
    const topics: TopicLog[] = [];
    const ranges: RingRange[] = [];
    for (const topic of this.matchingTopics(tenant, filter)) {
      const range = from ? topic.history.rangeAfterOrdinal(afterOrdinal, untilMs) : this.rangeOf(topic, start, untilMs);
      const lost = this.evictedAfter(topic, start, afterOrdinal);
      if (lost) {
        gaps.push(lost);
        retentionGaps.set(topic.name, lost);
      }
      if (range.to > range.from) {
        topics.push(topic);
        ranges.push(range);
      }
    }
    const limit = Math.min(start.maxHistory || this.options.maxReplay, this.options.maxReplay);
    const merged = mergeNewest(ranges, limit);
    const resuming = from !== undefined || (start.afterSequence ?? 0) > 0;
    // A backfill keeps the newest by design, unless the broker's own cap is below what it asked for.
    const brokerCut = (start.maxHistory ?? 0) > this.options.maxReplay;
    for (let i = 0; i < ranges.length; i++) {
      // A resume states every message the limit cut; a backfill those the broker's cap cut.
      if ((resuming || brokerCut) && merged.cut[i] > 0) {
        const range = ranges[i];
        this.addGap(gaps, retentionGaps, {
          topic: topics[i].name,
          fromSequence: range.items[range.from].sequence,
          toSequence: range.items[range.from + merged.cut[i] - 1].sequence,
          reason: 'history_limit',
        });
      }
    }
    return {
      messages: merged.messages,
      epoch: this.epochId,
      recovered: from !== undefined && from.epoch === this.epochId && gaps.length === 0,
      gaps,
    };
  }

  /** The identity of this bus's history (every tenant's), as StreamStart and resume positions name it. */
  epoch(): string {
    return this.epochId;
  }

  private topicsNow(tenantName: string, filter?: string): TopicStats[] {
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

  /** A topic's part of a backfill or single-topic resume: by sequence, since and until. */
  private rangeOf(topic: TopicLog, start: HistoryQuery, untilMs: number): RingRange {
    const afterSequence = start.afterSequence ?? 0;
    const hasStart = afterSequence > 0 || start.sinceMs !== undefined || start.untilMs !== undefined;
    if (!hasStart) {
      return { items: [], from: 0, to: 0 };
    }
    return topic.history.range(afterSequence, start.sinceMs ?? Number.NEGATIVE_INFINITY, untilMs);
  }

  /** What a resume or a backfill by time asks for that the topic no longer retains, or undefined. */
  private evictedAfter(topic: TopicLog, start: HistoryQuery, afterOrdinal: number): TopicGap | undefined {
    const { evictedOrdinal, evictedSequence } = topic.history;
    if (start.from) {
      if (evictedOrdinal <= afterOrdinal) {
        return undefined;
      }
      // In the subscriber's own epoch the loss starts after its last message of the topic, which only it knows.
      const fromSequence = start.from.epoch === this.epochId ? 0 : 1;
      return { topic: topic.name, fromSequence, toSequence: evictedSequence, reason: 'retention' };
    }
    const afterSequence = start.afterSequence ?? 0;
    if (afterSequence > 0) {
      return evictedSequence > afterSequence
        ? { topic: topic.name, fromSequence: afterSequence + 1, toSequence: evictedSequence, reason: 'retention' }
        : undefined;
    }
    // A backfill by time whose range reaches back into what retention evicted: the newest evicted message
    // is at or after `since`, so the range's older part is gone. Which evicted sequence first fell in the
    // range is not known, so the gap names them all.
    if (start.sinceMs !== undefined && evictedSequence > 0 && topic.history.evictedTimeMs >= start.sinceMs) {
      return { topic: topic.name, fromSequence: 1, toSequence: evictedSequence, reason: 'retention' };
    }
    return undefined;
  }

  /** Adds a gap, joining it to the topic's retention gap when the two meet. */
  private addGap(gaps: TopicGap[], retentionGaps: ReadonlyMap<string, TopicGap>, gap: TopicGap): void {
    const before = retentionGaps.get(gap.topic);
    if (before && before.toSequence + 1 === gap.fromSequence) {
      before.toSequence = gap.toSequence;
      return;
    }
    gaps.push(gap);
  }

  private emptyRead(): HistoryRead {
    return { messages: [], epoch: this.epochId, recovered: false, gaps: [] };
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
