/**
 * A data frame as Grafana's /api/ds/query sends it to browsers: `{schema, data}` JSON, made from the
 * Arrow IPC bytes a backend's QueryData returns (Grafana's server does this conversion; the
 * browser never sees Arrow). Times are epoch milliseconds, with the sub-millisecond rest in
 * `data.nanos` when there is one; labels and config come from each field's Arrow metadata, and the
 * frame's name, refId and meta from the schema's.
 */
import { DataType, tableFromIPC, TimeUnit, type Data, type Field } from 'apache-arrow';

export interface FieldSchemaJson {
  name: string;
  type: 'time' | 'number' | 'string' | 'boolean' | 'other';
  typeInfo: { frame: string; nullable?: boolean };
  labels?: Record<string, string>;
  config?: Record<string, unknown>;
}

export interface FrameJson {
  schema: {
    name?: string;
    refId?: string;
    meta?: Record<string, unknown>;
    fields: FieldSchemaJson[];
  };
  data: {
    values: unknown[][];
    nanos?: Array<number[] | null>;
  };
}

function parsedMetadata(metadata: Map<string, string>, key: string): Record<string, unknown> | undefined {
  const text = metadata.get(key);
  if (text === undefined || text === '') {
    return undefined;
  }
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Grafana's field type and Go type name (typeInfo.frame) for an Arrow type. */
function fieldType(field: Field): Pick<FieldSchemaJson, 'type' | 'typeInfo'> {
  const nullable = field.nullable ? { nullable: true } : {};
  const type = field.type;
  if (DataType.isTimestamp(type)) {
    return { type: 'time', typeInfo: { frame: 'time.Time', ...nullable } };
  }
  if (DataType.isFloat(type)) {
    return { type: 'number', typeInfo: { frame: type.precision === 2 ? 'float64' : 'float32', ...nullable } };
  }
  if (DataType.isInt(type)) {
    return { type: 'number', typeInfo: { frame: `${type.isSigned ? '' : 'u'}int${type.bitWidth}`, ...nullable } };
  }
  if (DataType.isUtf8(type)) {
    return { type: 'string', typeInfo: { frame: 'string', ...nullable } };
  }
  if (DataType.isBool(type)) {
    return { type: 'boolean', typeInfo: { frame: 'bool', ...nullable } };
  }
  return { type: 'other', typeInfo: { frame: 'json.RawMessage', ...nullable } };
}

const NANOS_PER_UNIT: Record<TimeUnit, bigint> = {
  [TimeUnit.SECOND]: 1_000_000_000n,
  [TimeUnit.MILLISECOND]: 1_000_000n,
  [TimeUnit.MICROSECOND]: 1_000n,
  [TimeUnit.NANOSECOND]: 1n,
};

/**
 * A timestamp column as epoch ms plus the nanoseconds within each millisecond (null when all are 0).
 * The stored integers are read directly: apache-arrow's own reading converts them to rounded ms,
 * which would lose what Grafana keeps in data.nanos.
 */
function timeColumn(chunks: readonly Data[], unit: TimeUnit): { ms: Array<number | null>; nanos: number[] | null } {
  const ms: Array<number | null> = [];
  const nanos: number[] = [];
  let anyNanos = false;
  for (const chunk of chunks) {
    const stored = chunk.values as ArrayLike<bigint | number>;
    for (let row = 0; row < chunk.length; row++) {
      if (!chunk.getValid(row)) {
        ms.push(null);
        nanos.push(0);
        continue;
      }
      const total = BigInt(stored[chunk.offset + row]) * NANOS_PER_UNIT[unit];
      const rest = Number(((total % 1_000_000n) + 1_000_000n) % 1_000_000n);
      ms.push(Number((total - BigInt(rest)) / 1_000_000n));
      nanos.push(rest);
      anyNanos ||= rest !== 0;
    }
  }
  return { ms, nanos: anyNanos ? nanos : null };
}

function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return Number(value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON has no NaN or Infinity; Grafana moves them to data.entities, which these frames never need.
    return null;
  }
  return value ?? null;
}

/** One Arrow IPC frame (file or stream format) as Grafana's frame JSON. */
export function frameJsonFromArrow(bytes: Uint8Array): FrameJson {
  const table = tableFromIPC(bytes);
  const schema = table.schema;
  const fields: FieldSchemaJson[] = [];
  const values: unknown[][] = [];
  const nanos: Array<number[] | null> = [];
  let anyNanos = false;
  schema.fields.forEach((field, index) => {
    const labels = parsedMetadata(field.metadata, 'labels') as Record<string, string> | undefined;
    const config = parsedMetadata(field.metadata, 'config');
    fields.push({
      name: field.name,
      ...fieldType(field),
      ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
      ...(config ? { config } : {}),
    });
    const column = table.getChildAt(index);
    if (DataType.isTimestamp(field.type)) {
      const time = timeColumn(column?.data ?? [], field.type.unit);
      values.push(time.ms);
      nanos.push(time.nanos);
      anyNanos ||= time.nanos !== null;
    } else {
      values.push(column ? Array.from(column, jsonValue) : []);
      nanos.push(null);
    }
  });
  const name = schema.metadata.get('name');
  const refId = schema.metadata.get('refId');
  const meta = parsedMetadata(schema.metadata, 'meta');
  return {
    schema: {
      ...(name ? { name } : {}),
      ...(refId ? { refId } : {}),
      ...(meta ? { meta } : {}),
      fields,
    },
    data: anyNanos ? { values, nanos } : { values },
  };
}
