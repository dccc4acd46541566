/**
 * Field paths name what to plot from an envelope:
 *   "temperature"     a telemetry value (or a top-level JSON number of the same name)
 *   "telemetry.x"     a telemetry value only
 *   "json.a.b"        a number (or boolean, or numeric text) inside a JSON payload
 *   "label.site"      a label's text
 *   "device", "topic" the device id or the topic, as text
 */
import type { google } from '../../common/proto/generated';
import type { ColumnKind, Envelope } from './batchTypes';

type StructValue = google.protobuf.IValue;
type Struct = google.protobuf.IStruct;

export interface CompiledFieldPath {
  path: string;
  kind: ColumnKind;
  /** Reads the value; NaN or null when the envelope does not have it. */
  read(envelope: Envelope): number | string | null;
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

function telemetryOrJson(name: string): CompiledFieldPath['read'] {
  const keys = [name];
  return (envelope) => {
    const payload = envelope.payload;
    const value = payload?.telemetry?.values?.[name];
    if (value !== undefined) {
      return value;
    }
    return payload?.json ? numberFromJsonValue(jsonValueAt(payload.json, keys)) : NaN;
  };
}

/** Compiles a field path once, so reading it per envelope costs a few property lookups. */
export function compileFieldPath(path: string): CompiledFieldPath {
  const trimmed = path.trim();
  if (trimmed === 'device') {
    return { path: trimmed, kind: 'string', read: (e) => (e.deviceId ? e.deviceId : null) };
  }
  if (trimmed === 'topic') {
    return { path: trimmed, kind: 'string', read: (e) => e.topic ?? null };
  }
  if (trimmed.startsWith('label.')) {
    const label = trimmed.slice('label.'.length);
    return { path: trimmed, kind: 'string', read: (e) => e.labels?.[label] ?? null };
  }
  if (trimmed.startsWith('json.')) {
    const keys = trimmed.slice('json.'.length).split('.');
    return { path: trimmed, kind: 'number', read: (e) => numberFromJsonValue(jsonValueAt(e.payload?.json, keys)) };
  }
  if (trimmed.startsWith('telemetry.')) {
    const name = trimmed.slice('telemetry.'.length);
    return { path: trimmed, kind: 'number', read: (e) => e.payload?.telemetry?.values?.[name] ?? NaN };
  }
  return { path: trimmed, kind: 'number', read: telemetryOrJson(trimmed) };
}
