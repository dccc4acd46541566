/**
 * Field paths name what to plot from a message:
 *   "temperature"     a telemetry value (or a top-level JSON number of the same name)
 *   "telemetry.x"     a telemetry value only
 *   "json.a.b"        a leaf inside a JSON payload: a number, boolean or text field, as the
 *                     leaf's type says (the first value seen decides); an object or list is
 *                     not a value and is reported (see RowBatch.unplotted)
 *   "label.site"      a label's text
 *   "device", "topic" the device id or the topic, as text
 */
import type { google } from '../../common/proto/generated';
import { copyNumbers, type Column, type ColumnKind, type MessageBatch, type Payload } from './batchTypes';

type StructValue = google.protobuf.IValue;
type Struct = google.protobuf.IStruct;

export interface CompiledFieldPath {
  path: string;
  /** The column kind; a JSON path settles it from the first leaf prepare() sees. */
  readonly kind: ColumnKind;
  /** Looks at a batch before its column is allocated (a JSON path learns its leaf type). */
  prepare?(batch: MessageBatch): void;
  /**
   * Writes every row's value into column[offset + row]; a row without one is left untouched
   * (empty). What the path found that is not a value is counted in `unplotted`.
   */
  fill(batch: MessageBatch, column: Column, offset: number, unplotted?: Map<string, number>): void;
}

/** Turns a JSON value into a plottable number (booleans as 0/1, numeric text parsed); NaN otherwise. */
export function numberFromJsonValue(value: StructValue | null | undefined): number {
  if (!value) {
    return NaN;
  }
  // Oneof members that are not set decode as null, so the member's type tells which one is.
  if (typeof value.numberValue === 'number') {
    return value.numberValue;
  }
  if (typeof value.boolValue === 'boolean') {
    return value.boolValue ? 1 : 0;
  }
  if (typeof value.stringValue === 'string' && value.stringValue.trim() !== '') {
    return Number(value.stringValue);
  }
  return NaN;
}

/** The JSON value at a path of keys inside a Struct, or undefined. */
export function jsonValueAt(struct: Struct | null | undefined, keys: readonly string[]): StructValue | undefined {
  let current: Struct | null | undefined = struct;
  for (let i = 0; i < keys.length; i++) {
    const value: StructValue | undefined = current?.fields?.[keys[i]];
    if (value === undefined || value === null) {
      return undefined;
    }
    if (i === keys.length - 1) {
      return value;
    }
    current = value.structValue;
  }
  return undefined;
}

/** A telemetry field's column in a batch sent as a block, or undefined. */
function blockColumn(batch: MessageBatch, name: string): number[] | undefined {
  const telemetry = batch.telemetry;
  const index = telemetry ? telemetry.fields.indexOf(name) : -1;
  return index < 0 ? undefined : telemetry!.values[index];
}

/** Fills a number column from each row's payload (batches sent as envelopes). */
function fillFromPayloads(
  batch: MessageBatch,
  column: number[],
  offset: number,
  read: (payload: Payload) => number
): void {
  const payloads = batch.payloads;
  if (!payloads) {
    return;
  }
  for (let row = 0; row < batch.length; row++) {
    const payload = payloads[row];
    if (payload) {
      column[offset + row] = read(payload);
    }
  }
}

/** Fills a text column from a per-row text (empty text counts as none). */
function fillText(
  column: Array<string | null>,
  offset: number,
  length: number,
  read: (row: number) => string | undefined
): void {
  for (let row = 0; row < length; row++) {
    const text = read(row);
    column[offset + row] = text === undefined || text === '' ? null : text;
  }
}

function telemetryNumber(name: string, orJson: boolean): CompiledFieldPath['fill'] {
  const keys = [name];
  const read = (payload: Payload): number => {
    const value = payload.telemetry?.values?.[name];
    if (value !== undefined && value !== null) {
      return value;
    }
    return orJson && payload.json ? numberFromJsonValue(jsonValueAt(payload.json, keys)) : NaN;
  };
  return (batch, column, offset) => {
    const fromBlock = blockColumn(batch, name);
    if (fromBlock) {
      copyNumbers(column as number[], fromBlock, offset);
    } else {
      fillFromPayloads(batch, column as number[], offset, read);
    }
  };
}

