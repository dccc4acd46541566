/**
 * Builds the pipeline's MessageBatch from what the sidecar sent: a columnar telemetry block is
 * taken almost as is; envelopes are read once into the same columns. Everything after this point
 * works on columns, whichever form arrived.
 */
import { ValidationError } from '../../common/errors/errors';
import { msFromTimestamp } from '../../common/time/timestamp';
import type { Envelope, MessageBatch, Payload, WireBatch, WireGap, WireTelemetryBlock } from './batchTypes';
import { withTypedDecoded } from './typedPayload';

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

/** The batch a decoded wire Batch carries; throws a ValidationError when its block is malformed. */
export function batchFromWire(wire: WireBatch, arrivalMs: number): MessageBatch {
  const gaps = wire.gaps ?? [];
  const dropped = Number(wire.dropped ?? 0);
  const batch = wire.block
    ? batchFromBlock(wire.block, gaps, dropped, arrivalMs)
    : batchFromEnvelopes(wire.envelopes ?? [], gaps, dropped, arrivalMs);
  if (wire.position) {
    batch.position = { epoch: wire.position.epoch ?? '', offset: Number(wire.position.offset ?? 0) };
  }
  return batch;
}

/** Reads envelopes into columns, keeping each payload for the field paths that need it. */
export function batchFromEnvelopes(
  envelopes: readonly Envelope[],
  gaps: WireGap[],
  dropped: number,
  arrivalMs: number
): MessageBatch {
  const length = envelopes.length;
  const batch = allocate(length, gaps, dropped, arrivalMs);
  const payloads = new Array<Payload | null | undefined>(length);
  for (let row = 0; row < length; row++) {
    const envelope = envelopes[row];
    batch.topics[row] = envelope.topic ?? '';
    batch.sequences[row] = Number(envelope.sequence ?? 0);
    batch.brokerTimeMs[row] = msFromTimestamp(envelope.brokerTime) ?? NaN;
    batch.eventTimeMs[row] = msFromTimestamp(envelope.eventTime) ?? NaN;
    batch.deviceIds[row] = envelope.deviceId ?? '';
    batch.labels[row] = envelope.labels ?? NO_LABELS;
    payloads[row] = withTypedDecoded(envelope.payload);
  }
  batch.payloads = payloads;
  return batch;
}

/** A double column of a block, as it arrived: decoded numbers, or bytes (the wire view). */
interface DoubleColumn {
  count: number;
  /** `rows` values from value `first`, as a plain array (see batchTypes.ts). */
  read(first: number, rows: number): number[];
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * Aligned memory the bytes of a double column are copied into before they are read, reused for
 * every column (each is read in full before the next) so reading allocates no ArrayBuffer.
 */
let scratch = new Float64Array(4096);

/** Reads `rows` little-endian doubles from `bytes`, starting at double `first`. */
function readDoubles(bytes: Uint8Array, first: number, rows: number): number[] {
  const out = new Array<number>(rows);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < rows; i++) {
      out[i] = view.getFloat64((first + i) * 8, true);
    }
    return out;
  }
  if (scratch.length < rows) {
    scratch = new Float64Array(Math.max(rows, scratch.length * 2));
  }
  // One memcpy into aligned memory: the column may start at any byte of the frame.
  new Uint8Array(scratch.buffer, 0, rows * 8).set(bytes.subarray(first * 8, (first + rows) * 8));
  for (let i = 0; i < rows; i++) {
    out[i] = scratch[i];
  }
  return out;
}

/** Reads a double column; raw bytes are little-endian doubles. */
function doubleColumn(column: ArrayLike<number> | null | undefined, name: string): DoubleColumn {
  // Checked by tag, not instanceof: the bytes may come from another realm (Node's Buffer under jsdom).
  if (!column || Object.prototype.toString.call(column) !== '[object Uint8Array]') {
    const numbers = column ?? [];
    return { count: numbers.length, read: (first, rows) => Array.from({ length: rows }, (_, i) => numbers[first + i]) };
  }
  const bytes = column as Uint8Array;
  if (bytes.byteLength % 8 !== 0) {
    throw malformed(`${name} holds ${bytes.byteLength} bytes, not a whole number of doubles`);
  }
  return { count: bytes.byteLength / 8, read: (first, rows) => readDoubles(bytes, first, rows) };
}

