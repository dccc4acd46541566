/**
 * Brings one subscription with a start up to the shared live stream with no gap and no duplicate.
 *
 * While the subscription's history streams from the broker (a history-only Subscribe ending at
 * "now"), the shared stream's batches for it are held back. When the history ends, each topic's
 * first held sequence is compared with the last one history delivered; where they do not meet
 * (clock skew between sidecar and broker, a shared stream that registered late, held batches
 * dropped for size) that topic is bridged with a per-topic fetch by sequence. Then the held batches
 * are sent with everything already delivered trimmed off, and the caller attaches the subscription
 * to the shared stream in the same tick, so nothing falls between. Without a shared stream (a
 * subscription with `until`) only the history is sent.
 */
import type { IoTError } from '../../../common/errors/errors';
import { msFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import type { EnvelopeSource, SizedEnvelope, SubscribeRequestInit, UpstreamCall } from '../broker/brokerGateway';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import type { SubscriptionSpec } from '../session/subscriptionSpec';
import { Batcher, type BatcherOptions } from './batcher';
import { encodeBatch, trimBatch, type EncodedBatch } from './encodedBatch';
import type { Gap } from './sequenceTracker';
import type { SharedStream, SharedStreamState, StreamListener } from './sharedStream';

export interface HistoryJoinConfig {
  subscriptionId: number;
  /** The stream id this subscription's batches carry until it joins the shared stream. */
  privateStreamId: number;
  spec: SubscriptionSpec;
  token?: string;
  /** The shared live stream to join afterwards; undefined for a history-only subscription. */
  shared?: SharedStream;
  /** Whether the shared stream conflates: its sequences then skip by design, so nothing is bridged. */
  sharedConflates: boolean;
  source: EnvelopeSource;
  batch: BatcherOptions;
  historyTimeoutMs: number;
  /** The most bytes of shared batches held back; beyond it the oldest go (and are bridged). */
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

export type HistoryJoinState = 'idle' | 'history' | 'bridging' | 'done' | 'closed';

/** Topics bridged at most per join; further seams are reported as gaps. */
const MAX_BRIDGED_TOPICS = 64;

export class HistoryJoin implements StreamListener {
  private readonly config: HistoryJoinConfig;
  private readonly now: () => number;
  private readonly batcher: Batcher;
  /** topic -> last sequence sent to the client. */
  private readonly delivered = new Map<string, number>();
  /** Envelopes the history fetch brought, and the oldest broker time among them. */
  private historyCount = 0;
  private historyOldestMs: number | undefined;
  private held: EncodedBatch[] = [];
  private heldBytes = 0;
  private readonly calls = new Set<UpstreamCall>();
  private _state: HistoryJoinState = 'idle';

  constructor(config: HistoryJoinConfig) {
    this.config = config;
    this.now = config.now ?? Date.now;
    this.batcher = new Batcher(config.batch, (envelopes, gaps) =>
      config.send(encodeBatch(config.privateStreamId, envelopes, gaps, 0, config.spec.telemetryBlocks))
    );
  }

  get state(): HistoryJoinState {
    return this._state;
  }

  /** Starts holding the shared stream and fetching history. */
  start(): void {
    if (this._state !== 'idle') {
      return;
    }
    this._state = 'history';
    this.config.shared?.addListener(this);
    const { spec } = this.config;
    const start = spec.start ?? {};
    const request: SubscribeRequestInit = {
      filter: spec.filter,
      afterSequence: start.afterSequence ?? 0,
      since: start.sinceMs === undefined ? undefined : timestampFromMs(start.sinceMs),
      resume: start.resume,
      maxHistory: spec.maxHistory,
      until: timestampFromMs(spec.untilMs ?? this.now()),
    };
    this.fetch(request, {
      onEnvelope: (item) => {
        this.noteHistory(item);
        this.deliver(item);
      },
      onDone: (err) => (err ? this.fail(err) : this.afterHistory()),
    });
  }

  // ---- shared stream listener: hold everything until the seam ----

  onBatch(batch: EncodedBatch): void {
    if (this._state !== 'history' && this._state !== 'bridging') {
      return;
    }
    this.held.push(batch);
    this.heldBytes += batch.bytes.length;
    while (this.heldBytes > this.config.maxHeldBytes && this.held.length > 1) {
      // The bridge fetches what these held, from the broker's history, when the seam is made.
      this.heldBytes -= this.held.shift()!.bytes.length;
    }
  }

  onStateChange(_state: SharedStreamState): void {
    // The caller reports the shared stream's state once the subscription has joined it.
  }

  onFailure(error: IoTError): void {
    this.fail(error);
  }

  /** Stops fetching and holding. Safe to call twice. */
  close(): void {
    if (this._state === 'closed') {
      return;
    }
    this._state = 'closed';
    this.release();
  }

  private fetch(
    request: SubscribeRequestInit,
    handlers: { onEnvelope(item: SizedEnvelope): void; onDone(err?: IoTError): void }
  ): UpstreamCall {
    this.config.metrics.upstreamStreams.inc();
    let open = true;
    const done = (err?: IoTError) => {
      if (open) {
        open = false;
        this.config.metrics.upstreamStreams.dec();
        this.calls.delete(call);
        handlers.onDone(err);
      }
    };
    const inner = this.config.source.subscribe(
      this.config.token,
      request,
      { onEnvelope: (item) => handlers.onEnvelope(item), onEnd: () => done(), onError: (err) => done(err) },
      this.config.historyTimeoutMs
    );
    const call: UpstreamCall = {
      cancel: () => {
        if (open) {
          open = false;
          this.config.metrics.upstreamStreams.dec();
          this.calls.delete(call);
          inner.cancel();
        }
      },
    };
    this.calls.add(call);
    return call;
  }

  /** What the history replay brought: how many messages, from which broker time. */
  get historySummary(): { count: number; oldestMs?: number } {
    return { count: this.historyCount, oldestMs: this.historyOldestMs };
  }

  private noteHistory(item: SizedEnvelope): void {
    this.historyCount++;
    const timeMs = msFromTimestamp(item.envelope.brokerTime);
    if (timeMs !== undefined && (this.historyOldestMs === undefined || timeMs < this.historyOldestMs)) {
      this.historyOldestMs = timeMs;
    }
  }

  private deliver(item: SizedEnvelope, gap?: Gap): void {
    const topic = item.envelope.topic ?? '';
    const sequence = Number(item.envelope.sequence ?? 0);
    if (sequence <= (this.delivered.get(topic) ?? 0)) {
      return;
    }
    this.delivered.set(topic, sequence);
    this.config.metrics.messagesIn.inc();
    this.batcher.add(item.envelope, item.byteLength, gap);
  }

  private afterHistory(): void {
    if (this._state !== 'history') {
      return;
    }
    if (!this.config.shared) {
      this.finish();
      return;
    }
    const seams = this.config.sharedConflates ? [] : this.openSeams();
    if (seams.length === 0) {
      this.finish();
      return;
    }
    this._state = 'bridging';
    let pending = seams.length;
    const settle = () => {
      if (--pending === 0 && this._state === 'bridging') {
        this.finish();
      }
    };
    for (const seam of seams.slice(MAX_BRIDGED_TOPICS)) {
      this.reportUnbridged(seam.topic, seam.firstHeld);
      settle();
    }
    for (const seam of seams.slice(0, MAX_BRIDGED_TOPICS)) {
      this.bridge(seam.topic, seam.firstHeld, settle);
    }
  }

  /** Topics whose first held sequence does not follow the last one delivered. */
  private openSeams(): Array<{ topic: string; firstHeld: number }> {
    const firstHeld = new Map<string, number>();
    for (const batch of this.held) {
      for (const envelope of batch.envelopes) {
        const topic = envelope.topic ?? '';
        if (!firstHeld.has(topic)) {
          firstHeld.set(topic, Number(envelope.sequence ?? 0));
        }
      }
    }
    const seams: Array<{ topic: string; firstHeld: number }> = [];
    for (const [topic, first] of firstHeld) {
      if (first > (this.delivered.get(topic) ?? 0) + 1) {
        seams.push({ topic, firstHeld: first });
      }
    }
    return seams;
  }

  /** Fetches one topic by sequence from the last delivered up to just before the first held. */
  private bridge(topic: string, firstHeld: number, settle: () => void): void {
    const last = this.delivered.get(topic);
    const start = this.config.spec.start ?? {};
    const request: SubscribeRequestInit =
      last !== undefined
        ? { filter: topic, resume: { [topic]: last }, maxHistory: this.config.spec.maxHistory }
        : {
            filter: topic,
            afterSequence: start.afterSequence ?? 0,
            since: start.sinceMs === undefined ? undefined : timestampFromMs(start.sinceMs),
            resume: start.resume?.[topic] === undefined ? undefined : { [topic]: start.resume[topic] },
            maxHistory: this.config.spec.maxHistory,
          };
    let finished = false;
    let call: UpstreamCall | undefined;
    const complete = () => {
      if (finished) {
        return;
      }
      finished = true;
      call?.cancel();
      this.reportUnbridged(topic, firstHeld);
      settle();
    };
    call = this.fetch(request, {
      onEnvelope: (item) => {
        const sequence = Number(item.envelope.sequence ?? 0);
        if (finished || item.envelope.topic !== topic) {
          return;
        }
        if (sequence >= firstHeld) {
          complete();
          return;
        }
        const known = this.delivered.get(topic);
        const gap = known !== undefined && sequence > known + 1 ? this.gap(topic, known + 1, sequence - 1) : undefined;
        this.deliver(item, gap);
        if (sequence === firstHeld - 1) {
          complete();
        }
      },
      onDone: (err) => {
        if (err) {
          this.config.logger.warn(
            { subscriptionId: this.config.subscriptionId, topic, err: err.message },
            'seam bridge failed'
          );
        }
        complete();
      },
    });
    if (finished) {
      call.cancel();
    }
  }

  /** A gap marker for what is still missing between the delivered and the held, if anything. */
  private reportUnbridged(topic: string, firstHeld: number): void {
    const last = this.delivered.get(topic);
    if (last !== undefined && last < firstHeld - 1) {
      this.batcher.addGap(this.gap(topic, last + 1, firstHeld - 1));
      this.delivered.set(topic, firstHeld - 1);
    }
  }

  private gap(topic: string, fromSequence: number, toSequence: number): Gap {
    this.config.metrics.gaps.inc();
    return { topic, fromSequence, toSequence };
  }

  private finish(): void {
    this.batcher.flush();
    const shared = this.config.shared;
    if (shared) {
      for (const batch of this.held) {
        const trimmed = trimBatch(batch, this.delivered, this.config.privateStreamId, shared.dropped);
        if (trimmed) {
          for (const envelope of trimmed.envelopes) {
            this.delivered.set(envelope.topic ?? '', Number(envelope.sequence ?? 0));
          }
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
    this.config.shared?.removeListener(this);
    for (const call of [...this.calls]) {
      call.cancel();
    }
    this.batcher.close();
    this.held = [];
    this.heldBytes = 0;
  }
}
