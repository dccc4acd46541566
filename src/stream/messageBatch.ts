/**
 * Builds the pipeline's MessageBatch from what the sidecar sent: a columnar telemetry block is
 * taken almost as is; envelopes are read once into the same columns. Everything after this point
 * works on columns, whichever form arrived.
 */
import { ValidationError } from '../../common/errors/errors';
import { msFromTimestamp } from '../../common/time/timestamp';
import type { Envelope, MessageBatch, Payload, WireBatch, WireGap, WireTelemetryBlock } from './batchTypes';

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

/** The batch a decoded wire Batch carries; throws a ValidationError when its block is malformed. */
export function batchFromWire(wire: WireBatch, arrivalMs: number): MessageBatch {
  const gaps = wire.gaps ?? [];
  const dropped = Number(wire.dropped ?? 0);
  return wire.block
    ? batchFromBlock(wire.block, gaps, dropped, arrivalMs)
    : batchFromEnvelopes(wire.envelopes ?? [], gaps, dropped, arrivalMs);
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
    payloads[row] = envelope.payload;
  }
  batch.payloads = payloads;
  return batch;
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * A double column as a Float64Array: decoded numbers are copied; raw bytes (the wire view) are
 * little-endian doubles, copied in one step into aligned memory.
 */
function doubles(column: ArrayLike<number> | null | undefined, name: string): Float64Array {
  if (!column) {
    return new Float64Array(0);
  }
  // Checked by tag, not instanceof: the bytes may come from another realm (Node's Buffer under jsdom).
  if (Object.prototype.toString.call(column) !== '[object Uint8Array]') {
    return new Float64Array(column);
  }
  const bytes = column as Uint8Array;
  if (bytes.byteLength % 8 !== 0) {
    throw malformed(`${name} holds ${bytes.byteLength} bytes, not a whole number of doubles`);
  }
  if (LITTLE_ENDIAN) {
    // new Uint8Array(...) copies into a fresh, aligned buffer (a Node Buffer's slice() would not copy).
    return new Float64Array(new Uint8Array(bytes).buffer);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float64Array.from({ length: bytes.byteLength / 8 }, (_, i) => view.getFloat64(i * 8, true));
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
  const brokerTimeMs = doubles(block.brokerTimeMs, 'broker_time_ms');
  const eventTimeMs = doubles(block.eventTimeMs, 'event_time_ms');
  const values = doubles(block.values, 'values');
  for (const [name, column] of [
    ['sequences', sequences],
    ['broker_time_ms', brokerTimeMs],
    ['event_time_ms', eventTimeMs],
  ] as const) {
    if (column.length !== length) {
      throw malformed(`${length} rows but ${column.length} ${name}`);
    }
  }
  if (values.length !== fields.length * length) {
    throw malformed(`${fields.length} fields × ${length} rows but ${values.length} values`);
  }
  const batch = allocate(length, gaps, dropped, arrivalMs);
  batch.sequences.set(sequences);
  batch.brokerTimeMs = brokerTimeMs;
  batch.eventTimeMs = eventTimeMs;
  for (let row = 0; row < length; row++) {
    const source = sources[sourceIndex[row]];
    if (!source) {
      throw malformed(`row ${row} names source ${sourceIndex[row]} of ${sources.length}`);
    }
    batch.topics[row] = source.topic ?? '';
    batch.deviceIds[row] = source.deviceId ?? '';
    batch.labels[row] = source.labels ?? NO_LABELS;
  }
  batch.telemetry = { fields, values: fields.map((_, f) => values.subarray(f * length, (f + 1) * length)) };
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
      values: batch.telemetry.values.map((column) => Float64Array.from(rows, (row) => column[row])),
    };
  }
  return selected;
}

function allocate(length: number, gaps: WireGap[], dropped: number, arrivalMs: number): MessageBatch {
  return {
    length,
    topics: new Array<string>(length),
    sequences: new Float64Array(length),
    brokerTimeMs: new Float64Array(length),
    eventTimeMs: new Float64Array(length),
    deviceIds: new Array<string>(length),
    labels: new Array<Readonly<Record<string, string>>>(length),
    gaps,
    dropped,
    arrivalMs,
  };
}
