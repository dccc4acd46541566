/**
 * Envelopes of telemetry as one columnar TelemetryBlock (see iot.stream.v1.TelemetryBlock). The
 * sidecar builds it once per batch; the benchmarks build the same bytes the sidecar would send.
 */
import { msFromTimestamp } from '../time/timestamp';
import type { iot } from './generated';
import type { Envelope } from './index';

export type TelemetryBlock = iot.stream.v1.ITelemetryBlock;
type BlockSource = iot.stream.v1.IBlockSource;

/** A source's identity: labels compared by content, so equal maps from different messages match. */
function sourceKey(envelope: Envelope): string {
  const labels = envelope.labels;
  let key = `${envelope.topic ?? ''}\u0000${envelope.deviceId ?? ''}`;
  if (labels) {
    for (const name of Object.keys(labels).sort()) {
      key += `\u0000${name}\u0001${labels[name]}`;
    }
  }
  return key;
}

/**
 * The block holding `envelopes`, row for row in their order, or undefined when any of them carries
 * something other than telemetry (JSON, typed or raw payloads travel as envelopes).
 */
export function telemetryBlockOf(envelopes: readonly Envelope[]): TelemetryBlock | undefined {
  const rows = envelopes.length;
  if (rows === 0) {
    return undefined;
  }
  const sources: BlockSource[] = [];
  const sourceIndexOf = new Map<string, number>();
  const sourceIndex = new Array<number>(rows);
  const sequences = new Array<number>(rows);
  const brokerTimeMs = new Array<number>(rows);
  const eventTimeMs = new Array<number>(rows);
  const fields: string[] = [];
  const fieldIndexOf = new Map<string, number>();
  // One column per field, created full of NaN when the field is first seen.
  const columns: number[][] = [];
  for (let row = 0; row < rows; row++) {
    const envelope = envelopes[row];
    const values = envelope.payload?.telemetry?.values;
    if (!values) {
      return undefined;
    }
    const key = sourceKey(envelope);
    let source = sourceIndexOf.get(key);
    if (source === undefined) {
      source = sources.length;
      sources.push({ topic: envelope.topic ?? '', deviceId: envelope.deviceId ?? '', labels: envelope.labels ?? {} });
      sourceIndexOf.set(key, source);
    }
    sourceIndex[row] = source;
    sequences[row] = Number(envelope.sequence ?? 0);
    brokerTimeMs[row] = msFromTimestamp(envelope.brokerTime) ?? NaN;
    eventTimeMs[row] = msFromTimestamp(envelope.eventTime) ?? NaN;
    for (const name in values) {
      let field = fieldIndexOf.get(name);
      if (field === undefined) {
        field = fields.length;
        fields.push(name);
        fieldIndexOf.set(name, field);
        columns.push(new Array<number>(rows).fill(NaN));
      }
      columns[field][row] = values[name];
    }
  }
  return { sources, sourceIndex, sequences, brokerTimeMs, eventTimeMs, fields, values: columns.flat() };
}
