/**
 * The bus on NATS JetStream: every tenant's topics live in one stream of its own, so any number of
 * brokers on the same JetStream see the same messages, history and sequences, and history survives
 * broker restarts. A topic's sequence is the JetStream stream sequence of its messages: increasing per
 * topic, assigned by JetStream itself in storage order, so brokers never coordinate (docs/broker.md
 * explains the choice). A publish resolves with JetStream's acknowledgement (PubAck): the message is
 * stored before anyone is told it was accepted.
 *
 * Why one file past ~300 lines: it is the Bus contract over one NATS connection: publishing, reading
 * history with its retention gaps and consumer starts all depend on the same per-tenant streams and
 * subjects; subscriptions, tenant streams, subjects, options and topic stats are already apart.
 */
import { jetstream, jetstreamManager, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { TimeoutError, UpstreamError, ValidationError } from '../../../../common/errors/errors';
import { topicMatches } from '../../../../common/topics/topicFilter';
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
} from '../Bus';
import { EnvelopeEncoder } from '../EnvelopeEncoder';
import { openJetStreamSubscription, storedMessageOf, type ConsumerStart } from './JetStreamSubscription';
import { resolveJetStreamBusOptions, type JetStreamBusOptions } from './jetStreamOptions';
import { topicStatsOf } from './topicStats';
import { coversDollarTopics, SubjectMap } from './subjects';
import { TenantStreams, upstream } from './TenantStreams';

export class JetStreamBus implements Bus {
  readonly kind = 'jetstream';
  private readonly subjects: SubjectMap;
  private readonly streams: TenantStreams;
  private readonly encoder = new EnvelopeEncoder();
  private readonly subscriptions = new Set<BusSubscription>();
  private lastBrokerTimeMs = 0;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private closing: Promise<void> | undefined;

  private constructor(
    /** The NATS connection, shared with the cross-broker device and command routing. */
    readonly connection: NatsConnection,
    private readonly js: JetStreamClient,
    streams: (subjects: SubjectMap) => TenantStreams,
    private readonly options: JetStreamBusOptions
  ) {
    this.subjects = new SubjectMap(options.subjectPrefix);
    this.streams = streams(this.subjects);
  }

  /** The first token of this bus's subjects; other shared subjects of the deployment derive from it. */
  get subjectPrefix(): string {
    return this.options.subjectPrefix;
  }

  /** Connects to NATS (retrying reconnects forever once connected) and returns the bus. */
  static async connect(options: Partial<JetStreamBusOptions> = {}): Promise<JetStreamBus> {
    const resolved = resolveJetStreamBusOptions(options);
    let connection: NatsConnection;
    try {
      connection = await connect({
        servers: resolved.servers,
        name: resolved.connectionName,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        timeout: 5_000,
      });
    } catch (err) {
      throw new UpstreamError(
        `cannot connect to NATS at ${resolved.servers.join(', ')} (${err instanceof Error ? err.message : String(err)}); start nats-server with JetStream (-js) or fix BROKER_NATS_URL`,
        { cause: err }
      );
    }
    const jsm = await jetstreamManager(connection).catch(async (err: unknown) => {
      await connection.close();
      throw new UpstreamError(
        'the NATS server has no JetStream: start nats-server with -js (or enable it in its config)',
        {
          cause: err,
        }
      );
    });
    return new JetStreamBus(
      connection,
      jetstream(connection),
      (subjects) => new TenantStreams(jsm, subjects, resolved),
      resolved
    );
  }

