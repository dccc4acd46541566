/**
 * Writes one Subscribe stream: a StreamStart, the history read (its gaps, then its messages), a
 * HistoryEnd, then live messages, respecting gRPC flow control. History is never dropped (it is
 * already in memory and is written only as fast as the client reads); live messages wait in a queue
 * bounded in bytes and in count while the client is slow, and beyond either bound the oldest are
 * dropped and counted.
 * Every drop is stated to the subscriber as a TopicGap before that topic's next message, or as soon
 * as the queue is empty: also when the dropped message was the last of its topic.
 */
import { iot } from '../../../common/proto';
import type { GapReason, HistoryRead, StoredMessage, TopicGap } from '../bus/Bus';

/** The part of a server stream this class needs. */
export interface WritableCall {
  write(chunk: Buffer): boolean;
  end(): void;
  on(event: 'drain', listener: () => void): unknown;
}

export type SubscriberState = 'replaying' | 'live' | 'closed';

/** How much a slow subscriber may have waiting before the oldest is dropped. */
export interface QueueLimits {
  messages: number;
  bytes: number;
}

const EventCodec = iot.broker.v1.SubscribeEvent;

const WIRE_REASONS: Record<GapReason, iot.broker.v1.GapReason> = {
  retention: iot.broker.v1.GapReason.GAP_REASON_RETENTION,
  history_limit: iot.broker.v1.GapReason.GAP_REASON_HISTORY_LIMIT,
  slow_subscriber: iot.broker.v1.GapReason.GAP_REASON_SLOW_SUBSCRIBER,
};

function encodeEvent(event: iot.broker.v1.ISubscribeEvent): Buffer {
  const bytes = EventCodec.encode(event).finish();
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Written right after the history: what follows is live. */
const HISTORY_END = encodeEvent({ historyEnd: {} });

/** A TopicGap event's bytes. */
export function encodeGap(gap: TopicGap): Buffer {
  return encodeEvent({
    gap: {
      topic: gap.topic,
      fromSequence: gap.fromSequence,
      toSequence: gap.toSequence,
      reason: WIRE_REASONS[gap.reason],
    },
  });
}

export class SubscriberStream {
  private state: SubscriberState = 'replaying';
  /** What is written before the live messages: the start, the history's gaps and messages. */
  private head: Buffer[];
  private headIndex = 0;
  private queue: StoredMessage[] = [];
  private queueHead = 0;
  private queuedBytes = 0;
  /** Dropped ranges per topic, not yet stated to the subscriber. */
  private readonly dropGaps = new Map<string, TopicGap>();
  private waitingForDrain = false;
  private droppedCount = 0;

  constructor(
    private readonly call: WritableCall,
    history: HistoryRead,
    private readonly limits: QueueLimits,
    private readonly onDrop: (count: number) => void,
    /** End the stream once history is written (a history-only subscription). */
    private readonly endAfterHistory = false
  ) {
    const start = encodeEvent({ start: { epoch: history.epoch, recovered: history.recovered } });
    this.head = [
      start,
      ...history.gaps.map(encodeGap),
      ...history.messages.map((message) => message.bytes),
      HISTORY_END,
    ];
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

  /** Starts writing the start and the history. */
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
    this.queue.push(message);
    this.queuedBytes += message.bytes.length;
    while (this.queued > 1 && (this.queued > this.limits.messages || this.queuedBytes > this.limits.bytes)) {
      this.drop(this.queue[this.queueHead++]);
    }
    this.compactQueue();
  }

  /** Stops writing and frees the buffers; safe to call twice. */
  close(): void {
    this.state = 'closed';
    this.queue = [];
    this.queueHead = 0;
    this.queuedBytes = 0;
    this.head = [];
    this.dropGaps.clear();
  }

  private drop(message: StoredMessage): void {
    this.queuedBytes -= message.bytes.length;
    this.droppedCount++;
    this.onDrop(1);
    const known = this.dropGaps.get(message.topic);
    if (known) {
      known.toSequence = message.sequence;
    } else {
      this.dropGaps.set(message.topic, {
        topic: message.topic,
        fromSequence: message.sequence,
        toSequence: message.sequence,
        reason: 'slow_subscriber',
      });
    }
  }

  private pump(): void {
    while (!this.waitingForDrain && this.state !== 'closed') {
      let next: Buffer;
      if (this.headIndex < this.head.length) {
        next = this.head[this.headIndex++];
      } else if (this.queued > 0) {
        const message = this.queue[this.queueHead];
        const gap = this.dropGaps.get(message.topic);
        if (gap) {
          // The topic's dropped range is stated before its next message.
          this.dropGaps.delete(message.topic);
          next = encodeGap(gap);
        } else {
          this.queueHead++;
          this.queuedBytes -= message.bytes.length;
          this.compactQueue();
          next = message.bytes;
        }
      } else if (this.dropGaps.size > 0) {
        // Drops whose topic has sent nothing since: stated now, not at the topic's next message.
        const [topic, gap] = this.dropGaps.entries().next().value as [string, TopicGap];
        this.dropGaps.delete(topic);
        next = encodeGap(gap);
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
    this.head = [];
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
