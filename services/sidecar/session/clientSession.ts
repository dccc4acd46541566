/**
 * One WebSocket connection: decodes client frames, manages its subscriptions (live ones attached to
 * shared streams, ones with a start joining through their history, history-only ones), and owns the
 * connection's bounded send queue; what the queue sends and drops is accounted in LagAccounting.
 * Bad frames get Error frames; the connection carries on.
 *
 * Why one file past ~300 lines: it is one connection's state machine: the subscription map, the
 * shared-stream memberships and the send queue change together on every subscribe, join, detach and
 * failure; the parts that do not (frame specs, history cuts, rate limiting, lag accounting, the queue
 * itself) already live in their own files.
 */
import type { RawData, WebSocket } from 'ws';
import { ValidationError, RateLimitError, toIoTError, type IoTError } from '../../../common/errors/errors';
import { ClientFrameCodec } from '../../../common/proto';
import type { iot } from '../../../common/proto/generated';
import { requireRight, type Principal } from '../auth/keyStore';
import type { EnvelopeSource } from '../broker/brokerGateway';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import type { SidecarOptions } from '../options';
import type { EncodedBatch } from '../stream/encodedBatch';
import { StreamState, errorFrame, pongFrame, statusFrame, subscribedFrame } from '../stream/frames';
import { HistoryJoin } from '../stream/historyJoin';
import type { SharedStreamState, StreamListener } from '../stream/sharedStream';
import type { StreamLease, StreamRegistry } from '../stream/streamRegistry';
import { TokenBucket } from './rateLimiter';
import { LagAccounting } from './lagAccounting';
import { SendQueue } from './sendQueue';
import { historyCut, type HistoryCut } from './historyCut';
import { wireState } from '../stream/sharedStreamState';
import type { StreamAccount } from './streamAccount';
import { subscriptionSpec, type SubscriptionSpec } from './subscriptionSpec';

export interface ClientSessionDeps {
  socket: WebSocket;
  principal: Principal;
  registry: StreamRegistry;
  source: EnvelopeSource;
  options: SidecarOptions;
  metrics: SidecarMetrics;
  logger: Logger;
  nextStreamId: () => number;
  now?: () => number;
}

/** One shared stream as this connection receives it. */
interface Membership extends StreamListener {
  lease: StreamLease;
  account: StreamAccount;
}

type Subscription =
  | { kind: 'joining'; spec: SubscriptionSpec; join: HistoryJoin; lease?: StreamLease; account: StreamAccount }
  | { kind: 'live'; spec: SubscriptionSpec; membership: Membership };

export type ClientSessionState = 'open' | 'closed';

export class ClientSession {
  private readonly deps: ClientSessionDeps;
  private readonly now: () => number;
  private readonly queue: SendQueue;
  private readonly frameBucket: TokenBucket;
  private readonly subscriptions = new Map<number, Subscription>();
  /** Shared stream id -> this connection's membership. */
  private readonly memberships = new Map<number, Membership>();
  private readonly lag: LagAccounting;
  private lastRateErrorMs = Number.NEGATIVE_INFINITY;
  private _state: ClientSessionState = 'open';

  constructor(deps: ClientSessionDeps) {
    this.deps = deps;
    this.now = deps.now ?? Date.now;
    const { limits } = deps.options;
    this.frameBucket = new TokenBucket(limits.clientFrameRatePerSecond, limits.clientFrameBurst, this.now);
    this.lag = new LagAccounting({
      metrics: deps.metrics,
      now: this.now,
      sendControl: (frame) => this.queue.enqueueControl(frame),
      stateOf: (streamId) => {
        const membership = this.memberships.get(streamId);
        return membership ? wireState(membership.lease.stream.state) : StreamState.STATE_CONNECTING;
      },
    });
    this.queue = new SendQueue(
      deps.socket,
      {
        maxBytes: limits.clientQueueBytes,
        maxAgeMs: limits.clientQueueAgeMs,
        highWaterBytes: limits.socketHighWaterBytes,
      },
      {
        onBatchSent: (info, bytes, now) => this.lag.batchSent(info, bytes, now),
        onBatchesDropped: (dropped) => this.lag.batchesDropped(dropped),
        onDrained: () => this.lag.drained(),
        onSocketError: (err) => {
          this.deps.logger.debug({ err: err.message }, 'client socket write failed');
          this.close();
        },
      },
      this.now
    );
  }

  get state(): ClientSessionState {
    return this._state;
  }