function malformed(detail: string): ValidationError {
  return new ValidationError(`a telemetry block from the sidecar is malformed: ${detail}`);
}

/** Takes a telemetry block's columns, after checking that their lengths agree. */
export function batchFromBlock(
  block: WireTelemetryBlock,
  gaps: WireGap[],
  dropped: number,
  arrivalMs: number
): MessageBatch {
  const sourceIndex = block.sourceIndex ?? [];
  const length = sourceIndex.length;
  const sources = block.sources ?? [];
  const fields = block.fields ?? [];
  const sequences = block.sequences ?? [];
  const brokerTimeMs = doubleColumn(block.brokerTimeMs, 'broker_time_ms');
  const eventTimeMs = doubleColumn(block.eventTimeMs, 'event_time_ms');
  const values = doubleColumn(block.values, 'values');
  for (const [name, count] of [
    ['sequences', sequences.length],
    ['broker_time_ms', brokerTimeMs.count],
    ['event_time_ms', eventTimeMs.count],
  ] as const) {
    if (count !== length) {
      throw malformed(`${length} rows but ${count} ${name}`);
    }
  }
  if (values.count !== fields.length * length) {
    throw malformed(`${fields.length} fields × ${length} rows but ${values.count} values`);
  }
  const batch = allocate(length, gaps, dropped, arrivalMs, brokerTimeMs.read(0, length), eventTimeMs.read(0, length));
  for (let row = 0; row < length; row++) {
    const source = sources[sourceIndex[row]];
    if (!source) {
      throw malformed(`row ${row} names source ${sourceIndex[row]} of ${sources.length}`);
    }
    batch.topics[row] = source.topic ?? '';
    batch.deviceIds[row] = source.deviceId ?? '';
    batch.labels[row] = source.labels ?? NO_LABELS;
    batch.sequences[row] = Number(sequences[row]);
  }
  batch.telemetry = { fields, values: fields.map((_, f) => values.read(f * length, length)) };
  return batch;
}

/** The same batch with only `rows` (ascending indices) and `gaps`. */
export function selectRows(batch: MessageBatch, rows: readonly number[], gaps: WireGap[]): MessageBatch {
  const selected = allocate(rows.length, gaps, batch.dropped, batch.arrivalMs);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    selected.topics[i] = batch.topics[row];
    selected.sequences[i] = batch.sequences[row];
    selected.brokerTimeMs[i] = batch.brokerTimeMs[row];
    selected.eventTimeMs[i] = batch.eventTimeMs[row];
    selected.deviceIds[i] = batch.deviceIds[row];
    selected.labels[i] = batch.labels[row];
  }
  if (batch.payloads) {
    selected.payloads = rows.map((row) => batch.payloads![row]);
  }
  if (batch.telemetry) {
    selected.telemetry = {
      fields: batch.telemetry.fields,
      values: batch.telemetry.values.map((column) => rows.map((row) => column[row])),
    };
  }
  return selected;
}

/** A batch of `length` rows whose columns the caller fills; time columns already read can be passed in. */
function allocate(
  length: number,
  gaps: WireGap[],
  dropped: number,
  arrivalMs: number,
  brokerTimeMs = new Array<number>(length),
  eventTimeMs = new Array<number>(length)
): MessageBatch {
  return {
    length,
    topics: new Array<string>(length),
    sequences: new Array<number>(length),
    brokerTimeMs,
    eventTimeMs,
    deviceIds: new Array<string>(length),
    labels: new Array<Readonly<Record<string, string>>>(length),
    gaps,
    dropped,
    arrivalMs,
  };
}
