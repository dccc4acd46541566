import { Fifo, type FifoRange } from '../../../common/fifo/Fifo';
import type { StoredMessage } from './Bus';

/** A run of a ring's messages, [from, to) over `items`, read without copying. */
export type RingRange = FifoRange<StoredMessage>;

/**
 * The retained messages of one topic, oldest first, bounded by count and age. Sequences inside are
 * consecutive, so a position is found by arithmetic, and times and offsets by binary search. It
 * remembers the last message it evicted, so a reader can tell what it no longer holds.
 */
export class HistoryRing {
  private readonly messages = new Fifo<StoredMessage>();
  /** Offset (ordinal), sequence and broker time of the newest evicted message; 0 when none was evicted. */
  evictedOrdinal = 0;
  evictedSequence = 0;
  evictedTimeMs = 0;

  constructor(private readonly maxMessages: number) {}

  /** Retained messages. */
  get size(): number {
    return this.messages.length;
  }

  /** Appends a message, evicting the oldest when full; returns how many were evicted. */
  push(message: StoredMessage): number {
    if (this.maxMessages <= 0) {
      // Nothing is retained: the message counts as evicted at once, so a resume states it lost.
      this.noteEvicted(message);
      return 0;
    }
    this.messages.push(message);
    if (this.messages.length > this.maxMessages) {
      this.noteEvicted(this.messages.shift() as StoredMessage);
      return 1;
    }
    return 0;
  }

  /** Evicts messages older than `cutoffMs`; returns how many. */
  evictBefore(cutoffMs: number): number {
    let evicted = 0;
    for (let oldest = this.messages.peek(); oldest && oldest.brokerTimeMs < cutoffMs; oldest = this.messages.peek()) {
      this.noteEvicted(oldest);
      this.messages.shift();
      evicted++;
    }
    return evicted;
  }

  /** Drops everything. */
  clear(): void {
    this.messages.clear();
  }

  /** The retained messages with sequence > afterSequence and sinceMs <= broker time < untilMs, oldest first. */
  slice(afterSequence: number, sinceMs: number, untilMs: number): StoredMessage[] {
    const range = this.range(afterSequence, sinceMs, untilMs);
    return range.items.slice(range.from, range.to);
  }

  /** Like slice(), as a range over the ring's own array: valid until the next push or eviction. */
  range(afterSequence: number, sinceMs: number, untilMs: number): RingRange {
    const oldest = this.messages.peek();
    if (!oldest) {
      return this.messages.range(0, 0);
    }
    // Sequences inside are consecutive: the position of `afterSequence` is arithmetic.
    let from = Math.max(0, afterSequence - oldest.sequence + 1);
    if (sinceMs > oldest.brokerTimeMs) {
      from = Math.max(
        from,
        this.messages.lowerBound((m) => m.brokerTimeMs < sinceMs)
      );
    }
    return this.messages.range(from, this.upTo(untilMs));
  }

  /** The retained messages with an offset (ordinal) above `afterOrdinal` and broker time before untilMs. */
  rangeAfterOrdinal(afterOrdinal: number, untilMs: number): RingRange {
    return this.messages.range(
      this.messages.lowerBound((m) => m.ordinal <= afterOrdinal),
      this.upTo(untilMs)
    );
  }

  /** Times and offsets never decrease, so both are found by binary search. */
  private upTo(untilMs: number): number {
    return untilMs < Number.POSITIVE_INFINITY
      ? this.messages.lowerBound((m) => m.brokerTimeMs < untilMs)
      : this.messages.length;
  }

  private noteEvicted(message: StoredMessage): void {
    this.evictedOrdinal = message.ordinal;
    this.evictedSequence = message.sequence;
    this.evictedTimeMs = message.brokerTimeMs;
  }
}
