/**
 * Field paths name what to plot from a message:
 *   "temperature"     a telemetry value (or a top-level JSON number of the same name)
 *   "telemetry.x"     a telemetry value only
 *   "json.a.b"        a number (or boolean, or numeric text) inside a JSON payload
 *   "label.site"      a label's text
 *   "device", "topic" the device id or the topic, as text
 */
import type { google } from '../../common/proto/generated';
import { copyNumbers, type Column, type ColumnKind, type MessageBatch, type Payload } from './batchTypes';

type StructValue = google.protobuf.IValue;
type Struct = google.protobuf.IStruct;

export interface CompiledFieldPath {
  path: string;
  kind: ColumnKind;
  /** Writes every row's value into column[offset + row]; a row without one is left untouched (empty). */
  fill(batch: MessageBatch, column: Column, offset: number): void;
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
    const keys = trimmed.slice('json.'.length).split('.');
    return {
      path: trimmed,
      kind: 'number',
      fill: (b, c, o) => fillFromPayloads(b, c as number[], o, (p) => numberFromJsonValue(jsonValueAt(p.json, keys))),
    };
  }
  if (trimmed.startsWith('telemetry.')) {
    return { path: trimmed, kind: 'number', fill: telemetryNumber(trimmed.slice('telemetry.'.length), false) };
  }
  return { path: trimmed, kind: 'number', fill: telemetryNumber(trimmed, true) };
}
