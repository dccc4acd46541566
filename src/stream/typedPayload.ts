/**
 * Decodes the typed payloads (`google.protobuf.Any`) the plugin can plot without descriptors: the
 * well-known wrappers (DoubleValue, Int64Value, BoolValue, StringValue, …), Struct and Value. Each
 * becomes the JSON payload it is equivalent to, so every JSON rule applies: a Struct's leaves are
 * its fields, a wrapper or a scalar Value is one leaf named `value`. Other types stay typed and
 * are reported as not plottable.
 */
import { Reader } from 'protobufjs/minimal';
import { google } from '../../common/proto';
import type { Payload } from './batchTypes';

type Value = google.protobuf.IValue;

const PREFIX = 'google.protobuf.';

/** Reads field 1 of a wrapper message with `read`, skipping anything else. */
function wrapped(bytes: Uint8Array, read: (reader: Reader) => Value): Value {
  const reader = Reader.create(bytes);
  // proto3 leaves a default value out: an empty wrapper holds 0, false or "".
  let value: Value | undefined;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) {
      value = read(reader);
    } else {
      reader.skipType(tag & 7);
    }
  }
  return value ?? read(Reader.create(new Uint8Array(10)));
}

const num = (n: number | { toNumber(): number }): Value => ({
  numberValue: typeof n === 'number' ? n : n.toNumber(),
});

const WRAPPERS: Record<string, (r: Reader) => Value> = {
  DoubleValue: (r) => num(r.double()),
  FloatValue: (r) => num(r.float()),
  Int64Value: (r) => num(r.int64() as unknown as number),
  UInt64Value: (r) => num(r.uint64() as unknown as number),
  Int32Value: (r) => num(r.int32()),
  UInt32Value: (r) => num(r.uint32()),
  BoolValue: (r) => ({ boolValue: r.bool() }),
  StringValue: (r) => ({ stringValue: r.string() }),
};

/** The JSON payload a typed payload stands for, or undefined when it is not a type decoded here. */
export function jsonOfTyped(any: google.protobuf.IAny): Payload | undefined {
  const typeUrl = any.type_url ?? '';
  const type = typeUrl.slice(typeUrl.lastIndexOf('/') + 1);
  if (!type.startsWith(PREFIX)) {
    return undefined;
  }
  const name = type.slice(PREFIX.length);
  const bytes = any.value ?? new Uint8Array(0);
  try {
    if (name === 'Struct') {
      return { json: google.protobuf.Struct.decode(bytes) };
    }
    const value =
      name === 'Value' ? google.protobuf.Value.decode(bytes) : WRAPPERS[name] && wrapped(bytes, WRAPPERS[name]);
    if (!value) {
      return undefined;
    }
    return { json: value.structValue ?? { fields: { value } } };
  } catch {
    // Bytes that do not decode as the type they claim: left typed, so the notice names the type.
    return undefined;
  }
}

/** The payload with a decodable typed payload replaced by its JSON equivalent (the typed one kept). */
export function withTypedDecoded(payload: Payload | null | undefined): Payload | null | undefined {
  if (!payload?.typed) {
    return payload;
  }
  const json = jsonOfTyped(payload.typed);
  return json ? { typed: payload.typed, json: json.json } : payload;
}
