/**
 * Grafana's frame JSON (what Go's data.FrameToJSON writes) for a live channel in Grafana's wide
 * layout: `time`, then one field per series and value field (LiveSchema), one row per time. The
 * data part is written once per packet and shared by every reader; the schema part (which also
 * carries the frame meta, so the notices) is added only where a reader needs it.
 *
 * Rows: a packet's samples are sorted by time, and samples of different series at the same time
 * share a row. Merging only ever removes rows, so packets are never larger than one row per sample,
 * and it makes them much smaller where devices report on a common clock.
 *
 * Empty cells: a series not sampled at a row's time is `undefined` in the browser (JSON null plus
 * the frame JSON's `Undef` entity, on number fields), which Grafana's graph spans, so each series
 * stays a line; a series' own missing value and a gap marker stay null, which breaks its line as on
 * the direct path. Go's frame reader takes `Undef` as NaN; text and boolean fields carry plain null.
 */
import type { Cell, LiveField, LiveNotice, LiveRow } from './liveRows';
import type { WideColumn, WideLayout } from './LiveSchema';

interface SchemaField {
  name: string;
  type: string;
  typeInfo: { frame: string; nullable?: boolean };
  labels?: Readonly<Record<string, string>>;
  config?: { displayNameFromDS: string };
}

/** Go's type names, as FrameToJSON writes them in typeInfo. */
const FRAME_TYPES: Record<LiveField['type'], string> = { number: 'float64', string: 'string', boolean: 'bool' };

function schemaField(column: WideColumn): SchemaField {
  const field: SchemaField = {
    name: column.name,
    type: column.type,
    typeInfo: { frame: FRAME_TYPES[column.type], nullable: true },
  };
  if (column.labels) {
    field.labels = column.labels;
  }
  if (column.displayName) {
    field.config = { displayNameFromDS: column.displayName };
  }
  return field;
}

/** The schema part: `{"fields":[...],"meta":{...}}`. */
export function schemaJson(layout: WideLayout, notices: readonly LiveNotice[] = []): string {
  const schema: { fields: SchemaField[]; meta?: object } = {
    fields: [{ name: 'time', type: 'time', typeInfo: { frame: 'time.Time' } }, ...layout.columns.map(schemaField)],
  };
  if (notices.length > 0) {
    schema.meta = { notices };
  }
  return JSON.stringify(schema);
}

/** The rows in time order; stable, so a series keeps its own order (a gap right after its sample). */
function byTime(rows: readonly LiveRow[]): readonly LiveRow[] {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].time < rows[i - 1].time) {
      return [...rows].sort((a, b) => a.time - b.time);
    }
  }
  return rows;
}

/** NaN is not JSON; Go writes a missing float as null too. */
function jsonCell(value: Cell | undefined): Cell {
  return typeof value === 'number' && !Number.isFinite(value) ? null : (value ?? null);
}

/** Where a series' values go: its index among the series, its columns, and the column of each value field. */
interface SeriesPositions {
  index: number;
  own: number[];
  byField: number[];
}

// A layout is immutable and lives for a schema version, so its positions are worked out once, not per packet.
const positionsOf = new WeakMap<WideLayout, Map<string, SeriesPositions>>();

function seriesPositions(layout: WideLayout): Map<string, SeriesPositions> {
  let positions = positionsOf.get(layout);
  if (!positions) {
    const built = new Map<string, SeriesPositions>();
    layout.columns.forEach((column, position) => {
      let entry = built.get(column.series);
      if (!entry) {
        entry = { index: built.size, own: [], byField: [] };
        built.set(column.series, entry);
      }
      entry.own.push(position);
      entry.byField[column.field] = position;
    });
    positions = built;
    positionsOf.set(layout, positions);
  }
  return positions;
}

/**
 * The data part: `{"values":[[times...],[column 0...],...],"entities":[...]}`. Every column of
 * `layout` must exist for the rows' series and values (the channel adds them before rows are sent).
 */
export function dataJson(rows: readonly LiveRow[], layout: WideLayout): string {
  const { columns } = layout;
  const positions = seriesPositions(layout);
  // Per series (by its index): the row its last sample went to in this packet.
  const lastRow = new Array<number>(positions.size).fill(-1);
  const times: number[] = [];
  // A hole (undefined): the column's series has no sample at this row's time.
  const cells: Array<Array<Cell | undefined>> = columns.map(() => new Array<Cell | undefined>(rows.length));
  for (const row of byTime(rows)) {
    const entry = positions.get(row.series);
    if (!entry) {
      // A series with no value yet has no field: its gap marker draws nothing.
      continue;
    }
    let r = times.length - 1;
    // A new row for a new time, or for a second sample of a series at the same time.
    if (r < 0 || times[r] !== row.time || lastRow[entry.index] === r) {
      times.push(row.time);
      r++;
    }
    lastRow[entry.index] = r;
    for (const position of entry.own) {
      cells[position][r] = null;
    }
    const values = row.values;
    const byField = entry.byField;
    for (let f = 0; f < values.length; f++) {
      const position = byField[f];
      if (position !== undefined && values[f] !== null) {
        cells[position][r] = values[f];
      }
    }
  }
  const length = times.length;
  let withEntities = false;
  const entities: Array<{ Undef: number[] } | null> = [null];
  const values: Cell[][] = [times];
  columns.forEach((column, position) => {
    const source = cells[position];
    const out = new Array<Cell>(length);
    const undef: number[] = [];
    const isNumber = column.type === 'number';
    for (let r = 0; r < length; r++) {
      const value = source[r];
      if (value === undefined) {
        out[r] = null;
        if (isNumber) {
          undef.push(r);
        }
      } else {
        out[r] = jsonCell(value);
      }
    }
    values.push(out);
    entities.push(undef.length > 0 ? { Undef: undef } : null);
    withEntities ||= undef.length > 0;
  });
  return JSON.stringify(withEntities ? { values, entities } : { values });
}

/** One packet: the data, preceded by the schema when given. */
export function packetJson(data: string, schema?: string): string {
  return schema === undefined ? `{"data":${data}}` : `{"schema":${schema},"data":${data}}`;
}
