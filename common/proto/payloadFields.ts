/**
 * The field paths a payload offers a dashboard author, as the plugin's field paths spell them:
 * telemetry names and top-level JSON numbers by name (`temperature`), every other JSON leaf by its
 * path (`json.motor.rpm`, `json.status`). Objects are walked, not listed; lists are left out.
 */
import type { google, iot } from './generated';

/** How deep nested JSON objects are walked for leaf paths. */
export const MAX_FIELD_PATH_DEPTH = 8;

type Fields = { [key: string]: google.protobuf.IValue } | null | undefined;

function* jsonLeafPaths(fields: Fields, prefix: string, depth: number): Generator<string> {
  for (const key in fields) {
    const value = fields[key];
    if (value?.structValue) {
      if (depth < MAX_FIELD_PATH_DEPTH) {
        yield* jsonLeafPaths(value.structValue.fields, `${prefix}${key}.`, depth + 1);
      }
    } else if (typeof value?.numberValue === 'number') {
      yield depth === 0 ? key : `json.${prefix}${key}`;
    } else if (typeof value?.boolValue === 'boolean' || typeof value?.stringValue === 'string') {
      // Oneof members that are not set decode as null, so the member's type tells which one is.
      yield `json.${prefix}${key}`;
    }
  }
}

/** Every field path of a payload, in payload order. */
export function* payloadFieldPaths(payload: iot.broker.v1.IPayload): Generator<string> {
  const telemetry = payload.telemetry?.values;
  if (telemetry) {
    for (const key in telemetry) {
      yield key;
    }
    return;
  }
  yield* jsonLeafPaths(payload.json?.fields, '', 0);
}