/** Compiles a field path once, so filling a column per batch costs one pass over its rows. */
export function compileFieldPath(path: string): CompiledFieldPath {
  const trimmed = path.trim();
  if (trimmed === 'device') {
    return {
      path: trimmed,
      kind: 'string',
      fill: (b, c, o) => fillText(c as Array<string | null>, o, b.length, (r) => b.deviceIds[r]),
    };
  }
  if (trimmed === 'topic') {
    return {
      path: trimmed,
      kind: 'string',
      fill: (b, c, o) => fillText(c as Array<string | null>, o, b.length, (r) => b.topics[r]),
    };
  }
  if (trimmed.startsWith('label.')) {
    const label = trimmed.slice('label.'.length);
    return {
      path: trimmed,
      kind: 'string',
      fill: (b, c, o) => fillText(c as Array<string | null>, o, b.length, (r) => b.labels[r][label]),
    };
  }
  if (trimmed.startsWith('json.')) {
    return jsonFieldPath(trimmed);
  }
  if (trimmed.startsWith('telemetry.')) {
    return { path: trimmed, kind: 'number', fill: telemetryNumber(trimmed.slice('telemetry.'.length), false) };
  }
  return { path: trimmed, kind: 'number', fill: telemetryNumber(trimmed, true) };
}

/** The column kind a JSON leaf gives, or undefined for an object, a list or null. */
function leafKind(value: StructValue): ColumnKind | undefined {
  if (typeof value.numberValue === 'number') {
    return 'number';
  }
  if (typeof value.boolValue === 'boolean') {
    return 'boolean';
  }
  if (typeof value.stringValue === 'string') {
    return 'string';
  }
  return undefined;
}

/** Why a path to an object or a list has no values, said once per path. */
function containerNote(path: string, value: StructValue): string | undefined {
  if (value.structValue) {
    const keys = Object.keys(value.structValue.fields ?? {});
    const example = keys.length > 0 ? `, e.g. ${path}.${keys[0]}` : '';
    return `${path} is an object, not a value: pick one of its leaves${example}`;
  }
  if (value.listValue) {
    return `${path} is a list, not a value: lists are not plotted`;
  }
  return undefined;
}

/** A path into JSON payloads: its kind is that of the first leaf it finds (number until then). */
function jsonFieldPath(path: string): CompiledFieldPath {
  const keys = path.slice('json.'.length).split('.');
  let kind: ColumnKind | undefined;
  let note: string | undefined;
  const valueAt = (payload: Payload | null | undefined) =>
    payload?.json ? jsonValueAt(payload.json, keys) : undefined;
  return {
    path,
    get kind(): ColumnKind {
      return kind ?? 'number';
    },
    prepare(batch) {
      for (let row = 0; kind === undefined && row < batch.length; row++) {
        const value = valueAt(batch.payloads?.[row]);
        kind = value ? leafKind(value) : undefined;
      }
    },
    fill(batch, column, offset, unplotted) {
      const payloads = batch.payloads;
      if (!payloads) {
        return;
      }
      const columnKind = kind ?? 'number';
      for (let row = 0; row < batch.length; row++) {
        const value = valueAt(payloads[row]);
        if (!value) {
          continue;
        }
        if (value.structValue || value.listValue) {
          note ??= containerNote(path, value);
          if (note && unplotted) {
            unplotted.set(note, (unplotted.get(note) ?? 0) + 1);
          }
          continue;
        }
        if (columnKind === 'string') {
          const text = typeof value.stringValue === 'string' ? value.stringValue : jsonScalarText(value);
          (column as Array<string | null>)[offset + row] = text;
        } else if (columnKind === 'boolean') {
          const n = numberFromJsonValue(value);
          (column as number[])[offset + row] = Number.isNaN(n) ? NaN : n !== 0 ? 1 : 0;
        } else {
          (column as number[])[offset + row] = numberFromJsonValue(value);
        }
      }
    },
  };
}

/** A number or boolean leaf as text, for a text column; null for anything else. */
function jsonScalarText(value: StructValue): string | null {
  if (typeof value.numberValue === 'number') {
    return String(value.numberValue);
  }
  if (typeof value.boolValue === 'boolean') {
    return String(value.boolValue);
  }
  return null;
}