  publish(tenant: string, input: PublishInput): Promise<Published> {
    try {
      this.assertOpen();
      const subject = this.subjects.topicSubject(tenant, input.topic);
      const now = this.options.now();
      const brokerTimeMs = now > this.lastBrokerTimeMs ? now : this.lastBrokerTimeMs;
      this.lastBrokerTimeMs = brokerTimeMs;
      // Encoded now, while `input` is valid; the sequence and offset are added when the message is read.
      const bytes = this.encoder.encodeUnsequenced(input, brokerTimeMs);
      if (bytes.length > this.options.maxMessageBytes) {
        throw new ValidationError(
          `the message to "${input.topic}" is ${bytes.length} bytes encoded; the limit is ${this.options.maxMessageBytes} bytes: send smaller payloads or split them`
        );
      }
      const known = this.streams.known(tenant);
      // Publishes to a known stream go out within this call, so one broker's messages keep their order.
      return known
        ? this.store(tenant, known.name, subject, bytes, brokerTimeMs)
        : this.streams.ensure(tenant).then((stream) => this.store(tenant, stream.name, subject, bytes, brokerTimeMs));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  subscribe(
    tenant: string,
    filter: string,
    start: HistoryQuery | undefined,
    listener: MessageListener
  ): Promise<BusSubscription> {
    return this.open(tenant, filter, start, start?.untilMs !== undefined, listener);
  }

  async history(tenant: string, filter: string, start: HistoryQuery): Promise<HistoryRead> {
    const subscription = await this.open(tenant, filter, start, true, () => undefined);
    return subscription.history;
  }

  private async open(
    tenant: string,
    filter: string,
    start: HistoryQuery | undefined,
    historyOnly: boolean,
    listener: MessageListener
  ): Promise<BusSubscription> {
    this.assertOpen();
    const stream = await this.streams.ensure(tenant);
    const info = await this.streams.info(tenant);
    const epoch = info?.created ?? stream.epoch;
    const firstSequence = info?.state.first_seq ?? 1;
    const lastSequence = info?.state.last_seq ?? 0;
    const from = start?.from;
    const sameEpoch = from !== undefined && from.epoch === epoch;
    // A position from another history (a stream created again, another bus) replays this one from its start.
    const afterOffset = from ? (sameEpoch ? Math.min(from.offset, lastSequence) : 0) : undefined;
    const consumerStart = this.consumerStart(start, afterOffset, lastSequence, historyOnly);
    let subscription: BusSubscription | undefined;
    const opened = await openJetStreamSubscription(
      this.js,
      stream.name,
      this.subjects.filterSubject(tenant, filter),
      consumerStart,
      (msg) => this.read(msg),
      this.keeper(filter),
      listener,
      () => {
        if (subscription) {
          this.subscriptions.delete(subscription);
        }
      }
    ).catch((err: unknown) => {
      throw upstream(err);
    });
    const gaps = await this.retentionGaps(tenant, filter, start, afterOffset, sameEpoch, firstSequence);
    // A backfill keeps the newest by design, unless the broker's own cap is below what it asked for;
    // a resume states every message the limit cut.
    const brokerCut = (start?.maxHistory ?? 0) > this.options.maxReplay;
    if (from !== undefined || (start?.afterSequence ?? 0) > 0 || brokerCut) {
      for (const [topic, range] of opened.cut) {
        gaps.push({ topic, ...range, reason: 'history_limit' });
      }
    }
    const history: HistoryRead = {
      messages: opened.messages,
      epoch,
      recovered: sameEpoch && gaps.length === 0,
      gaps,
    };
    subscription = { history, close: opened.close };
    if (!historyOnly) {
      this.subscriptions.add(subscription);
    }
    return subscription;
  }

  /**
   * What a resume asks for that the stream no longer holds. Limits remove the oldest messages of the
   * stream first, so everything after its first sequence is still there; JetStream keeps no record of
   * which topics the removed messages had, so each matching topic is told its messages before the
   * stream's first sequence are gone.
   */
  private async retentionGaps(
    tenant: string,
    filter: string,
    start: HistoryQuery | undefined,
    afterOffset: number | undefined,
    sameEpoch: boolean,
    firstSequence: number
  ): Promise<TopicGap[]> {
    const afterSequence = afterOffset ?? start?.afterSequence ?? 0;
    const resuming = afterOffset !== undefined || afterSequence > 0;
    if (!resuming || firstSequence <= afterSequence + 1) {
      return [];
    }
    const info = await this.streams.info(tenant, this.subjects.filterSubject(tenant, filter));
    const keep = this.keeper(filter);
    const fromSequence = afterOffset !== undefined ? (sameEpoch ? 0 : 1) : afterSequence + 1;
    return Object.keys(info?.state.subjects ?? {})
      .filter((subject) => keep({ subject } as JsMsg))
      .map((subject) => this.subjects.topicOf(subject))
      .sort()
      .map((topic) => ({ topic, fromSequence, toSequence: firstSequence - 1, reason: 'retention' as const }));
  }

  async topics(tenant: string, filter?: string): Promise<TopicStats[]> {
    const info = await this.streams.info(
      tenant,
      filter ? this.subjects.filterSubject(tenant, filter) : this.subjects.tenantSubjects(tenant)
    );
    if (!info) {
      return [];
    }
    return topicStatsOf(info, this.subjects, this.streams.jetStreamManager(), this.options.now());
  }

  async topicCount(tenant: string): Promise<number> {
    const info = await this.streams.info(tenant);
    return info?.state.num_subjects ?? 0;
  }

  historySize(): number {
    return this.streams.totalMessages();
  }

  subscriberCount(): number {
    return this.subscriptions.size;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const subscription of [...this.subscriptions]) {
        subscription.close();
      }
      await this.connection.drain().catch(() => this.connection.close());
    })();
    return this.closing;
  }

  /** The epoch of a tenant's history: the identity of its stream (undefined before it exists). */
  async epochOf(tenant: string): Promise<string | undefined> {
    const info = await this.streams.info(tenant);
    return info?.created;
  }

  /**
   * Sends one message to JetStream, at most `maxPublishesInFlight` at a time: a NATS connection with
   * hundreds of publishes awaiting their PubAck gets several times slower than with a few dozen.
   * Waiting messages go out in call order, so one broker's messages to a topic keep their order.
   */
  private store(
    tenant: string,
    stream: string,
    subject: string,
    bytes: Buffer,
    brokerTimeMs: number
  ): Promise<Published> {
    return new Promise<Published>((resolve, reject) => {
      const send = () => {
        this.inFlight++;
        this.js
          .publish(subject, bytes, { expect: { streamName: stream }, timeout: this.options.publishTimeoutMs })
          .then(
            (ack) => resolve({ sequence: ack.seq, brokerTimeMs }),
            (err: unknown) => reject(this.storeFailure(tenant, err))
          )
          .finally(() => {
            this.inFlight--;
            this.waiting.shift()?.();
          });
      };
      if (this.inFlight < this.options.maxPublishesInFlight && this.waiting.length === 0) {
        send();
      } else {
        this.waiting.push(send);
      }
    });
  }

  private storeFailure(tenant: string, err: unknown): Error {
    // The stream may have been deleted: look it up again on the next publish.
    this.streams.forget(tenant);
    if (err instanceof Error && /timeout/i.test(err.name + err.message)) {
      return new TimeoutError(
        `JetStream did not confirm storing the message within ${this.options.publishTimeoutMs} ms; it may or may not be stored: retry (a retry can store it twice)`,
        { cause: err }
      );
    }
    return upstream(err);
  }

  private read(msg: JsMsg): StoredMessage {
    return storedMessageOf(msg, this.subjects.topicOf(msg.subject));
  }

  /** NATS wildcards reach topics starting with "$"; MQTT's do not when they come first. */
  private keeper(filter: string): (msg: JsMsg) => boolean {
    if (!coversDollarTopics(filter)) {
      return () => true;
    }
    return (msg) => topicMatches(filter, this.subjects.topicOf(msg.subject));
  }

  /** Where the consumer starts for a history start, and which history messages are kept. */
  private consumerStart(
    start: HistoryQuery | undefined,
    afterOffset: number | undefined,
    lastSequence: number,
    historyOnly: boolean
  ): ConsumerStart {
    const limit = Math.min(start?.maxHistory || this.options.maxReplay, this.options.maxReplay);
    if (!start) {
      return { startSequence: lastSequence + 1, withHistory: false, accept: () => false, limit, historyOnly };
    }
    const untilMs = start.untilMs;
    const before = (timeMs: number) => untilMs === undefined || timeMs < untilMs;
    const base = { withHistory: true, limit, untilMs, historyOnly };
    if (afterOffset !== undefined) {
      // A resume: every message after the position, whatever afterSequence and sinceMs say.
      return {
        ...base,
        startSequence: afterOffset + 1,
        accept: (_topic, sequence, timeMs) => sequence > afterOffset && before(timeMs),
      };
    }
    // A sequence beyond the stream's end belongs to another history: replay what is retained.
    const requested = start.afterSequence ?? 0;
    const afterSequence = requested > lastSequence ? 0 : requested;
    const sinceMs = start.sinceMs;
    const accept = (_topic: string, sequence: number, timeMs: number): boolean => {
      if (afterSequence > 0) {
        return sequence > afterSequence && (sinceMs === undefined || timeMs >= sinceMs) && before(timeMs);
      }
      if (sinceMs !== undefined) {
        return timeMs >= sinceMs && before(timeMs);
      }
      return untilMs !== undefined && before(timeMs);
    };
    if (afterSequence > 0) {
      return { ...base, accept, startSequence: afterSequence + 1 };
    }
    if (sinceMs !== undefined) {
      return { ...base, accept, startSequence: 1, startTimeMs: sinceMs };
    }
    return { ...base, accept, startSequence: 1 };
  }

  private assertOpen(): void {
    if (this.closing || this.connection.isClosed()) {
      throw new UpstreamError('the broker is shutting down; reconnect and resume by sequence');
    }
  }
}