  /** Bytes waiting for this client: queued here plus buffered in the socket. */
  get backlogBytes(): number {
    return this.queue.pendingBytes + this.deps.socket.bufferedAmount;
  }

  get subscriptionCount(): number {
    return this.subscriptions.size;
  }

  /** Handles one WebSocket message from the client. */
  handleMessage(data: RawData, isBinary: boolean): void {
    if (this._state !== 'open') {
      return;
    }
    if (!this.frameBucket.take()) {
      this.reportRateLimited();
      return;
    }
    if (!isBinary) {
      this.sendError(
        0,
        new ValidationError('frames must be binary protobuf iot.stream.v1.ClientFrame messages, not text')
      );
      return;
    }
    let frame: iot.stream.v1.ClientFrame;
    try {
      frame = ClientFrameCodec.decode(toBuffer(data));
    } catch (err) {
      this.sendError(
        0,
        new ValidationError(`the frame is not a valid iot.stream.v1.ClientFrame: ${(err as Error).message}`)
      );
      return;
    }
    switch (frame.kind) {
      case 'subscribe':
        this.subscribe(frame.subscribe!);
        break;
      case 'unsubscribe':
        this.unsubscribe(frame.unsubscribe?.id ?? 0);
        break;
      case 'ping':
        this.queue.enqueueControl(pongFrame(Number(frame.ping?.nonce ?? 0), this.now()));
        break;
      default:
        this.sendError(0, new ValidationError('the frame carries none of subscribe, unsubscribe or ping'));
    }
  }

  /** Detaches every subscription and stops sending; the caller closes the socket. Safe to call twice. */
  close(): void {
    if (this._state === 'closed') {
      return;
    }
    this._state = 'closed';
    for (const id of [...this.subscriptions.keys()]) {
      this.detach(id);
    }
    this.queue.close();
  }

  // ---- subscribe / unsubscribe ----

  private subscribe(frame: iot.stream.v1.ISubscribe): void {
    const id = frame.id ?? 0;
    const { limits } = this.deps.options;
    let spec: SubscriptionSpec;
    try {
      requireRight(this.deps.principal, 'read');
      spec = subscriptionSpec(frame, limits);
      if (this.subscriptions.has(spec.id)) {
        throw new ValidationError(
          `subscription id ${spec.id} is already in use on this connection: pick another id or unsubscribe first`
        );
      }
      if (this.subscriptions.size >= limits.maxSubscriptionsPerConnection) {
        throw new RateLimitError(
          `this connection already has ${this.subscriptions.size} subscriptions, the limit: unsubscribe from some first`
        );
      }
    } catch (err) {
      this.sendError(id, toIoTError(err));
      return;
    }
    this.deps.metrics.subscriptions.inc();
    if (spec.untilMs !== undefined || spec.start) {
      this.startJoin(spec);
    } else {
      this.attachLive(spec, this.acquire(spec));
    }
  }

  private acquire(spec: SubscriptionSpec): StreamLease {
    const { principal } = this.deps;
    return this.deps.registry.acquire({
      tenant: principal.tenant,
      filter: spec.filter,
      conflation: spec.conflation,
      telemetryBlocks: spec.telemetryBlocks,
      token: principal.brokerToken,
    });
  }

  private startJoin(spec: SubscriptionSpec): void {
    const historyOnly = spec.untilMs !== undefined;
    const lease = historyOnly ? undefined : this.acquire(spec);
    const privateId = this.deps.nextStreamId();
    const account = this.lag.open(privateId);
    account.subscriptions.add(spec.id);
    const join = new HistoryJoin({
      subscriptionId: spec.id,
      privateStreamId: privateId,
      spec,
      token: this.deps.principal.brokerToken,
      shared: lease?.stream,
      source: this.deps.source,
      batch: this.batchOptions(),
      historyTimeoutMs: this.deps.options.timeouts.historyMs,
      maxHeldBytes: this.deps.options.limits.clientQueueBytes,
      metrics: this.deps.metrics,
      logger: this.deps.logger,
      now: this.now,
      send: (batch) => this.enqueueBatch(batch),
      onComplete: () => this.onJoinComplete(spec.id),
      onError: (err) => this.failSubscription(spec.id, err),
    });
    this.subscriptions.set(spec.id, { kind: 'joining', spec, join, lease, account });
    this.queue.enqueueControl(subscribedFrame(spec.id, privateId));
    this.queue.enqueueControl(
      statusFrame({ subscriptionId: spec.id, state: StreamState.STATE_CONNECTING, detail: 'replaying history' })
    );
    join.start();
  }

