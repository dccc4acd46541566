import { map, type OperatorFunction } from 'rxjs';
import { compileFieldPath, numberFromJsonValue, type CompiledFieldPath } from './fieldPath';
import {
  copyNumbers,
  emptyNumbers,
  newColumn,
  type Column,
  type ColumnKind,
  type MessageBatch,
  type RowBatch,
} from './batchTypes';

/**
 * Turns each batch into columns of the chosen fields: `projectFields(['temperature', 'label.site'])`.
 * With no paths, every telemetry value and top-level JSON number becomes a column, in the order
 * first seen, so the column order stays stable from batch to batch.
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

function projectExplicit(messages: MessageBatch, compiled: CompiledFieldPath[]): RowBatch {
  const rows = emptyRows(
    messages,
    compiled.map((c) => c.path),
    compiled.map((c) => c.kind)
  );
  for (let f = 0; f < compiled.length; f++) {
    compiled[f].fill(messages, rows.columns[f], rows.gapRows);
  }
  return rows;
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
    const fields = payload?.json?.fields;
    if (fields) {
      for (const name in fields) {
        const value = numberFromJsonValue(fields[name]);
        if (!Number.isNaN(value)) {
          columnFor(name)[row] = value;
        }
      }
    }
  }
  return rows;
}

/** Exposed for tests: a column's values as a plain array. */
export function columnValues(column: Column): Array<number | string | null> {
  return Array.from(column as ArrayLike<number | string | null>);
}
