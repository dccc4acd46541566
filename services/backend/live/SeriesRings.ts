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

  push(row: LiveRow): void {
    const capacity = this.slots.length;
    if (this.size < capacity) {
      this.slots[(this.start + this.size) % capacity] = row;
      this.size++;
      return;
    }
    this.slots[this.start] = row;
    this.start = (this.start + 1) % capacity;
    this.evicted++;
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

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`a ring holds at least one row, not ${capacity}`);
    }
  }

  get seriesCount(): number {
    return this.rings.size;
  }

  append(rows: readonly LiveRow[]): void {
    for (const row of rows) {
      let ring = this.rings.get(row.labels);
      if (!ring) {
        ring = new Ring(this.capacity);
        this.rings.set(row.labels, ring);
      }
      ring.push(row);
    }
  }

  /** The rows from `sinceMs` on, series after series, each oldest first. */
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
