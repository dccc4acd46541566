import { defer, map, type OperatorFunction } from 'rxjs';
import type { RowBatch } from './batchTypes';
import type { ColumnarRing } from './ColumnarRing';
import { SeriesStore, type Series } from './SeriesStore';

export interface AppendOptions {
  /** Rows kept per series. */
  capacity: number;
  /** The most series kept; rows of further series are counted as dropped. */
  maxSeries: number;
}

/** The smallest step that keeps a gap row strictly after the sample it follows. */
const GAP_OFFSET_MS = 0.001;

/**
 * Appends every row of every batch into per-series columnar rings and emits the store (the same
 * object each time; read it synchronously): `appendToRings({ capacity: 1000, maxSeries: 100 })`.
 * Gap rows become empty rows so the panel breaks the line instead of joining across lost data.
 */
export function appendToRings(options: AppendOptions): OperatorFunction<RowBatch, SeriesStore> {
  return (source) =>
    defer(() => {
      const store = new SeriesStore(options.capacity, options.maxSeries);
      return source.pipe(
        map((rows) => {
          appendBatch(store, rows);
          return store;
        })
      );
    });
}

function appendGap(series: Series, time: number): void {
  const ring = series.ring;
  // A gap before any sample, or right after another gap, draws nothing new.
  if (ring.size === 0 || ring.endsWithGap) {
    return;
  }
  const last = ring.lastTime;
  ring.push(Number.isNaN(time) || time <= last ? last + GAP_OFFSET_MS : time, true);
}

/** Where a batch's columns go in one series' ring. */
interface RingColumnMap {
  /** The ring column of each batch column. */
  indices: number[];
  /** True when the batch writes every column of the ring, so a new slot needs no emptying. */
  fillsEveryColumn: boolean;
}

function mapColumns(ring: ColumnarRing, rows: RowBatch): RingColumnMap {
  const indices = rows.fieldNames.map((name, f) => ring.columnIndex(name, rows.fieldKinds[f]));
  return { indices, fillsEveryColumn: new Set(indices).size === ring.columnCount };
}

/** Appends one batch; exported for benchmarks that skip RxJS. */
export function appendBatch(store: SeriesStore, rows: RowBatch): void {
  const batchSeries = rows.seriesKeys.map((key, i) => store.seriesFor(key, rows.seriesLabels[i]));
  // Per series in this batch: ring column index of each batch column, computed on first use.
  const columnMaps: Array<RingColumnMap | undefined> = new Array(batchSeries.length);
  const fieldCount = rows.fieldNames.length;
  for (let row = 0; row < rows.length; row++) {
    const s = rows.series[row];
    if (row < rows.gapRows) {
      const targets = s < 0 ? store.seriesOfTopic(rows.topics[row]) : [batchSeries[s]];
      for (const target of targets) {
        if (target) {
          appendGap(target, rows.time[row]);
        }
      }
      continue;
    }
    if (rows.unplottableRows?.has(row)) {
      // A row with only a time would draw nothing and hide that nothing could be drawn.
      continue;
    }
    const target = batchSeries[s];
    if (!target) {
      store.droppedRows++;
      continue;
    }
    store.noteTopic(target, rows.topics[row]);
    const ring = target.ring;
    const columnMap = (columnMaps[s] ??= mapColumns(ring, rows));
    const slot = ring.push(rows.time[row], false, columnMap.fillsEveryColumn);
    for (let f = 0; f < fieldCount; f++) {
      const from = rows.columns[f];
      const to = ring.column(columnMap.indices[f]);
      to[slot] = from[row];
    }
  }
  store.version++;
}
