/**
 * One client's bounded send queue. Frames are handed to the socket only while its buffered amount
 * is below a high-water mark; the rest wait here. The queue plus the socket's buffer never exceed a
 * byte bound, and no batch waits longer than an age bound: when either would be broken the oldest
 * batches are dropped (and reported), so a slow client costs bounded memory and never slows others.
 * Control frames (subscribed, status, error, pong) are small, rate-limited upstream, and never dropped.
 */

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
  private readonly frames: QueuedFrame[] = [];
  private head = 0;
  private queuedBytes = 0;
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
    return this.queuedBytes;
  }

  get pendingFrames(): number {
    return this.frames.length - this.head;
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
    while (this.queuedBytes + bytes.length > budget && this.dropOldestBatch(dropped)) {
      // dropOldestBatch made room.
    }
    if (this.queuedBytes + bytes.length > budget) {
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
    this.frames.length = 0;
    this.head = 0;
    this.queuedBytes = 0;
  }

  private push(frame: QueuedFrame): void {
    if (this._state === 'closed') {
      return;
    }
    this.frames.push(frame);
    this.queuedBytes += frame.bytes.length;
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
    while (this.head < this.frames.length) {
      if (this.socket.bufferedAmount >= this.options.highWaterBytes) {
        // The socket is full: resume once the last frame handed over has reached the kernel.
        this.awaitedSend = this.sendCount;
        return;
      }
      const frame = this.frames[this.head];
      this.shift();
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

  private shift(): void {
    const frame = this.frames[this.head];
    this.frames[this.head] = undefined as unknown as QueuedFrame;
    this.head++;
    this.queuedBytes -= frame.bytes.length;
    // Compact now and then so the array does not grow with everything ever sent.
    if (this.head > 1024 && this.head * 2 > this.frames.length) {
      this.frames.splice(0, this.head);
      this.head = 0;
    }
  }

  private dropExpired(now: number): QueuedBatchInfo[] {
    const dropped: QueuedBatchInfo[] = [];
    for (let i = this.head; i < this.frames.length; i++) {
      const frame = this.frames[i];
      if (now - frame.enqueuedMs <= this.options.maxAgeMs) {
        break;
      }
      if (frame.batch) {
        this.removeAt(i);
        dropped.push(frame.batch);
        i--;
      }
    }
    return dropped;
  }

  private dropOldestBatch(into: QueuedBatchInfo[]): boolean {
    for (let i = this.head; i < this.frames.length; i++) {
      const batch = this.frames[i].batch;
      if (batch) {
        this.removeAt(i);
        into.push(batch);
        return true;
      }
    }
    return false;
  }

  private removeAt(index: number): void {
    this.queuedBytes -= this.frames[index].bytes.length;
    this.frames.splice(index, 1);
  }
}
