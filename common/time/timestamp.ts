import type { Timestamp } from '../proto';

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
