/**
 * The naive baseline: what today's streaming datasources do with each message. Parse its JSON into
 * a new one-row data frame, and append that row to the panel's buffer the way a live frame is
 * grown in the browser: push onto plain arrays, then splice the oldest rows off past the capacity.
 * Isomorphic.
 */
import { dataFrameFromJSON, type DataFrameJSON } from '@grafana/data';

interface SeriesBuffer {
  time: number[];
  values: number[];
}

/** Runs every message through parse → one-row frame → append, and times it. */
export function runNaivePipeline(
  messages: string[],
  capacity: number,
  now: () => number
): { elapsedMs: number; rowsHeld: number } {
  const buffers = new Map<string, SeriesBuffer>();
  const t0 = now();
  for (const text of messages) {
    const frame = dataFrameFromJSON(JSON.parse(text) as DataFrameJSON);
    const key = `${frame.name}/${frame.fields[1].name}`;
    let buffer = buffers.get(key);
    if (!buffer) {
      buffer = { time: [], values: [] };
      buffers.set(key, buffer);
    }
    buffer.time.push(frame.fields[0].values[0] as number);
    buffer.values.push(frame.fields[1].values[0] as number);
    if (buffer.time.length > capacity) {
      const excess = buffer.time.length - capacity;
      buffer.time.splice(0, excess);
      buffer.values.splice(0, excess);
    }
  }
  const elapsedMs = now() - t0;
  let rowsHeld = 0;
  for (const buffer of buffers.values()) {
    rowsHeld += buffer.time.length;
  }
  return { elapsedMs, rowsHeld };
}
