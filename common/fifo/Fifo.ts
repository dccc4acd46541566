/** A run of a queue's items, [from, to) over `items`, read without copying. */
export interface FifoRange<T> {
  readonly items: readonly T[];
  readonly from: number;
  readonly to: number;
}

/** The dead prefix is dropped only once it is this long and at least half the array. */
const COMPACT_AFTER = 64;

/**
 * A first-in first-out queue over one array with a head index, so taking the oldest is O(1)
 * amortized (an array's shift() is O(n)). It keeps the total weight of its items (e.g. bytes) when
 * given a `weigh` function, so its users can bound it by count and by weight; what to do at the
 * bound (evict, drop and count, refuse) is theirs.
 *
 * ```ts
 * const queue = new Fifo<Buffer>((b) => b.length);
 * queue.push(frame);
 * while (queue.weight > maxBytes) dropped.push(queue.shift());
 * ```
 */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  private totalWeight = 0;

  constructor(private readonly weigh?: (item: T) => number) {}

  /** Items queued. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** The sum of the queued items' weights; 0 without a `weigh` function. */
  get weight(): number {
    return this.totalWeight;
  }

  /** Appends an item at the newest end. */
  push(item: T): void {
    this.items.push(item);
    if (this.weigh) {
      this.totalWeight += this.weigh(item);
    }
  }

  /** The oldest item, left in place; undefined when empty. */
  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  /** Removes and returns the oldest item; undefined when empty. */
  shift(): T | undefined {
    if (this.head >= this.items.length) {
      return undefined;
    }
    const item = this.items[this.head];
    // The slot is cleared so the queue does not keep a taken item alive until compaction.
    this.items[this.head] = undefined as unknown as T;
    this.head++;
    if (this.weigh) {
      this.totalWeight -= this.weigh(item);
    }
    this.compact();
    return item;
  }

  /** The item `index` places after the oldest (0 is the oldest). */
  at(index: number): T | undefined {
    return index >= 0 && index < this.length ? this.items[this.head + index] : undefined;
  }

  /** Removes the item `index` places after the oldest: O(n), for rare removals from the middle. */
  removeAt(index: number): T | undefined {
    if (index < 0 || index >= this.length) {
      return undefined;
    }
    if (index === 0) {
      return this.shift();
    }
    const [item] = this.items.splice(this.head + index, 1);
    if (this.weigh) {
      this.totalWeight -= this.weigh(item);
    }
    return item;
  }

  /** Forgets every item. */
  clear(): void {
    this.items = [];
    this.head = 0;
    this.totalWeight = 0;
  }

  /** The index of the first item for which `before` is false; `before` must hold for a prefix of the queue. */
  lowerBound(before: (item: T) => boolean): number {
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
    return low - this.head;
  }

  /** Items [from, to) (0 is the oldest, clamped to the queue) without copying: valid until the next change. */
  range(from: number, to: number = this.length): FifoRange<T> {
    const start = this.head + Math.min(Math.max(0, from), this.length);
    const end = this.head + Math.min(Math.max(0, to), this.length);
    return { items: this.items, from: start, to: Math.max(start, end) };
  }

  /** The items oldest first, as a new array. */
  toArray(): T[] {
    return this.items.slice(this.head);
  }

  // Dropping the dead prefix once it is half the array keeps shift() O(1) amortized. A new array is
  // made rather than the old one changed, so a range read just before stays readable.
  private compact(): void {
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= COMPACT_AFTER && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
