/**
 * What an MQTT payload becomes in the broker. One MQTT message is one broker message (one sequence):
 *   a number or numeric text       → telemetry {value: n}
 *   a JSON object of numbers only  → telemetry, one value per key (the fast, columnar path)
 *   any other JSON object          → a JSON payload: top-level numbers plot by name, nested ones as
 *                                    `json.a.b`, text and booleans stay readable
 *   anything else                  → raw bytes (counted; malformed JSON is counted apart)
 * The event time comes from a JSON field or an MQTT 5 user property when present, else the arrival time.
 */
import { jsonToStruct } from '../../common/proto/jsonStruct';
import type { iot } from '../../common/proto/generated';

export type PayloadKind = 'number' | 'telemetry' | 'json' | 'raw';

export interface MappedPayload {
  kind: PayloadKind;
  payload: iot.broker.v1.IPayload;
  /** Epoch ms. */
  eventTimeMs: number;
  /** The payload looked like JSON but did not parse (or could not be carried). */
  malformed: boolean;
}

export interface PayloadMappingOptions {
  /** JSON field holding the timestamp; empty: none. */
  timestampField: string;
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Epoch ms from a timestamp in s, ms, µs or ns (told apart by magnitude), numeric text or ISO 8601;
 * undefined when it is none of these.
 */
export function parseTimestamp(value: unknown): number | undefined {
  let ms: number;
  if (typeof value === 'number') {
    ms = scaleEpoch(value);
  } else if (typeof value === 'string' && value.trim() !== '') {
    const trimmed = value.trim();
    ms = NUMERIC_TEXT.test(trimmed) ? scaleEpoch(Number(trimmed)) : Date.parse(trimmed);
  } else {
    return undefined;
  }
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

function scaleEpoch(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < 1e11) {
    return value * 1000;
  }
  if (magnitude < 1e14) {
    return value;
  }
  if (magnitude < 1e17) {
    return value / 1000;
  }
  return value / 1e6;
}

function raw(bytes: Uint8Array, eventTimeMs: number, malformed: boolean): MappedPayload {
  return { kind: 'raw', payload: { raw: bytes }, eventTimeMs, malformed };
}

/** Maps one MQTT payload; `propertyTimeMs` is the MQTT 5 user property's time, if any. Never throws. */
export function mapPayload(
  bytes: Uint8Array,
  options: PayloadMappingOptions,
  arrivalMs: number,
  propertyTimeMs?: number
): MappedPayload {
  const baseTime = propertyTimeMs ?? arrivalMs;
  let text: string;
  try {
    text = decoder.decode(bytes).trim();
  } catch {
    return raw(bytes, baseTime, false);
  }
  if (NUMERIC_TEXT.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) {
      return { kind: 'number', payload: { telemetry: { values: { value } } }, eventTimeMs: baseTime, malformed: false };
    }
  }
  if (!text.startsWith('{')) {
    return raw(bytes, baseTime, text.startsWith('['));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return raw(bytes, baseTime, true);
  }
  const object = parsed as Record<string, unknown>;
  const field = options.timestampField;
  const fieldTime = field !== '' && field in object ? parseTimestamp(object[field]) : undefined;
  const eventTimeMs = propertyTimeMs ?? fieldTime ?? arrivalMs;
  const values = numericValues(object, fieldTime === undefined ? '' : field);
  if (values) {
    return { kind: 'telemetry', payload: { telemetry: { values } }, eventTimeMs, malformed: false };
  }
  try {
    return { kind: 'json', payload: { json: jsonToStruct(object) }, eventTimeMs, malformed: false };
  } catch {
    // Nested deeper than a Struct may carry.
    return raw(bytes, eventTimeMs, true);
  }
}

/** The object's values when every one (but the timestamp field) is a finite number; else undefined. */
function numericValues(object: Record<string, unknown>, skip: string): Record<string, number> | undefined {
  const values: Record<string, number> = {};
  let count = 0;
  for (const key of Object.keys(object)) {
    if (key === skip) {
      continue;
    }
    const value = object[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || key === '__proto__') {
      return undefined;
    }
    values[key] = value;
    count++;
  }
  return count > 0 ? values : undefined;
}

/** The time in an MQTT 5 user property, when the message carries one under `name`. */
export function userPropertyTime(
  userProperties: Record<string, string | string[]> | undefined,
  name: string
): number | undefined {
  if (!userProperties || name === '') {
    return undefined;
  }
  const value = userProperties[name];
  return parseTimestamp(Array.isArray(value) ? value[0] : value);
}
