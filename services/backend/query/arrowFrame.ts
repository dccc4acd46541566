/**
 * One data frame as Grafana's Go SDK reads it (data.UnmarshalArrowFrame): an Arrow IPC *file* with
 * the frame name, refId and meta in the schema metadata, labels and config in each field's metadata,
 * time as nanosecond timestamps and values as nullable float64 (what alerting expressions take).
 */
import {
  Field,
  Float64,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampNanosecond,
  tableToIPC,
  type Data,
} from 'apache-arrow';

export interface FrameMeta {
  type?: string;
  typeVersion?: [number, number];
  notices?: Array<{ severity: 'info' | 'warning' | 'error'; text: string }>;
  custom?: Record<string, unknown>;
  executedQueryString?: string;
}

export interface NumberFieldSpec {
  name: string;
  /** NaN is written as null. */
  values: Float64Array;
  labels?: Record<string, string>;
  config?: Record<string, unknown>;
}

export interface FrameSpec {
  name: string;
  refId: string;
  meta?: FrameMeta;
  /** Epoch milliseconds (fractions kept to the nanosecond). */
  times: readonly number[];
  timeName?: string;
  fields: NumberFieldSpec[];
}

function metadata(entries: Record<string, unknown>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined) {
      map.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return map;
}

function timeData(times: readonly number[]): Data<TimestampNanosecond> {
  const nanos = new BigInt64Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const ms = Math.floor(times[i]);
    nanos[i] = BigInt(ms) * 1_000_000n + BigInt(Math.round((times[i] - ms) * 1e6));
  }
  return makeData({ type: new TimestampNanosecond(), length: times.length, nullCount: 0, data: nanos });
}

function numberData(values: Float64Array): Data<Float64> {
  const validity = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      nullCount++;
    } else {
      validity[i >> 3] |= 1 << (i & 7);
    }
  }
  return makeData({
    type: new Float64(),
    length: values.length,
    nullCount,
    data: values,
    nullBitmap: nullCount > 0 ? validity : undefined,
  });
}

/** The Arrow IPC file bytes of one frame. */
export function arrowFrame(spec: FrameSpec): Uint8Array {
  const fields = [
    new Field(spec.timeName ?? 'Time', new TimestampNanosecond(), false, metadata({ config: {} })),
    ...spec.fields.map(
      (field) =>
        new Field(field.name, new Float64(), true, metadata({ labels: field.labels ?? {}, config: field.config ?? {} }))
    ),
  ];
  const schema = new Schema(fields, metadata({ name: spec.name, refId: spec.refId, meta: spec.meta }));
  const children = [timeData(spec.times), ...spec.fields.map((field) => numberData(field.values))];
  const batch = new RecordBatch(
    schema,
    makeData({ type: new Struct(fields), length: spec.times.length, nullCount: 0, children })
  );
  return tableToIPC(new Table([batch]), 'file');
}
