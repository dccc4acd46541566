/**
 * Brings one subscription with a start up to the shared live stream with no gap and no duplicate.
 *
 * The subscription gets a broker Subscribe of its own from its start (history, then live), sent
 * under a private stream id, while the shared stream's batches are held back. Both streams carry
 * the same filter in the same order (the tenant's offsets), so as soon as the private stream has
 * delivered up to just before the first held message, the held batches are sent with everything
 * already delivered trimmed off, the private call is cancelled, and the caller attaches the
 * subscription to the shared stream in the same tick. Nothing is matched by time or bridged per
 * topic: dropping held batches for memory only means the private stream runs a little longer.
 * A quiet shared stream holds nothing to meet: then the join happens, with nothing pending in the
 * shared one, once both streams stand at the same position, or once the broker has said the private
 * history is over (HistoryEnd) and the shared stream stands at or before the private one: a shared
 * stream opened after the last matching message never reaches the private stream's position, and
 * everything after the history reaches both (checked on every message and on a short timer).
 * Without a shared stream (a subscription with `until`) only the history is sent.
 *
 * Why one file past ~300 lines: the join is one protocol between two streams (held shared batches,
 * the private replay, the meeting point); splitting it would scatter the invariant stated above.
 */
import { UpstreamError, type IoTError } from '../../../common/errors/errors';
import { StreamPositions } from '../../../common/positions/StreamPositions';
import { iot, type Envelope } from '../../../common/proto';
import { msFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import type { EnvelopeSource, SizedEnvelope, SubscribeRequestInit, UpstreamCall } from '../broker/brokerGateway';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import type { SubscriptionSpec } from '../session/subscriptionSpec';
import { Batcher, type BatcherOptions } from './batcher';
import { encodeBatch, trimBatch, type EncodedBatch } from './encodedBatch';
import type { SharedStream, SharedStreamState, StreamListener } from './sharedStream';

export interface HistoryJoinConfig {
  subscriptionId: number;
  /** The stream id this subscription's batches carry until it joins the shared stream. */
  privateStreamId: number;
  spec: SubscriptionSpec;
  token?: string;
  /** The shared live stream to join afterwards; undefined for a history-only subscription. */
  shared?: SharedStream;
  source: EnvelopeSource;
  batch: BatcherOptions;
  /** Bounds a history-only fetch. */
  historyTimeoutMs: number;
  /** The most bytes of shared batches held back; beyond it the oldest go (the private stream covers them). */
  maxHeldBytes: number;
  metrics: SidecarMetrics;
  logger: Logger;
  now?: () => number;
  /** Sends one batch (under the private stream id) to the client. */
  send(batch: EncodedBatch): void;
  /** Everything before the live stream was sent; attach to the shared stream now. */
  onComplete(): void;
  onError(err: IoTError): void;
}

export type HistoryJoinState = 'idle' | 'joining' | 'done' | 'closed';

/** What a subscription's history replay brought. */
export interface HistorySummary {
  count: number;
  /** The oldest broker time among the history messages. */
  oldestMs?: number;
  /** The broker stated that the history limit left messages out (a TopicGap with HISTORY_LIMIT). */
  limited: boolean;
  /** The broker stated that retention evicted part of the asked history (a TopicGap with RETENTION). */
  evicted: boolean;
}

/** How often a join onto a quiet shared stream is looked at. */
const SETTLED_CHECK_MS = 50;

export class HistoryJoin implements StreamListener {
  private readonly config: HistoryJoinConfig;
  private readonly now: () => number;
  private readonly batcher: Batcher;
  /** What this subscription has been sent. */
  private readonly delivered = new StreamPositions();
  /** History envelopes this subscription's own stream brought, and the oldest broker time among them. */
  private historyCount = 0;
  private historyOldestMs: number | undefined;
  /** The broker said the replayed history is over: what the private stream brings now is live. */
  private historyEnded = false;
  /** The broker stated that the history limit left messages out. */
  private historyLimited = false;
  /** The broker stated that retention evicted part of the asked history. */
  private historyEvicted = false;
  private held: EncodedBatch[] = [];
  private heldBytes = 0;
  private call?: UpstreamCall;
  private settledTimer?: NodeJS.Timeout;
  private _state: HistoryJoinState = 'idle';

  constructor(config: HistoryJoinConfig) {
    this.config = config;
    this.now = config.now ?? Date.now;
    this.batcher = new Batcher(config.batch, (envelopes, gaps) =>
      config.send(
        encodeBatch(config.privateStreamId, envelopes, gaps, 0, config.spec.telemetryBlocks, this.delivered.epoch)
      )
    );
  }

  get state(): HistoryJoinState {
    return this._state;
  }

  /** Starts holding the shared stream and reading the subscription's own stream. */
  start(): void {
    if (this._state !== 'idle') {
      return;
    }
    this._state = 'joining';
    const { spec, shared } = this.config;
    shared?.addListener(this);
    const start = spec.start ?? {};
    const request: SubscribeRequestInit = {
      filter: spec.filter,
      afterSequence: start.afterSequence ?? 0,
      since: start.sinceMs === undefined ? undefined : timestampFromMs(start.sinceMs),
      from: start.from,
      maxHistory: spec.maxHistory,
      // History only when there is nothing to join; otherwise the private stream goes on live until the seam.
      until: shared ? undefined : timestampFromMs(spec.untilMs ?? this.now()),
    };
    this.config.metrics.upstreamStreams.inc();
    this.call = this.config.source.subscribe(
      this.config.token,
      request,
      {
        onStart: (event) => this.onStart(event),
        onGap: (gap) => this.onGap(gap),
        onEnvelope: (item) => this.deliver(item),
        onHistoryEnd: () => this.onHistoryEnd(),
        onEnd: () =>
          shared
            ? this.fail(new UpstreamError('the broker ended the stream before it met the live stream; resubscribe'))
            : this.finish(),
        onError: (err) => this.fail(err),
      },
      shared ? undefined : this.config.historyTimeoutMs
    );
    if (shared) {
      this.settledTimer = setInterval(() => this.tryToJoin(), SETTLED_CHECK_MS);
      this.settledTimer.unref?.();
    }
  }

  // ---- shared stream listener: hold everything until the seam ----

  onBatch(batch: EncodedBatch): void {
    if (this._state !== 'joining') {
      return;
    }
    this.held.push(batch);
    this.heldBytes += batch.bytes.length;
    while (this.heldBytes > this.config.maxHeldBytes && this.held.length > 1) {
      // The private stream delivers what these held; it only has to run a little further.
      this.heldBytes -= this.held.shift()!.bytes.length;
    }
    this.tryToJoin();
  }

  onStateChange(_state: SharedStreamState): void {
    // The caller reports the shared stream's state once the subscription has joined it.
  }

  onFailure(error: IoTError): void {
    this.fail(error);
  }

  /** Stops reading and holding. Safe to call twice. */
  close(): void {
    if (this._state === 'closed') {
      return;
    }
    this._state = 'closed';
    this.release();
  }

  private onStart(start: iot.broker.v1.IStreamStart): void {
    this.delivered.enter(start.epoch ?? '');
  }

  private onHistoryEnd(): void {
    this.historyEnded = true;
    this.tryToJoin();
  }

  private onGap(gap: iot.broker.v1.ITopicGap): void {
    if (gap.reason === iot.broker.v1.GapReason.GAP_REASON_HISTORY_LIMIT) {
      this.historyLimited = true;
    } else if (gap.reason === iot.broker.v1.GapReason.GAP_REASON_RETENTION && !this.historyEnded) {
      this.historyEvicted = true;
    }
    const topic = gap.topic ?? '';
    const fromSequence = Number(gap.fromSequence ?? 0);
    const known = this.delivered.lastOf(topic);
    const lost = this.delivered.skip(topic, fromSequence, Number(gap.toSequence ?? 0));
    if (lost) {
      this.config.metrics.gaps.inc();
      // Where the loss starts is the client's to know when neither the broker nor this join does.
      this.batcher.addGap(fromSequence === 0 && known === undefined ? { ...lost, fromSequence: 0 } : lost);
    }
  }

  private deliver(item: SizedEnvelope): void {
    const { envelope } = item;
    if (!this.delivered.accept(envelope.topic ?? '', Number(envelope.sequence ?? 0), Number(envelope.offset ?? 0))) {
      return;
    }
    this.noteHistory(envelope);
    this.config.metrics.messagesIn.inc();
    this.batcher.add(envelope, item.byteLength);
    this.tryToJoin();
  }

  /**
   * What the subscription's history brought: how many messages, from which broker time, and whether
   * the broker stated that its history limit left messages out. Before the broker says where the
   * history ends (or from a broker that does not), everything the private stream brought counts.
   */
  get historySummary(): HistorySummary {
    return {
      count: this.historyCount,
      oldestMs: this.historyOldestMs,
      limited: this.historyLimited,
      evicted: this.historyEvicted,
    };
  }

  private noteHistory(envelope: Envelope): void {
    if (this.historyEnded) {
      return;
    }
    this.historyCount++;
    const timeMs = msFromTimestamp(envelope.brokerTime);
    if (timeMs !== undefined && (this.historyOldestMs === undefined || timeMs < this.historyOldestMs)) {
      this.historyOldestMs = timeMs;
    }
  }

  /** Joins once the private stream has delivered up to just before the first held message. */
  private tryToJoin(): void {
    const position = this.delivered.position;
    if (this._state !== 'joining' || !position) {
      return;
    }
    const first = this.held.find((batch) => batch.envelopes.length > 0);
    if (!first) {
      const settled = this.held.length === 0 ? this.config.shared?.settledPosition : undefined;
      if (!settled || settled.epoch !== position.epoch) {
        return;
      }
      // Equal positions past the start: the shared stream has the private one's last message, so
      // everything after it reaches the shared stream. Otherwise only the end of the history says so.
      const met = settled.offset === position.offset && position.offset > 0;
      if (met || (this.historyEnded && settled.offset <= position.offset)) {
        this.finish();
      }
      return;
    }
    if (first.position?.epoch !== position.epoch) {
      return;
    }
    let firstOffset = Number.POSITIVE_INFINITY;
    for (const envelope of first.envelopes) {
      firstOffset = Math.min(firstOffset, Number(envelope.offset ?? 0));
    }
    if (position.offset >= firstOffset - 1) {
      this.finish();
    }
  }

  private finish(): void {
    if (this._state !== 'joining') {
      return;
    }
    this.batcher.flush();
    const shared = this.config.shared;
    if (shared) {
      for (const batch of this.held) {
        const trimmed = trimBatch(batch, this.delivered, this.config.privateStreamId, shared.dropped);
        if (trimmed) {
          this.config.send(trimmed);
        }
      }
    }
    this._state = 'done';
    this.release();
    this.config.onComplete();
  }

  private fail(err: IoTError): void {
    if (this._state === 'closed' || this._state === 'done') {
      return;
    }
    this._state = 'closed';
    this.release();
    this.config.onError(err);
  }

  private release(): void {
    clearInterval(this.settledTimer);
    this.settledTimer = undefined;
    this.config.shared?.removeListener(this);
    if (this.call) {
      this.call.cancel();
      this.call = undefined;
      this.config.metrics.upstreamStreams.dec();
    }
    this.batcher.close();
    this.held = [];
    this.heldBytes = 0;
  }
}
