/**
 * One broker Subscribe shared by every client of a (tenant, filter, conflation): envelopes are
 * checked against per-topic sequences (duplicates dropped, jumps turned into gap markers),
 * optionally conflated, batched, encoded once and handed to every listener as the same bytes.
 * When the broker stream breaks it reconnects with full-jitter backoff and resumes per topic.
 */
import { backoffDelay, type BackoffOptions } from '../../../common/backoff/backoff';
import { isIoTError, type IoTError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { EnvelopeSource, SizedEnvelope, SubscribeRequestInit, UpstreamCall } from '../broker/brokerGateway';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import { Batcher, type BatcherOptions } from './batcher';
import { Conflator, type ConflatorOptions } from './conflator';
import { encodeBatch, type EncodedBatch } from './encodedBatch';
import { SequenceTracker, brokerTimeMs, type Gap } from './sequenceTracker';

type Envelope = iot.broker.v1.IEnvelope;

export type SharedStreamState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'failed' | 'closed';

/** A client (connection or late joiner) receiving a shared stream. */
export interface StreamListener {
  onBatch(batch: EncodedBatch): void;
  onStateChange(state: SharedStreamState, detail: string): void;
  /** The stream cannot go on (the broker refused it); the listener is detached. */
  onFailure(error: IoTError): void;
}

export interface SharedStreamConfig {
  id: number;
  tenant: string;
  token?: string;
  filter: string;
  conflation?: ConflatorOptions;
  /** Encode all-telemetry batches as one TelemetryBlock. */
  telemetryBlocks?: boolean;
  batch: BatcherOptions;
  backoff: BackoffOptions;
  maxHistory: number;
  source: EnvelopeSource;
  /** The broker's start time (its incarnation), or undefined when unknown; rejects when unreachable. */
  brokerIncarnation: (token: string | undefined) => Promise<number | undefined>;
  metrics: SidecarMetrics;
  logger: Logger;
  now?: () => number;
  random?: () => number;
}

/** Broker errors after which retrying cannot help. */
const FATAL_CATEGORIES = new Set(['auth', 'validation']);

/** A stream that stayed open this long counts as healthy: the next break starts the backoff afresh. */
const HEALTHY_AFTER_MS = 10_000;

export class SharedStream {
  readonly id: number;
  readonly filter: string;
  readonly tenant: string;
  private readonly config: SharedStreamConfig;
  private readonly now: () => number;
  private readonly listeners = new Set<StreamListener>();
  private readonly tracker = new SequenceTracker();
  private readonly batcher: Batcher;
  private readonly conflator?: Conflator;
  private conflationTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private call?: UpstreamCall;
  private attempt = 0;
  /** When the current broker stream opened; undefined while none is open (between attempts). */
  private openedAtMs?: number;
  private firstOpenMs?: number;
  private incarnation?: number;
  /** Topics whose first envelope since the last reconnect has not arrived yet. */
  private unconfirmedTopics = new Set<string>();
  private pendingResetGaps: Gap[] = [];
  private _state: SharedStreamState = 'idle';

  constructor(config: SharedStreamConfig) {
    this.config = config;
    this.id = config.id;
    this.filter = config.filter;
    this.tenant = config.tenant;
    this.now = config.now ?? Date.now;
    this.batcher = new Batcher(config.batch, (envelopes, gaps) => this.emitBatch(envelopes, gaps));
    if (config.conflation) {
      this.conflator = new Conflator(config.conflation);
    }
  }

  get state(): SharedStreamState {
    return this._state;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Messages left out of this stream so far (conflated). */
  get dropped(): number {
    return this.conflator?.conflated ?? 0;
  }

  /** Opens the broker stream; called once. */
  start(): void {
    if (this._state === 'idle') {
      this.setState('connecting', 'connecting to the broker');
      void this.connect();
    }
  }

  addListener(listener: StreamListener): void {
    this.listeners.add(listener);
  }

  removeListener(listener: StreamListener): void {
    this.listeners.delete(listener);
  }

  /** Ends the broker stream and drops what is gathered. Safe to call twice. */
  close(): void {
    if (this._state === 'closed') {
      return;
    }
    this.endCall();
    clearTimeout(this.retryTimer);
    clearInterval(this.conflationTimer);
    this.batcher.close();
    this.listeners.clear();
    this._state = 'closed';
  }

  private setState(state: SharedStreamState, detail: string): void {
    if (this._state === state || this._state === 'closed') {
      return;
    }
    this._state = state;
    for (const listener of [...this.listeners]) {
      listener.onStateChange(state, detail);
    }
  }

  private async connect(): Promise<void> {
    let incarnation: number | undefined;
    try {
      // Doubles as a reachability probe with a deadline, and tells a restarted broker from a resumed one.
      incarnation = await this.config.brokerIncarnation(this.config.token);
    } catch (err) {
      this.onBreak(err as IoTError);
      return;
    }
    if (this._state === 'closed') {
      return;
    }
    if (incarnation !== undefined && this.incarnation !== undefined && incarnation !== this.incarnation) {
      this.forgetAllTopics('the broker restarted and lost its state');
    }
    const sinceRestartMs =
      incarnation !== undefined && this.incarnation !== undefined && incarnation !== this.incarnation
        ? incarnation
        : undefined;
    this.incarnation = incarnation ?? this.incarnation;
    const request = this.request(sinceRestartMs);
    this.unconfirmedTopics = new Set(Object.keys(request.resume ?? {}));
    this.openedAtMs = this.now();
    this.firstOpenMs ??= this.openedAtMs;
    this.config.metrics.upstreamStreams.inc();
    let counted = true;
    const uncount = () => {
      if (counted) {
        counted = false;
        this.config.metrics.upstreamStreams.dec();
      }
    };
    this.call = this.config.source.subscribe(this.config.token, request, {
      onEnvelope: (item) => this.onEnvelope(item),
      onEnd: () => {
        uncount();
        this.onBreak(undefined);
      },
      onError: (err) => {
        uncount();
        this.onBreak(err);
      },
    });
    const cancel = this.call.cancel.bind(this.call);
    this.call = {
      cancel: () => {
        uncount();
        cancel();
      },
    };
    if (this._state === 'reconnecting') {
      this.config.logger.info(
        { streamId: this.id, filter: this.filter, attempts: this.attempt },
        'broker stream resumed'
      );
    }
    this.setState(
      'live',
      this.attempt === 0 ? 'streaming from the broker' : 'resumed after reconnecting to the broker'
    );
  }

  /** From now at first; after a break, resume every topic seen and catch up on new ones since the newest message. */
  private request(sinceRestartMs: number | undefined): SubscribeRequestInit {
    if (sinceRestartMs !== undefined) {
      return { filter: this.filter, since: timestampFromMs(sinceRestartMs), maxHistory: this.config.maxHistory };
    }
    if (this.firstOpenMs === undefined) {
      // "Since now" rather than live only: whatever is published once the stream reports LIVE is
      // delivered, even if the broker registers the subscription a moment later.
      return { filter: this.filter, since: timestampFromMs(this.now()) };
    }
    const sinceMs = this.tracker.newestBrokerTime() ?? this.firstOpenMs;
    return {
      filter: this.filter,
      resume: this.tracker.resumeMap(),
      since: timestampFromMs(sinceMs),
      maxHistory: this.config.maxHistory,
    };
  }

  private onEnvelope(item: SizedEnvelope): void {
    const envelope = item.envelope;
    const topic = envelope.topic ?? '';
    const sequence = Number(envelope.sequence ?? 0);
    const time = brokerTimeMs(envelope);
    this.config.metrics.messagesIn.inc();
    if (this.unconfirmedTopics.delete(topic)) {
      const last = this.tracker.last(topic);
      // Asked to resume after `last`, the broker sends something at or before it only when it
      // numbers the topic afresh (it lost its state): a restart, not a duplicate.
      if (last !== undefined && sequence <= last) {
        this.pendingResetGaps.push({ topic, fromSequence: last + 1, toSequence: 0, restarted: true });
        this.tracker.forget(topic);
      }
    }
    const observation = this.tracker.observe(topic, sequence, time);
    if (observation.kind === 'duplicate') {
      return;
    }
    const gap = this.takeResetGap(topic) ?? observation.gap;
    if (gap) {
      this.config.metrics.gaps.inc();
      this.config.logger.warn(
        { streamId: this.id, topic, from: gap.fromSequence, to: gap.toSequence, restarted: gap.restarted ?? false },
        'gap in broker stream'
      );
    }
    if (this.conflator) {
      if (gap) {
        // Gaps are never conflated away: flush what is folded so the marker lands in order.
        this.flushConflated();
        this.batcher.add(envelope, item.byteLength, gap);
        return;
      }
      this.conflator.offer(envelope);
      this.armConflationTimer();
      return;
    }
    this.batcher.add(envelope, item.byteLength, gap);
  }

  private takeResetGap(topic: string): Gap | undefined {
    const index = this.pendingResetGaps.findIndex((gap) => gap.topic === topic);
    return index < 0 ? undefined : this.pendingResetGaps.splice(index, 1)[0];
  }

  private forgetAllTopics(reason: string): void {
    for (const [topic, sequence] of Object.entries(this.tracker.resumeMap())) {
      this.pendingResetGaps.push({ topic, fromSequence: sequence + 1, toSequence: 0, restarted: true });
    }
    this.tracker.reset();
    this.config.logger.warn({ streamId: this.id, topics: this.pendingResetGaps.length }, reason);
  }

  private armConflationTimer(): void {
    if (!this.conflationTimer && this.conflator) {
      this.conflationTimer = setInterval(() => this.flushConflated(), this.conflator.periodMs);
    }
  }

  private flushConflated(): void {
    if (!this.conflator) {
      return;
    }
    if (!this.conflator.hasPending) {
      clearInterval(this.conflationTimer);
      this.conflationTimer = undefined;
      return;
    }
    const before = this.conflator.conflated;
    for (const envelope of this.conflator.drain()) {
      // The folded envelope's size is close to its last message's; the batch bound needs no more.
      this.batcher.add(envelope, 64);
    }
    const conflated = this.conflator.conflated - before;
    if (conflated > 0) {
      this.config.metrics.dropped.inc({ reason: 'conflated' }, conflated);
    }
  }

  private emitBatch(envelopes: Envelope[], gaps: Gap[]): void {
    const batch = encodeBatch(this.id, envelopes, gaps, this.dropped, this.config.telemetryBlocks === true);
    for (const listener of [...this.listeners]) {
      listener.onBatch(batch);
    }
  }

  private onBreak(err: IoTError | undefined): void {
    if (this._state === 'closed' || this._state === 'failed') {
      return;
    }
    this.call = undefined;
    this.batcher.flush();
    if (err && isIoTError(err) && FATAL_CATEGORIES.has(err.category)) {
      this.config.logger.error(
        { streamId: this.id, filter: this.filter, category: err.category, err: err.message },
        'broker refused the subscription'
      );
      this._state = 'failed';
      for (const listener of [...this.listeners]) {
        listener.onFailure(err);
      }
      this.listeners.clear();
      return;
    }
    // Only a stream that stayed open for a healthy period restarts the backoff; a failed attempt
    // (no stream opened) keeps it growing, however long ago the last good stream opened.
    const openedAtMs = this.openedAtMs;
    this.openedAtMs = undefined;
    if (openedAtMs !== undefined && this.now() - openedAtMs >= HEALTHY_AFTER_MS) {
      this.attempt = 0;
    }
    const delay = backoffDelay(this.attempt, this.config.backoff, this.config.random);
    this.attempt++;
    this.config.metrics.upstreamReconnects.inc();
    const detail = err ? err.message : 'the broker ended the stream';
    const fields = { streamId: this.id, filter: this.filter, attempt: this.attempt, delayMs: delay, reason: detail };
    // One warning per outage; its retries are debug lines.
    if (this._state === 'reconnecting') {
      this.config.logger.debug(fields, 'broker stream still down, retrying');
    } else {
      this.config.logger.warn(fields, 'broker stream broke, reconnecting');
    }
    // The state says "reconnecting"; the detail says only why, so no reader repeats the words.
    this.setState('reconnecting', detail);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
  }

  private endCall(): void {
    const call = this.call;
    this.call = undefined;
    call?.cancel();
  }
}
