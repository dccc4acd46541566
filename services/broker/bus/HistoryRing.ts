import type { StoredMessage } from './Bus';

/**
 * The retained messages of one topic, oldest first, bounded by count and age. Sequences inside are
 * consecutive, so a position is found by arithmetic and a time by binary search.
 */
export class HistoryRing {
  private items: StoredMessage[] = [];
  /** Index of the oldest retained message in `items`; the slots before it are compacted lazily. */
  private head = 0;

  constructor(private readonly maxMessages: number) {}

  /** Retained messages. */
  get size(): number {
    return this.items.length - this.head;
  }

  /** Appends a message, evicting the oldest when full; returns how many were evicted. */
  push(message: StoredMessage): number {
    if (this.maxMessages <= 0) {
      return 0;
    }
    this.items.push(message);
    if (this.size > this.maxMessages) {
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
    if (this.size === 0) {
      return [];
    }
    const firstSequence = this.items[this.head].sequence;
    let from = this.head + Math.max(0, afterSequence - firstSequence + 1);
    if (sinceMs > this.items[this.head].brokerTimeMs) {
      from = Math.max(from, this.lowerBoundTime(sinceMs));
    }
    let to = this.items.length;
    if (untilMs < Number.POSITIVE_INFINITY) {
      to = Math.min(to, this.lowerBoundTime(untilMs));
    }
    return from < to ? this.items.slice(from, to) : [];
  }

  /** The first index whose broker time is at or after `ms` (broker times never decrease). */
  private lowerBoundTime(ms: number): number {
    let low = this.head;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.items[mid].brokerTimeMs < ms) {
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
