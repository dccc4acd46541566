import { map, type OperatorFunction } from 'rxjs';
import { compileFieldPath, numberFromJsonValue, type CompiledFieldPath } from './fieldPath';
import { newColumn, type Column, type ColumnKind, type EnvelopeBatch, type RowBatch } from './batchTypes';

/**
 * Turns each batch into columns of the chosen fields: `projectFields(['temperature', 'label.site'])`.
 * With no paths, every telemetry value and top-level JSON number becomes a column, in the order
 * first seen, so the column order stays stable from batch to batch.
 */
export function projectFields(paths: readonly string[]): OperatorFunction<EnvelopeBatch, RowBatch> {
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

function emptyRows(batch: EnvelopeBatch, fieldNames: string[], fieldKinds: ColumnKind[]): RowBatch {
  const gapRows = batch.gaps.length;
  const length = gapRows + batch.envelopes.length;
  const topics = new Array<string>(length);
  for (let i = 0; i < gapRows; i++) {
    topics[i] = batch.gaps[i].topic ?? '';
  }
  for (let i = 0; i < batch.envelopes.length; i++) {
    topics[gapRows + i] = batch.envelopes[i].topic ?? '';
  }
  return {
    length,
    gapRows,
    envelopes: batch.envelopes,
    gaps: batch.gaps,
    topics,
    arrivalMs: batch.arrivalMs,
    dropped: batch.dropped,
    fieldNames,
    fieldKinds,
    columns: fieldKinds.map((kind) => newColumn(kind, length)),
    time: new Float64Array(length).fill(NaN),
    series: new Int32Array(length),
    seriesKeys: [],
    seriesLabels: [],
  };
}

function projectExplicit(batch: EnvelopeBatch, compiled: CompiledFieldPath[]): RowBatch {
  const rows = emptyRows(
    batch,
    compiled.map((c) => c.path),
    compiled.map((c) => c.kind)
  );
  const { envelopes } = batch;
  for (let f = 0; f < compiled.length; f++) {
    const { read, kind } = compiled[f];
    const column = rows.columns[f];
    let row = rows.gapRows;
    if (kind === 'number') {
      const numbers = column as Float64Array;
      for (let i = 0; i < envelopes.length; i++, row++) {
        numbers[row] = read(envelopes[i]) as number;
      }
    } else {
      const texts = column as Array<string | null>;
      for (let i = 0; i < envelopes.length; i++, row++) {
        texts[row] = read(envelopes[i]) as string | null;
      }
    }
  }
  return rows;
}

function projectAll(batch: EnvelopeBatch, discovered: string[], discoveredIndex: Map<string, number>): RowBatch {
  // Every name known so far gets a column, so series keep their columns when a batch lacks one.
  const rows = emptyRows(
    batch,
    discovered.slice(),
    discovered.map(() => 'number')
  );
  const columns = rows.columns as Float64Array[];
  const columnFor = (name: string): Float64Array => {
    let index = discoveredIndex.get(name);
    if (index === undefined) {
      index = discovered.length;
      discovered.push(name);
      discoveredIndex.set(name, index);
    }
    while (columns.length <= index) {
      rows.fieldNames.push(discovered[columns.length]);
      rows.fieldKinds.push('number');
      columns.push(newColumn('number', rows.length) as Float64Array);
    }
    return columns[index];
  };
  const { envelopes } = batch;
  for (let i = 0, row = rows.gapRows; i < envelopes.length; i++, row++) {
    const payload = envelopes[i].payload;
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
