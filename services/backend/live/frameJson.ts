/**
 * Grafana's frame JSON (what Go's data.FrameToJSON writes) for a live channel in labels push mode:
 * fields `labels` (string), `time` (epoch ms) and the value fields; one row per sample. The data part
 * is written once per packet and shared by every reader; the schema part (which also carries the
 * frame meta, so the notices) is added only where a reader needs it.
 */
import type { Cell, LiveField, LiveNotice, LiveRow } from './liveRows';

/** The schema part: `{"fields":[...],"meta":{...}}`. */
export function schemaJson(fields: readonly LiveField[], notices: readonly LiveNotice[] = []): string {
  const schema: { fields: Array<{ name: string; type: string; typeInfo?: object }>; meta?: object } = {
    fields: [
      { name: 'labels', type: 'string', typeInfo: { frame: 'string' } },
      { name: 'time', type: 'time', typeInfo: { frame: 'time.Time' } },
      ...fields.map((field) => ({
        name: field.name,
        type: field.type,
        typeInfo: { frame: FRAME_TYPES[field.type], nullable: true },
      })),
    ],
  };
  if (notices.length > 0) {
    schema.meta = { notices };
  }
  return JSON.stringify(schema);
}

/** Go's type names, as FrameToJSON writes them in typeInfo. */
const FRAME_TYPES: Record<LiveField['type'], string> = { number: 'float64', string: 'string', boolean: 'bool' };

/** The data part: `{"values":[[labels...],[times...],[field 0...],...]}` with null for missing values. */
export function dataJson(rows: readonly LiveRow[], fieldCount: number): string {
  const length = rows.length;
  const labels = new Array<string>(length);
  const times = new Array<number>(length);
  const columns: Cell[][] = [];
  for (let f = 0; f < fieldCount; f++) {
    columns.push(new Array<Cell>(length));
  }
  for (let r = 0; r < length; r++) {
    const row = rows[r];
    labels[r] = row.labels;
    times[r] = row.time;
    const values = row.values;
    for (let f = 0; f < fieldCount; f++) {
      const value = f < values.length ? values[f] : null;
      // NaN is not JSON; Go writes a missing float as null too.
      columns[f][r] = typeof value === 'number' && !Number.isFinite(value) ? null : (value ?? null);
    }
  }
  return JSON.stringify({ values: [labels, times, ...columns] });
}

/** One packet: the data, preceded by the schema when given. */
export function packetJson(data: string, schema?: string): string {
  return schema === undefined ? `{"data":${data}}` : `{"schema":${schema},"data":${data}}`;
}
