/**
 * Writes one Subscribe stream: a StreamStart, the history read (its gaps, then its messages), a
 * HistoryEnd, then live messages, respecting gRPC flow control. History is never dropped (it is
 * already in memory and is written only as fast as the client reads); live messages wait in a queue
 * bounded in bytes and in count while the client is slow, and beyond either bound the oldest are
 * dropped and counted.
 * Every drop is stated to the subscriber as a TopicGap before that topic's next message, or as soon
 * as the queue is empty: also when the dropped message was the last of its topic.
 */
import { Fifo } from '../../../common/fifo/Fifo';
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
  private readonly head = new Fifo<Buffer>();
  /** Live messages waiting for the client, bounded in count and bytes. */
  private readonly queue = new Fifo<StoredMessage>((message) => message.bytes.length);
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
    this.head.push(start);
    for (const gap of history.gaps) {
      this.head.push(encodeGap(gap));
    }
    for (const message of history.messages) {
      this.head.push(message.bytes);
    }
    this.head.push(HISTORY_END);
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
    return this.queue.length;
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
    while (
      this.queue.length > 1 &&
      (this.queue.length > this.limits.messages || this.queue.weight > this.limits.bytes)
    ) {
      this.drop(this.queue.shift() as StoredMessage);
    }
  }

  /** Stops writing and frees the buffers; safe to call twice. */
  close(): void {
    this.state = 'closed';
    this.queue.clear();
    this.head.clear();
    this.dropGaps.clear();
  }

  private drop(message: StoredMessage): void {
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
      // The start and the history come first, then live messages, then drops not yet stated.
      const next = this.head.shift() ?? this.nextLive() ?? this.nextUnstatedGap();
      if (next === undefined) {
        this.finishReplay();
        return;
      }
      if (!this.call.write(next)) {
        this.waitingForDrain = true;
      }
    }
  }

  /** The oldest live message, or its topic's dropped range first when that is not yet stated. */
  private nextLive(): Buffer | undefined {
    const message = this.queue.peek();
    if (!message) {
      return undefined;
    }
    const gap = this.dropGaps.get(message.topic);
    if (gap) {
      this.dropGaps.delete(message.topic);
      return encodeGap(gap);
    }
    this.queue.shift();
    return message.bytes;
  }

  /** Drops whose topic has sent nothing since: stated now, not at the topic's next message. */
  private nextUnstatedGap(): Buffer | undefined {
    const first = this.dropGaps.entries().next();
    if (first.done) {
      return undefined;
    }
    const [topic, gap] = first.value;
    this.dropGaps.delete(topic);
    return encodeGap(gap);
  }

  private finishReplay(): void {
    if (this.state !== 'replaying') {
      return;
    }
    if (this.endAfterHistory) {
      this.state = 'closed';
      this.call.end();
    } else {
      this.state = 'live';
    }
  }
}
