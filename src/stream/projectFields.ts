import { map, type OperatorFunction } from 'rxjs';
import type { google } from '../../common/proto/generated';
import { compileFieldPath, type CompiledFieldPath } from './fieldPath';
import {
  copyNumbers,
  emptyNumbers,
  newColumn,
  type Column,
  type ColumnKind,
  type MessageBatch,
  type Payload,
  type RowBatch,
} from './batchTypes';

type StructValue = google.protobuf.IValue;

/** How deep "every numeric value" looks into nested JSON objects. */
const MAX_NESTED_DEPTH = 8;

/**
 * Turns each batch into columns of the chosen fields: `projectFields(['temperature', 'label.site'])`.
 * With no paths, every telemetry value and every numeric JSON leaf (nested ones named by their
 * path, `motor.rpm`) becomes a column, in the order first seen, so the column order stays stable
 * from batch to batch. Messages whose payload cannot be plotted are counted by type.
 */
export function projectFields(paths: readonly string[]): OperatorFunction<MessageBatch, RowBatch> {
  const explicit = paths.map((p) => p.trim()).filter((p) => p !== '');
  return (source) => {
    // Per subscription: the compiled paths, or the growing list of discovered names.
    const compiled = explicit.map(compileFieldPath);
    const discovered: string[] = [];
    const discoveredIndex = new Map<string, number>();
    return source.pipe(
      map((batch) =>
        compiled.length > 0 ? projectExplicit(batch, compiled) : projectAll(batch, discovered, discoveredIndex)
      )
    );
  };
}

function emptyRows(messages: MessageBatch, fieldNames: string[], fieldKinds: ColumnKind[]): RowBatch {
  const gapRows = messages.gaps.length;
  const length = gapRows + messages.length;
  const topics = new Array<string>(length);
  for (let i = 0; i < gapRows; i++) {
    topics[i] = messages.gaps[i].topic ?? '';
  }
  for (let i = 0; i < messages.length; i++) {
    topics[gapRows + i] = messages.topics[i];
  }
  return {
    length,
    gapRows,
    messages,
    gaps: messages.gaps,
    topics,
    arrivalMs: messages.arrivalMs,
    dropped: messages.dropped,
    fieldNames,
    fieldKinds,
    columns: fieldKinds.map((kind) => newColumn(kind, length)),
    time: emptyNumbers(length),
    series: new Array<number>(length).fill(0),
    seriesKeys: [],
    seriesLabels: [],
  };
}

/** Why a payload has nothing the plugin can plot, naming its type; undefined when it may have. */
export function unplottableNote(payload: Payload | null | undefined): string | undefined {
  if (!payload) {
    return undefined;
  }
  if (payload.raw) {
    return 'raw bytes payloads cannot be plotted';
  }
  if (payload.typed && !payload.json) {
    const typeUrl = payload.typed.type_url ?? '';
    const type = typeUrl.slice(typeUrl.lastIndexOf('/') + 1) || 'unnamed';
    return `typed payloads of type ${type} cannot be plotted (decoded: the protobuf wrappers, Struct and Value)`;
  }
  return undefined;
}

/** Counts the rows whose payload cannot be plotted, by payload type, and marks them to be left out. */
function countUnplottable(rows: RowBatch, unplotted: Map<string, number>): void {
  const { payloads, length } = rows.messages;
  if (!payloads) {
    return;
  }
  for (let i = 0; i < length; i++) {
    const note = unplottableNote(payloads[i]);
    if (note) {
      unplotted.set(note, (unplotted.get(note) ?? 0) + 1);
      (rows.unplottableRows ??= new Set()).add(rows.gapRows + i);
    }
  }
}

function projectExplicit(messages: MessageBatch, compiled: CompiledFieldPath[]): RowBatch {
  for (const path of compiled) {
    path.prepare?.(messages);
  }
  const rows = emptyRows(
    messages,
    compiled.map((c) => c.path),
    compiled.map((c) => c.kind)
  );
  const unplotted = new Map<string, number>();
  for (let f = 0; f < compiled.length; f++) {
    compiled[f].fill(messages, rows.columns[f], rows.gapRows, unplotted);
  }
  countUnplottable(rows, unplotted);
  if (unplotted.size > 0) {
    rows.unplotted = unplotted;
  }
  return rows;
}

/** Writes every numeric leaf of a JSON object into its column, nested ones named by their path. */
function addJsonNumbers(
  fields: { [key: string]: StructValue } | null | undefined,
  prefix: string,
  depth: number,
  columnFor: (name: string) => number[],
  row: number
): void {
  for (const key in fields) {
    const value = fields[key];
    if (typeof value?.numberValue === 'number') {
      columnFor(prefix + key)[row] = value.numberValue;
    } else if (value?.structValue && depth < MAX_NESTED_DEPTH) {
      addJsonNumbers(value.structValue.fields, `${prefix}${key}.`, depth + 1, columnFor, row);
    }
  }
}

function projectAll(messages: MessageBatch, discovered: string[], discoveredIndex: Map<string, number>): RowBatch {
  // Every name known so far gets a column, so series keep their columns when a batch lacks one.
  const rows = emptyRows(
    messages,
    discovered.slice(),
    discovered.map(() => 'number')
  );
  const columns = rows.columns as number[][];
  const columnFor = (name: string): number[] => {
    let index = discoveredIndex.get(name);
    if (index === undefined) {
      index = discovered.length;
      discovered.push(name);
      discoveredIndex.set(name, index);
    }
    while (columns.length <= index) {
      rows.fieldNames.push(discovered[columns.length]);
      rows.fieldKinds.push('number');
      columns.push(emptyNumbers(rows.length));
    }
    return columns[index];
  };
  const { telemetry, payloads } = messages;
  if (telemetry) {
    // A block: each field is already a column.
    for (let f = 0; f < telemetry.fields.length; f++) {
      copyNumbers(columnFor(telemetry.fields[f]), telemetry.values[f], rows.gapRows);
    }
    return rows;
  }
  for (let i = 0, row = rows.gapRows; i < messages.length; i++, row++) {
    const payload = payloads?.[i];
    const values = payload?.telemetry?.values;
    if (values) {
      for (const name in values) {
        columnFor(name)[row] = values[name];
      }
      continue;
    }
    addJsonNumbers(payload?.json?.fields, '', 0, columnFor, row);
  }
  const unplotted = new Map<string, number>();
  countUnplottable(rows, unplotted);
  if (unplotted.size > 0) {
    rows.unplotted = unplotted;
  }
  return rows;
}

/** Exposed for tests: a column's values as a plain array. */
export function columnValues(column: Column): Array<number | string | null> {
  return Array.from(column as ArrayLike<number | string | null>);
}
