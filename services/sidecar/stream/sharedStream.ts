/**
 * One broker Subscribe shared by every client of a (tenant, filter, conflation): envelopes are
 * checked against the stream's positions (repeats dropped), the broker's stated gaps forwarded,
 * optionally conflated, batched, encoded once and handed to every listener as the same bytes, each
 * batch carrying the stream position after it. When the broker stream breaks it reconnects with
 * full-jitter backoff and resumes from that one position, whatever the number of topics; the broker
 * says whether it recovered, and a new epoch (a restarted broker) is passed on, never guessed.
 *
 * Why one file past ~300 lines: positions, gaps, conflation, batching and the reconnect all act on
 * the one upstream call and its position in order; the batcher, conflator, encoder and reconnect
 * policy are already their own pieces.
 */
import type { BackoffOptions } from '../../../common/backoff/backoff';
import { ReconnectPolicy } from '../../../common/backoff/ReconnectPolicy';
import { isIoTError, type IoTError } from '../../../common/errors/errors';
import { StreamPositions } from '../../../common/positions/StreamPositions';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { EnvelopeSource, SizedEnvelope, SubscribeRequestInit, UpstreamCall } from '../broker/brokerGateway';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import { Batcher, type BatcherOptions } from './batcher';
import { Conflator, type ConflatorOptions } from './conflator';
import { encodeBatch, type EncodedBatch } from './encodedBatch';
import type { SharedStreamState } from './sharedStreamState';
import type { Envelope, Gap } from '../../../common/proto';

export type { SharedStreamState };

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
  private readonly positions = new StreamPositions();
  private readonly batcher: Batcher;
  private readonly conflator?: Conflator;
  private conflationTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private call?: UpstreamCall;
  private readonly reconnect: ReconnectPolicy;
  private firstOpenMs?: number;
  private _state: SharedStreamState = 'idle';

  constructor(config: SharedStreamConfig) {
    this.config = config;
    this.id = config.id;
    this.filter = config.filter;
    this.tenant = config.tenant;
    this.now = config.now ?? Date.now;
    this.reconnect = new ReconnectPolicy({
      backoff: config.backoff,
      healthyAfterMs: HEALTHY_AFTER_MS,
      random: config.random,
      now: this.now,
    });
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

  /** The history this stream reads, once the broker has named it. */
  get epoch(): string | undefined {
    return this.positions.epoch;
  }

  /**
   * The stream's position when everything it received has been handed to its listeners (nothing
   * gathered or folded); undefined otherwise. A listener that has itself delivered exactly up to
   * this position can start reading the stream with nothing missing and nothing twice.
   */
  get settledPosition(): { epoch: string; offset: number } | undefined {
    if (this._state !== 'live' || this.batcher.pending || this.conflator?.hasPending) {
      return undefined;
    }
    return this.positions.position;
  }

  /** Messages left out of this stream so far (conflated). */
  get dropped(): number {
    return this.conflator?.conflated ?? 0;
  }

  /** Opens the broker stream; called once. */
  start(): void {
    if (this._state === 'idle') {
      this.setState('connecting', 'connecting to the broker');
      this.connect();
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

  private connect(): void {
    if (this._state === 'closed') {
      return;
    }
    const request = this.request();
    this.firstOpenMs ??= this.now();
    this.config.metrics.upstreamStreams.inc();
    let counted = true;
    const uncount = () => {
      if (counted) {
        counted = false;
        this.config.metrics.upstreamStreams.dec();
      }
    };
    this.call = this.config.source.subscribe(this.config.token, request, {
      onStart: (start) => this.onStart(start),
      onGap: (gap) => this.onGap(gap),
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
  }

  /** From now at first; after a break, from the stream's position (one position for every topic). */
  private request(): SubscribeRequestInit {
    const from = this.positions.position;
    if (from) {
      return { filter: this.filter, from, maxHistory: this.config.maxHistory };
    }
    // "Since now" rather than live only: whatever is published once the stream reports LIVE is
    // delivered, even if the broker registers the subscription a moment later; and a stream that broke
    // before the broker named its history catches up from when it first opened.
    return { filter: this.filter, since: timestampFromMs(this.firstOpenMs ?? this.now()) };
  }

  /** The broker's first word on a stream: only now is the stream live (an attempt that fails never is). */
  private onStart(start: iot.broker.v1.IStreamStart): void {
    this.reconnect.connected();
    if (this._state === 'reconnecting') {
      this.config.logger.info(
        { streamId: this.id, filter: this.filter, attempts: this.reconnect.attempts },
        'broker stream resumed'
      );
    }
    this.setState(
      'live',
      this.reconnect.attempts === 0 ? 'streaming from the broker' : 'resumed after reconnecting to the broker'
    );
    const lost = this.positions.enter(start.epoch ?? '');
    if (lost.length > 0) {
      // Every client reading this stream learns the new epoch from the next batch's position and
      // states its own loss from its own positions; here it is only counted.
      this.config.metrics.gaps.inc(lost.length);
      this.config.logger.warn(
        { streamId: this.id, topics: lost.length, epoch: start.epoch },
        "the broker's history was reset (a new epoch): messages after the last ones delivered are lost"
      );
    } else if (start.recovered === false && this.firstOpenMs !== undefined && this.reconnect.attempts > 0) {
      this.config.logger.info({ streamId: this.id }, 'resumed; the broker states what it could not recover');
    }
  }

  private onGap(gap: iot.broker.v1.ITopicGap): void {
    const lost = this.positions.skip(gap.topic ?? '', Number(gap.fromSequence ?? 0), Number(gap.toSequence ?? 0));
    if (!lost) {
      return;
    }
    this.config.metrics.gaps.inc();
    this.config.logger.warn(
      { streamId: this.id, topic: lost.topic, from: lost.fromSequence, to: lost.toSequence, reason: gap.reason },
      'the broker states a gap'
    );
    // Gaps are never conflated away: flush what is folded so the marker lands in order.
    this.flushConflated();
    this.batcher.addGap(lost);
  }

  private onEnvelope(item: SizedEnvelope): void {
    const envelope = item.envelope;
    this.config.metrics.messagesIn.inc();
    if (!this.positions.accept(envelope.topic ?? '', Number(envelope.sequence ?? 0), Number(envelope.offset ?? 0))) {
      return;
    }
    if (this.conflator) {
      this.conflator.offer(envelope);
      this.armConflationTimer();
      return;
    }
    this.batcher.add(envelope, item.byteLength);
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
    const batch = encodeBatch(
      this.id,
      envelopes,
      gaps,
      this.dropped,
      this.config.telemetryBlocks === true,
      this.positions.epoch
    );
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
    // Only a stream that stayed open for a healthy period restarts the backoff (see ReconnectPolicy).
    const { delayMs: delay, attempt, firstOfOutage } = this.reconnect.lost();
    this.config.metrics.upstreamReconnects.inc();
    const detail = err ? err.message : 'the broker ended the stream';
    const fields = { streamId: this.id, filter: this.filter, attempt, delayMs: delay, reason: detail };
    // One warning per outage; its retries are debug lines.
    if (!firstOfOutage) {
      this.config.logger.debug(fields, 'broker stream still down, retrying');
    } else {
      this.config.logger.warn(fields, 'broker stream broke, reconnecting');
    }
    // The state says "reconnecting"; the detail says only why, so no reader repeats the words.
    this.setState('reconnecting', detail);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }

  private endCall(): void {
    const call = this.call;
    this.call = undefined;
    call?.cancel();
  }
}
