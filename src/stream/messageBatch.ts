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
  const values = block.values ?? [];
  for (const [name, column] of [
    ['sequences', block.sequences],
    ['broker_time_ms', block.brokerTimeMs],
    ['event_time_ms', block.eventTimeMs],
  ] as const) {
    if ((column?.length ?? 0) !== length) {
      throw malformed(`${length} rows but ${column?.length ?? 0} ${name}`);
    }
  }
  if (values.length !== fields.length * length) {
    throw malformed(`${fields.length} fields × ${length} rows but ${values.length} values`);
  }
  const batch = allocate(length, gaps, dropped, arrivalMs);
  batch.sequences.set(block.sequences!);
  batch.brokerTimeMs.set(block.brokerTimeMs!);
  batch.eventTimeMs.set(block.eventTimeMs!);
  for (let row = 0; row < length; row++) {
    const source = sources[sourceIndex[row]];
    if (!source) {
      throw malformed(`row ${row} names source ${sourceIndex[row]} of ${sources.length}`);
    }
    batch.topics[row] = source.topic ?? '';
    batch.deviceIds[row] = source.deviceId ?? '';
    batch.labels[row] = source.labels ?? NO_LABELS;
  }
  const all = Float64Array.from(values);
  batch.telemetry = { fields, values: fields.map((_, f) => all.subarray(f * length, (f + 1) * length)) };
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
