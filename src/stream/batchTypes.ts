/**
 * The shapes that flow through the pipeline. A batch stays a batch on every hop: the operators
 * work on whole columns, never on one object per message.
 */
import type { iot } from '../../common/proto/generated';

export type Envelope = iot.broker.v1.IEnvelope;
export type WireGap = iot.stream.v1.IGap;
export type ServerFrame = iot.stream.v1.ServerFrame;

/** A decoded batch as one consumer receives it (already free of duplicates). */
export interface EnvelopeBatch {
  envelopes: Envelope[];
  /** Lost sequence ranges; each comes before the envelopes of its topic. */
  gaps: WireGap[];
  /** Messages the sidecar has left out of this stream so far (conflated or dropped). */
  dropped: number;
  /** When the batch arrived, in epoch ms, from the injected clock. */
  arrivalMs: number;
}

/** A value column: numbers (NaN: no value) or text (null: no value). */
export type Column = Float64Array | Array<string | null>;

/** Column kinds a field path can produce. */
export type ColumnKind = 'number' | 'string';

/**
 * A batch as columns. Rows [0, gapRows) are gap markers (one per WireGap, all values empty);
 * row gapRows + i is envelopes[i]. Later operators fill `time` and `series` in place.
 */
export interface RowBatch {
  length: number;
  gapRows: number;
  envelopes: Envelope[];
  gaps: WireGap[];
  /** The topic of every row. */
  topics: string[];
  arrivalMs: number;
  dropped: number;
  fieldNames: string[];
  fieldKinds: ColumnKind[];
  columns: Column[];
  /** Epoch ms per row; NaN until stampTime fills it (and for gap rows it cannot place). */
  time: Float64Array;
  /** Index into seriesKeys per row; -1 for a gap row that applies to every series of its topic. */
  series: Int32Array;
  seriesKeys: string[];
  seriesLabels: Array<Record<string, string>>;
}

/** Allocates an empty column of a kind. */
export function newColumn(kind: ColumnKind, length: number): Column {
  return kind === 'number' ? new Float64Array(length).fill(NaN) : new Array<string | null>(length).fill(null);
}
