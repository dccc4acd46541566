/**
 * One client's bounded send queue. Frames are handed to the socket only while its buffered amount
 * is below a high-water mark; the rest wait here. The queue plus the socket's buffer never exceed a
 * byte bound, and no batch waits longer than an age bound: when either would be broken the oldest
 * batches are dropped (and reported), so a slow client costs bounded memory and never slows others.
 * Control frames (subscribed, status, error, pong) are small, rate-limited upstream, and never dropped.
 */

import { Fifo } from '../../../common/fifo/Fifo';

/** The part of a WebSocket the queue needs. */
export interface FrameSocket {
  readonly bufferedAmount: number;
  send(data: Buffer, callback: (err?: Error) => void): void;
}

export interface QueuedBatchInfo {
  streamId: number;
  messageCount: number;
  oldestBrokerTimeMs?: number;
}

interface QueuedFrame {
  bytes: Buffer;
  enqueuedMs: number;
  batch?: QueuedBatchInfo;
}

export interface SendQueueOptions {
  maxBytes: number;
  maxAgeMs: number;
  highWaterBytes: number;
}

export interface SendQueueHooks {
  /** A batch was handed to the socket. */
  onBatchSent(info: QueuedBatchInfo, bytes: number, nowMs: number): void;
  /** Batches were dropped, oldest first. */
  onBatchesDropped(dropped: QueuedBatchInfo[]): void;
  /** Everything queued has been handed to the socket. */
  onDrained(): void;
  /** The socket failed to take a frame. */
  onSocketError(err: Error): void;
}

export type SendQueueState = 'open' | 'closed';

export class SendQueue {
  private readonly frames = new Fifo<QueuedFrame>((frame) => frame.bytes.length);
  /** Frames handed to the socket so far. */
  private sendCount = 0;
  /** Set while the socket is full: the send whose completion resumes pumping. */
  private awaitedSend?: number;
  private _state: SendQueueState = 'open';

  constructor(
    private readonly socket: FrameSocket,
    private readonly options: SendQueueOptions,
    private readonly hooks: SendQueueHooks,
    private readonly now: () => number = Date.now
  ) {}

  get state(): SendQueueState {
    return this._state;
  }

  /** Bytes waiting here (not counting the socket's own buffer). */
  get pendingBytes(): number {
    return this.frames.weight;
  }

  get pendingFrames(): number {
    return this.frames.length;
  }

  /** Queues a control frame; it is never dropped. */
  enqueueControl(bytes: Buffer): void {
    this.push({ bytes, enqueuedMs: this.now() });
  }

  /** Queues a batch; older batches are dropped when the bounds would be broken. */
  enqueueBatch(bytes: Buffer, info: QueuedBatchInfo): void {
    if (this._state === 'closed') {
      return;
    }
    const now = this.now();
    const dropped = this.dropExpired(now);
    const budget = this.options.maxBytes - this.socket.bufferedAmount;
    while (this.frames.weight + bytes.length > budget && this.dropOldestBatch(dropped)) {
      // dropOldestBatch made room.
    }
    if (this.frames.weight + bytes.length > budget) {
      // Nothing older is left to drop: this batch is the one to lose.
      dropped.push(info);
    } else {
      this.push({ bytes, enqueuedMs: now, batch: info });
    }
    if (dropped.length > 0) {
      this.hooks.onBatchesDropped(dropped);
    }
  }

  /** Stops sending and forgets what is queued. Safe to call twice. */
  close(): void {
    this._state = 'closed';
    this.frames.clear();
  }

  private push(frame: QueuedFrame): void {
    if (this._state === 'closed') {
      return;
    }
    this.frames.push(frame);
    this.pump();
  }

  private pump(): void {
    if (this.awaitedSend !== undefined || this._state === 'closed') {
      return;
    }
    const now = this.now();
    const expired = this.dropExpired(now);
    if (expired.length > 0) {
      this.hooks.onBatchesDropped(expired);
    }
    let sentAny = false;
    while (this.frames.length > 0) {
      if (this.socket.bufferedAmount >= this.options.highWaterBytes) {
        // The socket is full: resume once the last frame handed over has reached the kernel.
        this.awaitedSend = this.sendCount;
        return;
      }
      const frame = this.frames.shift() as QueuedFrame;
      const token = ++this.sendCount;
      this.socket.send(frame.bytes, (err) => this.onSent(err, token));
      if (frame.batch) {
        this.hooks.onBatchSent(frame.batch, frame.bytes.length, now);
      }
      sentAny = true;
    }
    if (sentAny) {
      this.hooks.onDrained();
    }
  }

  private onSent(err: Error | undefined, token: number): void {
    if (err) {
      if (this._state === 'open') {
        this.hooks.onSocketError(err);
      }
      return;
    }
    if (this.awaitedSend !== undefined && token >= this.awaitedSend) {
      this.awaitedSend = undefined;
      this.pump();
    }
  }

  private dropExpired(now: number): QueuedBatchInfo[] {
    const dropped: QueuedBatchInfo[] = [];
    for (let i = 0; i < this.frames.length; i++) {
      const frame = this.frames.at(i) as QueuedFrame;
      if (now - frame.enqueuedMs <= this.options.maxAgeMs) {
        break;
      }
      if (frame.batch) {
        this.frames.removeAt(i);
        dropped.push(frame.batch);
        i--;
      }
    }
    return dropped;
  }

  private dropOldestBatch(into: QueuedBatchInfo[]): boolean {
    for (let i = 0; i < this.frames.length; i++) {
      const batch = this.frames.at(i)?.batch;
      if (batch) {
        this.frames.removeAt(i);
        into.push(batch);
        return true;
      }
    }
    return false;
  }
}
