/**
 * The rows a live channel has already sent, kept per series in bounded rings: what a newcomer's
 * initial data is cut from. A series' ring drops its oldest row when full.
 */
import type { LiveRow } from './liveRows';

class Ring {
  private readonly slots: LiveRow[];
  private start = 0;
  size = 0;
  /** Rows pushed out of this ring so far. */
  evicted = 0;

  constructor(capacity: number) {
    this.slots = new Array<LiveRow>(capacity);
  }

  /** Appends `row`; with `full`, the oldest row makes way even below capacity. Returns the rows added (0 or 1). */
  push(row: LiveRow, full: boolean): number {
    const capacity = this.slots.length;
    if (this.size < capacity && !(full && this.size > 0)) {
      this.slots[(this.start + this.size) % capacity] = row;
      this.size++;
      return 1;
    }
    // The slot after the newest is the oldest when full; below capacity, shift the window by one.
    const end = (this.start + this.size) % capacity;
    if (this.size < capacity) {
      // The oldest slot leaves the window: let its row go.
      delete this.slots[this.start];
    }
    this.slots[end] = row;
    this.start = (this.start + 1) % capacity;
    this.evicted++;
    return 0;
  }

  /** The oldest row's time; undefined when empty. */
  get firstTime(): number | undefined {
    return this.size === 0 ? undefined : this.slots[this.start].time;
  }

  forEach(visit: (row: LiveRow) => void): void {
    const capacity = this.slots.length;
    for (let i = 0; i < this.size; i++) {
      visit(this.slots[(this.start + i) % capacity]);
    }
  }
}

/** What a newcomer gets: its rows, and where the kept history starts when it wanted older rows. */
export interface RingSnapshot {
  rows: LiveRow[];
  /** Set when rows the viewer asked for were already pushed out: the oldest time still kept. */
  truncatedAtMs?: number;
}

export class SeriesRings {
  private readonly rings = new Map<string, Ring>();
  private total = 0;

  /**
   * `capacity` rows per series, and at most `maxRows` over all series: past it, a series makes room
   * for its new row by dropping its own oldest, so a channel with many series stays bounded too.
   */
  constructor(
    readonly capacity: number,
    readonly maxRows = Number.POSITIVE_INFINITY
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`a ring holds at least one row, not ${capacity}`);
    }
  }

  /** Rows held over all series. */
  get rowCount(): number {
    return this.total;
  }

  get seriesCount(): number {
    return this.rings.size;
  }

  append(rows: readonly LiveRow[]): void {
    for (const row of rows) {
      let ring = this.rings.get(row.series);
      if (!ring) {
        ring = new Ring(this.capacity);
        this.rings.set(row.series, ring);
      }
      this.total += ring.push(row, this.total >= this.maxRows);
    }
  }

  /** The rows from `sinceMs` on, series after series, each oldest first (the frame sorts them by time). */
  snapshot(sinceMs: number): RingSnapshot {
    const rows: LiveRow[] = [];
    let truncatedAtMs: number | undefined;
    for (const ring of this.rings.values()) {
      const first = ring.firstTime;
      if (ring.evicted > 0 && first !== undefined && first > sinceMs) {
        truncatedAtMs = truncatedAtMs === undefined ? first : Math.max(truncatedAtMs, first);
      }
      ring.forEach((row) => {
        if (row.time >= sinceMs) {
          rows.push(row);
        }
      });
    }
    return { rows, truncatedAtMs };
  }
}