  private onJoinComplete(id: number): void {
    const entry = this.subscriptions.get(id);
    if (!entry || entry.kind !== 'joining') {
      return;
    }
    this.lag.forget(entry.account.streamId);
    const history = historyCut(entry.join.historySummary, entry.spec);
    if (!entry.lease) {
      this.subscriptions.delete(id);
      this.deps.metrics.subscriptions.dec();
      this.queue.enqueueControl(
        statusFrame({
          subscriptionId: id,
          state: StreamState.STATE_COMPLETE,
          messagesSent: entry.account.messagesSent,
          detail: 'history complete',
          history,
        })
      );
      return;
    }
    // Same tick as the join's last held batch: the next shared batch reaches this subscription.
    this.attachLive(entry.spec, entry.lease, history);
  }

  private attachLive(spec: SubscriptionSpec, lease: StreamLease, history?: HistoryCut): void {
    const stream = lease.stream;
    let membership = this.memberships.get(stream.id);
    if (membership) {
      lease.release();
    } else {
      membership = this.createMembership(lease);
      this.memberships.set(stream.id, membership);
      stream.addListener(membership);
    }
    membership.account.subscriptions.add(spec.id);
    this.subscriptions.set(spec.id, { kind: 'live', spec, membership });
    this.queue.enqueueControl(subscribedFrame(spec.id, stream.id));
    this.queue.enqueueControl(
      statusFrame({
        subscriptionId: spec.id,
        state: wireState(stream.state),
        detail: 'joined the live stream',
        history,
      })
    );
  }

  private createMembership(lease: StreamLease): Membership {
    const account = this.lag.open(lease.stream.id);
    return {
      lease,
      account,
      onBatch: (batch) => this.enqueueBatch(batch),
      onStateChange: (state: SharedStreamState, detail: string) => {
        for (const id of account.subscriptions) {
          this.queue.enqueueControl(statusFrame({ subscriptionId: id, state: wireState(state), detail }));
        }
      },
      onFailure: (err) => {
        for (const id of [...account.subscriptions]) {
          this.failSubscription(id, err);
        }
      },
    };
  }

  private unsubscribe(id: number): void {
    if (!this.subscriptions.has(id)) {
      this.sendError(id, new ValidationError(`there is no subscription ${id} on this connection`));
      return;
    }
    this.detach(id);
  }

  private failSubscription(id: number, err: IoTError): void {
    if (this.subscriptions.has(id)) {
      this.detach(id);
      this.sendError(id, err);
    }
  }

  private detach(id: number): void {
    const entry = this.subscriptions.get(id);
    if (!entry) {
      return;
    }
    this.subscriptions.delete(id);
    this.deps.metrics.subscriptions.dec();
    if (entry.kind === 'joining') {
      entry.join.close();
      entry.lease?.release();
      this.lag.forget(entry.account.streamId);
      return;
    }
    const membership = entry.membership;
    membership.account.subscriptions.delete(id);
    if (membership.account.subscriptions.size === 0) {
      membership.lease.stream.removeListener(membership);
      membership.lease.release();
      this.memberships.delete(membership.account.streamId);
      this.lag.forget(membership.account.streamId);
    }
  }

  // ---- sending ----

  private enqueueBatch(batch: EncodedBatch): void {
    this.queue.enqueueBatch(batch.bytes, {
      streamId: batch.streamId,
      messageCount: batch.envelopes.length,
      oldestBrokerTimeMs: batch.oldestBrokerTimeMs,
    });
  }

  private sendError(subscriptionId: number, err: IoTError): void {
    this.deps.metrics.clientErrors.inc({ category: err.category });
    this.queue.enqueueControl(errorFrame(subscriptionId, err.category, err.message));
  }

  private reportRateLimited(): void {
    const now = this.now();
    if (now - this.lastRateErrorMs >= 1_000) {
      this.lastRateErrorMs = now;
      this.sendError(
        0,
        new RateLimitError(
          `too many frames: at most ${this.deps.options.limits.clientFrameRatePerSecond} per second; frames over the limit are ignored`
        )
      );
    }
  }

  private batchOptions() {
    const { limits } = this.deps.options;
    return { windowMs: limits.batchWindowMs, maxCount: limits.batchMaxCount, maxBytes: limits.batchMaxBytes };
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) {
    return data;
  }
  if (Array.isArray(data)) {
    return Buffer.concat(data);
  }
  return Buffer.from(data);
}
