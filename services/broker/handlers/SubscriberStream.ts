/**
 * Writes one Subscribe stream: the history snapshot first, then live messages, respecting gRPC flow
 * control. History is never dropped (it is already in memory and is written only as fast as the
 * client reads); live messages wait in a bounded queue while the client is slow, and beyond the bound
 * the oldest are dropped and counted. The subscriber sees each drop as a sequence gap.
 */
import type { StoredMessage } from '../bus/Bus';

/** The part of a server stream this class needs. */
export interface WritableCall {
  write(chunk: Buffer): boolean;
  end(): void;
  on(event: 'drain', listener: () => void): unknown;
}

export type SubscriberState = 'replaying' | 'live' | 'closed';

export class SubscriberStream {
  private state: SubscriberState = 'replaying';
  private historyIndex = 0;
  private queue: Buffer[] = [];
  private queueHead = 0;
  private waitingForDrain = false;
  private droppedCount = 0;

  constructor(
    private readonly call: WritableCall,
    private history: readonly StoredMessage[],
    private readonly queueLimit: number,
    private readonly onDrop: (count: number) => void,
    /** End the stream once history is written (a history-only subscription). */
    private readonly endAfterHistory = false
  ) {
    call.on('drain', () => {
      this.waitingForDrain = false;
      this.pump();
    });
  }

  /** Live messages dropped so far. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Live messages waiting. */
  get queued(): number {
    return this.queue.length - this.queueHead;
  }

  get currentState(): SubscriberState {
    return this.state;
  }

  /** Starts writing the history. */
  start(): void {
    this.pump();
  }

  /** Delivers a live message: written now when the client keeps up, queued (bounded) otherwise. */
  deliver(message: StoredMessage): void {
    if (this.state === 'live' && !this.waitingForDrain && this.queued === 0) {
      if (!this.call.write(message.bytes)) {
        this.waitingForDrain = true;
      }
      return;
    }
    if (this.state === 'closed') {
      return;
    }
    if (this.queued >= this.queueLimit) {
      this.queueHead++;
      this.droppedCount++;
      this.onDrop(1);
      this.compactQueue();
    }
    this.queue.push(message.bytes);
  }

  /** Stops writing and frees the buffers; safe to call twice. */
  close(): void {
    this.state = 'closed';
    this.queue = [];
    this.queueHead = 0;
    this.history = [];
  }

  private pump(): void {
    while (!this.waitingForDrain && this.state !== 'closed') {
      let next: Buffer;
      if (this.historyIndex < this.history.length) {
        next = this.history[this.historyIndex++].bytes;
      } else if (this.queued > 0) {
        next = this.queue[this.queueHead++];
        this.compactQueue();
      } else {
        this.finishReplay();
        return;
      }
      if (!this.call.write(next)) {
        this.waitingForDrain = true;
      }
    }
  }

  private finishReplay(): void {
    if (this.state !== 'replaying') {
      return;
    }
    this.history = [];
    if (this.endAfterHistory) {
      this.state = 'closed';
      this.call.end();
    } else {
      this.state = 'live';
    }
  }

  private compactQueue(): void {
    if (this.queueHead === this.queue.length) {
      this.queue.length = 0;
      this.queueHead = 0;
    } else if (this.queueHead >= 1024 && this.queueHead * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  }
}
