/** Conversions between JSON values and the broker's Payload (google.protobuf.Struct for JSON). */
import { ValidationError } from '../../../common/errors/errors';
import type { google, iot } from '../../../common/proto/generated';

type Value = google.protobuf.IValue;
type Struct = google.protobuf.IStruct;

/** How deep a JSON payload may nest. */
const MAX_DEPTH = 32;

function toValue(json: unknown, depth: number): Value {
  if (depth > MAX_DEPTH) {
    throw new ValidationError(`the JSON payload nests deeper than ${MAX_DEPTH} levels`);
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
        ? { listValue: { values: json.map((item) => toValue(item, depth + 1)) } }
        : { structValue: toStruct(json as Record<string, unknown>, depth + 1) };
    default:
      throw new ValidationError(`the JSON payload holds a ${typeof json}, which JSON cannot carry`);
  }
}

function toStruct(json: Record<string, unknown>, depth: number): Struct {
  const fields: Record<string, Value> = {};
  for (const [key, value] of Object.entries(json)) {
    fields[key] = toValue(value, depth);
  }
  return { fields };
}

/** JSON to a protobuf Struct; a non-object is wrapped as {"value": <json>}, since Struct holds objects only. */
export function jsonToStruct(json: unknown): Struct {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    return toStruct(json as Record<string, unknown>, 0);
  }
  return { fields: { value: toValue(json, 0) } };
}

function fromValue(value: Value): unknown {
  if (value.structValue) {
    return structToJson(value.structValue);
  }
  if (value.listValue) {
    return (value.listValue.values ?? []).map(fromValue);
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

/** A protobuf Struct to plain JSON. */
export function structToJson(struct: Struct): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(struct.fields ?? {})) {
    out[key] = fromValue(value);
  }
  return out;
}

/** A Payload as JSON: telemetry values, JSON as is, raw bytes as UTF-8 text, typed as its type URL and base64. */
export function payloadToJson(payload: iot.broker.v1.IPayload | null | undefined): unknown {
  if (!payload) {
    return null;
  }
  if (payload.telemetry) {
    return { ...(payload.telemetry.values ?? {}) };
  }
  if (payload.json) {
    return structToJson(payload.json);
  }
  if (payload.raw) {
    return Buffer.from(payload.raw).toString('utf8');
  }
  if (payload.typed) {
    return { typeUrl: payload.typed.type_url ?? '', valueBase64: Buffer.from(payload.typed.value ?? []).toString('base64') };
  }
  return null;
}
