/**
 * The shapes that flow through the pipeline. A batch stays a batch on every hop: the operators
 * work on whole columns, never on one object per message.
 *
 * A batch's number columns are plain arrays, not typed arrays: a batch lives for one message, and
 * V8 allocates a heap array of doubles far more cheaply than a typed array's ArrayBuffer (in
 * headless Chromium, tens of times more cheaply for a few hundred rows). Typed arrays are kept for
 * what lives long: the rings (ColumnarRing).
 */
import type { StreamPosition } from '../../common/positions/StreamPositions';
import type { iot } from '../../common/proto/generated';

import type { Envelope, Gap as WireGap, Payload } from '../../common/proto';

export type { Envelope, Payload, WireGap };
/** A batch decoded with either codec (see stream_wire.proto). */
export type WireBatch = iot.stream.v1.IBatch | iot.stream.v1.wire.IBatch;
export type WireTelemetryBlock = iot.stream.v1.ITelemetryBlock | iot.stream.v1.wire.ITelemetryBlock;
/** What the plugin decodes: double columns of a telemetry block arrive as bytes. */
export type ServerFrame = iot.stream.v1.wire.ServerFrame;

/** Telemetry values as columns: values[f] holds field fields[f] of every row (NaN: no value). */
export interface TelemetryColumns {
  fields: string[];
  values: number[][];
}

/**
 * A decoded batch as one consumer receives it (already free of duplicates), as columns: row i is
 * one message, whether the sidecar sent a telemetry block or envelopes (see messageBatch.ts).
 */
export interface MessageBatch {
  /** Messages (rows). */
  length: number;
  topics: string[];
  /** Per-topic broker sequences. */
  sequences: number[];
  /** Epoch ms; NaN when unknown. */
  brokerTimeMs: number[];
  /** Epoch ms; NaN when the device sent none. */
  eventTimeMs: number[];
  /** '' when the message named no device. */
  deviceIds: string[];
  labels: Array<Readonly<Record<string, string>>>;
  /** The values of a batch sent as a telemetry block. */
  telemetry?: TelemetryColumns;
  /** Each row's payload, for a batch sent as envelopes (JSON and other payloads arrive so). */
  payloads?: Array<Payload | null | undefined>;
  /** Lost sequence ranges; each comes before the rows of its topic. */
  gaps: WireGap[];
  /** The stream's position after this batch (resume from it); its epoch names the rows' history. */
  position?: StreamPosition;
  /** Messages the sidecar has left out of this stream so far (conflated or dropped). */
  dropped: number;
  /** When the batch arrived, in epoch ms, from the injected clock. */
  arrivalMs: number;
}

/** A value column: numbers (NaN: no value) or text (null: no value). */
export type Column = number[] | Array<string | null>;

/** Column kinds a field path can produce; booleans are stored as numbers (1, 0, NaN: no value). */
export type ColumnKind = 'number' | 'boolean' | 'string';

/** True for kinds stored as numbers. */
export function isNumeric(kind: ColumnKind): boolean {
  return kind !== 'string';
}

/**
 * A batch as the chosen field columns. Rows [0, gapRows) are gap markers (one per WireGap, all
 * values empty); row gapRows + i is message i. Later operators fill `time` and `series` in place.
 */
export interface RowBatch {
  length: number;
  gapRows: number;
  messages: MessageBatch;
  gaps: WireGap[];
  /** The topic of every row. */
  topics: string[];
  arrivalMs: number;
  dropped: number;
  fieldNames: string[];
  fieldKinds: ColumnKind[];
  columns: Column[];
  /**
   * Messages whose payload could not be plotted, counted by what they were (e.g. "raw bytes"),
   * and paths that led to something other than a value (e.g. "json.motor is an object: …").
   */
  unplotted?: Map<string, number>;
  /** Rows (message rows, after the gap rows) whose payload has nothing to plot: not appended. */
  unplottableRows?: Set<number>;
  /** Epoch ms per row; NaN until stampTime fills it (and for gap rows it cannot place). */
  time: number[];
  /** Index into seriesKeys per row; -1 for a gap row that applies to every series of its topic. */
  series: number[];
  seriesKeys: string[];
  seriesLabels: Array<Record<string, string>>;
}

/** Allocates an empty column of a kind. */
export function newColumn(kind: ColumnKind, length: number): Column {
  return isNumeric(kind) ? emptyNumbers(length) : new Array<string | null>(length).fill(null);
}

/** A number column of `length` rows without values (NaN). */
export function emptyNumbers(length: number): number[] {
  return new Array<number>(length).fill(NaN);
}

/** Copies `source` into `target` from row `offset` (what Float64Array.set does for typed arrays). */
export function copyNumbers(target: number[], source: readonly number[], offset: number): void {
  for (let i = 0; i < source.length; i++) {
    target[offset + i] = source[i];
  }
}
