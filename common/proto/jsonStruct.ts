/**
 * Plain JSON ⇄ google.protobuf.Struct, for JSON payloads, command payloads and command results.
 * Isomorphic: the sidecar, the simulator and the plugin's tests use the same conversion.
 */
import { ValidationError } from '../errors/errors';
import type { google } from './generated';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Value = google.protobuf.IValue;
type Struct = google.protobuf.IStruct;

/** How deep a JSON value may nest; deeper input is refused rather than risking the stack. */
export const MAX_JSON_DEPTH = 32;

/** A protobuf Value from a JSON value; throws a ValidationError for what JSON cannot carry. */
export function valueFromJson(json: unknown, depth = 0): Value {
  if (depth > MAX_JSON_DEPTH) {
    throw new ValidationError(`the JSON value nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
  if (json === null) {
    return { nullValue: 0 };
  }
  switch (typeof json) {
    case 'number':
      return { numberValue: json };
    case 'string':
      return { stringValue: json };
    case 'boolean':
      return { boolValue: json };
    case 'object':
      return Array.isArray(json)
        ? { listValue: { values: json.map((item) => valueFromJson(item, depth + 1)) } }
        : { structValue: structFromObject(json as Record<string, unknown>, depth + 1) };
    default:
      throw new ValidationError(`the JSON value holds a ${typeof json}, which JSON cannot carry`);
  }
}

/** Sets an own property, even one named "__proto__", which plain assignment would treat as the prototype. */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function structFromObject(object: Record<string, unknown>, depth: number): Struct {
  const fields: Record<string, Value> = {};
  for (const [key, value] of Object.entries(object)) {
    setOwn(fields, key, valueFromJson(value, depth));
  }
  return { fields };
}

/** JSON to a protobuf Struct; a non-object is wrapped as {"value": <json>}, since a Struct holds objects only. */
export function jsonToStruct(json: unknown): Struct {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    return structFromObject(json as Record<string, unknown>, 0);
  }
  return { fields: { value: valueFromJson(json, 0) } };
}

/** A JSON value from a protobuf Value (null when absent). */
export function jsonFromValue(value: Value | null | undefined): JsonValue {
  if (!value) {
    return null;
  }
  if (value.structValue) {
    return structToJson(value.structValue);
  }
  if (value.listValue) {
    return (value.listValue.values ?? []).map(jsonFromValue);
  }
  if (value.stringValue !== undefined && value.stringValue !== null) {
    return value.stringValue;
  }
  if (value.numberValue !== undefined && value.numberValue !== null) {
    return value.numberValue;
  }
  if (value.boolValue !== undefined && value.boolValue !== null) {
    return value.boolValue;
  }
  return null;
}

/** A JSON object from a protobuf Struct (empty when absent). */
export function structToJson(struct: Struct | null | undefined): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) {
    setOwn(out, key, jsonFromValue(value));
  }
  return out;
}
