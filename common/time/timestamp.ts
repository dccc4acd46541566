import { ValidationError } from '../errors/errors';
import type { Timestamp } from '../proto';

/** The first second protobuf's Timestamp allows: 0001-01-01T00:00:00Z. */
export const MIN_TIMESTAMP_SECONDS = -62_135_596_800;
/** The last second protobuf's Timestamp allows: 9999-12-31T23:59:59Z. */
export const MAX_TIMESTAMP_SECONDS = 253_402_300_799;
/** The latest epoch milliseconds inside that range. */
export const MAX_TIMESTAMP_MS = MAX_TIMESTAMP_SECONDS * 1000 + 999;

/** Converts epoch milliseconds (fractions kept to the nanosecond) to a protobuf Timestamp. */
export function timestampFromMs(ms: number): { seconds: number; nanos: number } {
  const seconds = Math.floor(ms / 1000);
  const nanos = Math.round((ms - seconds * 1000) * 1e6);
  return nanos >= 1e9 ? { seconds: seconds + 1, nanos: nanos - 1e9 } : { seconds, nanos };
}

/** Converts a protobuf Timestamp to epoch milliseconds; undefined when absent or empty. */
export function msFromTimestamp(ts: Timestamp | null | undefined): number | undefined {
  if (!ts) {
    return undefined;
  }
  const seconds = Number(ts.seconds ?? 0);
  const nanos = ts.nanos ?? 0;
  if (seconds === 0 && nanos === 0) {
    return undefined;
  }
  return seconds * 1000 + nanos / 1e6;
}

/**
 * Like msFromTimestamp, for timestamps that come in from a client: refuses, with a ValidationError
 * naming `what`, one outside protobuf's range (years 1 to 9999) or with nanos outside [0, 1e9).
 */
export function checkedMsFromTimestamp(ts: Timestamp | null | undefined, what: string): number | undefined {
  if (!ts) {
    return undefined;
  }
  const seconds = Number(ts.seconds ?? 0);
  const nanos = ts.nanos ?? 0;
  if (
    !Number.isFinite(seconds) ||
    seconds < MIN_TIMESTAMP_SECONDS ||
    seconds > MAX_TIMESTAMP_SECONDS ||
    !Number.isInteger(nanos) ||
    nanos < 0 ||
    nanos >= 1e9
  ) {
    throw new ValidationError(
      `${what} (${String(ts.seconds)} s, ${String(ts.nanos)} ns) is outside the timestamp range: use a time between the years 1 and 9999`
    );
  }
  return msFromTimestamp(ts);
}
