/** Converts between plain JSON values and google.protobuf.Struct, for command payloads and results. */
import type { google } from '../../common/proto/generated';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A protobuf Value from a JSON value. */
export function valueFromJson(value: JsonValue): google.protobuf.IValue {
  if (value === null) {
    return { nullValue: 0 };
  }
  if (typeof value === 'boolean') {
    return { boolValue: value };
  }
  if (typeof value === 'number') {
    return { numberValue: value };
  }
  if (typeof value === 'string') {
    return { stringValue: value };
  }
  if (Array.isArray(value)) {
    return { listValue: { values: value.map(valueFromJson) } };
  }
  return { structValue: structFromJson(value) };
}

/** A protobuf Struct from a JSON object. */
export function structFromJson(object: { [key: string]: JsonValue }): google.protobuf.IStruct {
  const fields: { [key: string]: google.protobuf.IValue } = {};
  for (const [key, value] of Object.entries(object)) {
    fields[key] = valueFromJson(value);
  }
  return { fields };
}

/** A JSON value from a protobuf Value. */
export function jsonFromValue(value: google.protobuf.IValue | null | undefined): JsonValue {
  if (!value) {
    return null;
  }
  if (value.numberValue !== undefined && value.numberValue !== null) {
    return value.numberValue;
  }
  if (value.stringValue !== undefined && value.stringValue !== null) {
    return value.stringValue;
  }
  if (value.boolValue !== undefined && value.boolValue !== null) {
    return value.boolValue;
  }
  if (value.structValue) {
    return jsonFromStruct(value.structValue);
  }
  if (value.listValue) {
    return (value.listValue.values ?? []).map(jsonFromValue);
  }
  return null;
}

/** A JSON object from a protobuf Struct (empty when absent). */
export function jsonFromStruct(struct: google.protobuf.IStruct | null | undefined): { [key: string]: JsonValue } {
  const object: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) {
    object[key] = jsonFromValue(value);
  }
  return object;
}
