import { isNumeric, type ColumnKind } from './batchTypes';

/** A ring's column: preallocated for its capacity, numbers NaN and text null where empty. */
export type RingColumn = Float64Array | Array<string | null>;

/** One column copied out of a ring in time order; numbers and booleans use null for "no value". */
export interface ColumnSnapshot {
  name: string;
  kind: ColumnKind;
  values: Array<number | boolean | string | null>;
}

export interface RingSnapshot {
  time: number[];
  columns: ColumnSnapshot[];
}

/**
 * A preallocated, fixed-capacity ring of rows stored as columns: one Float64Array of times and one
 * typed column per field. Pushing past capacity overwrites the oldest row; nothing is allocated per
 * row. Columns can be added later (earlier rows read as empty).
 */
export class ColumnarRing {
  readonly capacity: number;
  readonly time: Float64Array;
  private readonly names: string[] = [];
  private readonly kinds: ColumnKind[] = [];
  private readonly columns: RingColumn[] = [];
  private readonly indexOfName = new Map<string, number>();
  /** The slot the next row is written to. */
  private head = 0;
  private count = 0;
  private lastGap = false;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.time = new Float64Array(capacity);
  }

  /** Rows held (at most capacity). */
  get size(): number {
    return this.count;
  }

  /** The time of the newest row, NaN when empty. */
  get lastTime(): number {
    return this.count === 0 ? NaN : this.time[(this.head - 1 + this.capacity) % this.capacity];
  }

  /** True when the newest row is a gap marker. */
  get endsWithGap(): boolean {
    return this.lastGap;
  }

  /** The index of a column, adding it (empty for every existing row) when new. */
  columnIndex(name: string, kind: ColumnKind): number {
    let index = this.indexOfName.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.kinds.push(kind);
      this.columns.push(this.emptyColumn(kind));
      this.indexOfName.set(name, index);
    }
    return index;
  }

  /** How many columns the ring holds. */
  get columnCount(): number {
    return this.columns.length;
  }

  /** The storage of a column, to write the slot returned by push(). */
  column(index: number): RingColumn {
    return this.columns[index];
  }

  private emptyColumn(kind: ColumnKind): RingColumn {
    if (!isNumeric(kind)) {
      return new Array<string | null>(this.capacity).fill(null);
    }
    // Every slot is written when its row is pushed, so only a column joining rows already held
    // needs its slots marked empty; a fresh typed array is zeroed memory, with no pass over it.
    const column = new Float64Array(this.capacity);
    return this.count === 0 ? column : column.fill(NaN);
  }

  /**
   * Claims the next slot for a row at `time` and returns it. Every column of the slot is emptied,
   * unless `fillsEveryColumn` promises that the caller writes each one (which saves a pass).
   */
  push(time: number, isGap = false, fillsEveryColumn = false): number {
    const slot = this.head;
    this.time[slot] = time;
    for (let c = 0; !fillsEveryColumn && c < this.columns.length; c++) {
      const column = this.columns[c];
      if (isNumeric(this.kinds[c])) {
        (column as Float64Array)[slot] = NaN;
      } else {
        (column as Array<string | null>)[slot] = null;
      }
    }
    this.head = (slot + 1) % this.capacity;
    if (this.count < this.capacity) {
      this.count++;
    }
    this.lastGap = isGap;
    return slot;
  }

  /** Copies the rows out oldest first, sorted by time when rows arrived out of order. */
  snapshot(): RingSnapshot {
    const n = this.count;
    const start = (this.head - n + this.capacity) % this.capacity;
    const order = new Array<number>(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      order[i] = (start + i) % this.capacity;
      if (i > 0 && this.time[order[i]] < this.time[order[i - 1]]) {
        sorted = false;
      }
    }
    if (!sorted) {
      // Stable, so rows with equal times (a gap right after its sample) keep their order.
      order.sort((a, b) => this.time[a] - this.time[b]);
    }
    const time = order.map((slot) => this.time[slot]);
    const columns = this.names.map((name, c): ColumnSnapshot => {
      const column = this.columns[c];
      const kind = this.kinds[c];
      let values: ColumnSnapshot['values'];
      if (kind === 'number') {
        values = order.map((slot) => {
          const v = (column as Float64Array)[slot];
          return Number.isNaN(v) ? null : v;
        });
      } else if (kind === 'boolean') {
        values = order.map((slot) => {
          const v = (column as Float64Array)[slot];
          return Number.isNaN(v) ? null : v !== 0;
        });
      } else {
        values = order.map((slot) => (column as Array<string | null>)[slot]);
      }
      return { name, kind, values };
    });
    return { time, columns };
  }
}
