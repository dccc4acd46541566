import type { StoredMessage } from './Bus';

/** A run of a ring's messages, [from, to) over `items`, read without copying. */
export interface RingRange {
  readonly items: readonly StoredMessage[];
  readonly from: number;
  readonly to: number;
}

/**
 * The retained messages of one topic, oldest first, bounded by count and age. Sequences inside are
 * consecutive, so a position is found by arithmetic, and times and offsets by binary search. It
 * remembers the last message it evicted, so a reader can tell what it no longer holds.
 */
export class HistoryRing {
  private items: StoredMessage[] = [];
  /** Index of the oldest retained message in `items`; the slots before it are compacted lazily. */
  private head = 0;
  /** Offset (ordinal), sequence and broker time of the newest evicted message; 0 when none was evicted. */
  evictedOrdinal = 0;
  evictedSequence = 0;
  evictedTimeMs = 0;

  constructor(private readonly maxMessages: number) {}

  /** Retained messages. */
  get size(): number {
    return this.items.length - this.head;
  }

  /** Appends a message, evicting the oldest when full; returns how many were evicted. */
  push(message: StoredMessage): number {
    if (this.maxMessages <= 0) {
      // Nothing is retained: the message counts as evicted at once, so a resume states it lost.
      this.noteEvicted(message);
      return 0;
    }
    this.items.push(message);
    if (this.size > this.maxMessages) {
      this.noteEvicted(this.items[this.head]);
      this.items[this.head] = undefined as unknown as StoredMessage;
      this.head++;
      this.compactIfSparse();
      return 1;
    }
    return 0;
  }

  /** Evicts messages older than `cutoffMs`; returns how many. */
  evictBefore(cutoffMs: number): number {
    let evicted = 0;
    while (this.head < this.items.length && this.items[this.head].brokerTimeMs < cutoffMs) {
      this.noteEvicted(this.items[this.head]);
      this.items[this.head] = undefined as unknown as StoredMessage;
      this.head++;
      evicted++;
    }
    if (evicted > 0) {
      this.compactIfSparse();
    }
    return evicted;
  }

  /** Drops everything. */
  clear(): void {
    this.items = [];
    this.head = 0;
  }

  /** The retained messages with sequence > afterSequence and sinceMs <= broker time < untilMs, oldest first. */
  slice(afterSequence: number, sinceMs: number, untilMs: number): StoredMessage[] {
    const range = this.range(afterSequence, sinceMs, untilMs);
    return range.items.slice(range.from, range.to);
  }

  /** Like slice(), as a range over the ring's own array: valid until the next push or eviction. */
  range(afterSequence: number, sinceMs: number, untilMs: number): RingRange {
    if (this.size === 0) {
      return { items: this.items, from: 0, to: 0 };
    }
    const firstSequence = this.items[this.head].sequence;
    let from = this.head + Math.max(0, afterSequence - firstSequence + 1);
    if (sinceMs > this.items[this.head].brokerTimeMs) {
      from = Math.max(
        from,
        this.lowerBound((m) => m.brokerTimeMs < sinceMs)
      );
    }
    return { items: this.items, from: Math.min(from, this.items.length), to: this.upTo(untilMs) };
  }

  /** The retained messages with an offset (ordinal) above `afterOrdinal` and broker time before untilMs. */
  rangeAfterOrdinal(afterOrdinal: number, untilMs: number): RingRange {
    const from = this.lowerBound((m) => m.ordinal <= afterOrdinal);
    return { items: this.items, from, to: Math.max(from, this.upTo(untilMs)) };
  }

  private upTo(untilMs: number): number {
    return untilMs < Number.POSITIVE_INFINITY ? this.lowerBound((m) => m.brokerTimeMs < untilMs) : this.items.length;
  }

  private noteEvicted(message: StoredMessage): void {
    this.evictedOrdinal = message.ordinal;
    this.evictedSequence = message.sequence;
    this.evictedTimeMs = message.brokerTimeMs;
  }

  /** The first retained index for which `before` is false (it must hold for a prefix: times and offsets never decrease). */
  private lowerBound(before: (message: StoredMessage) => boolean): number {
    let low = this.head;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(this.items[mid])) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  // Shifting an array per eviction is O(n); dropping the dead prefix once it is half the array is O(1) amortized.
  private compactIfSparse(): void {
    if (this.head >= 64 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
