/**
 * Counters shown under each live panel: responses per second over a sliding window, rows held,
 * the newest timestamp, and the notices the datasource attached to its frames. Pure: the caller
 * passes the clock, so the figures are the same in tests and in the page.
 */
import { DataFrame, FieldType, QueryResultMetaNotice } from '@grafana/data';

/** A snapshot of one panel's stream. */
export interface StreamStatsSnapshot {
  framesPerSecond: number;
  responses: number;
  rows: number;
  series: number;
  latestTimeMs?: number;
  notices: QueryResultMetaNotice[];
}

/** Counts responses in a sliding window. */
export class ResponseRate {
  private readonly arrivals: number[] = [];
  private total = 0;

  constructor(private readonly windowMs = 2000) {}

  /** Records one response at `nowMs`. */
  record(nowMs: number): void {
    this.arrivals.push(nowMs);
    this.total++;
    this.trim(nowMs);
  }

  /** Responses per second over the window ending at `nowMs`. */
  perSecond(nowMs: number): number {
    this.trim(nowMs);
    return (this.arrivals.length * 1000) / this.windowMs;
  }

  /** Every response recorded since creation. */
  count(): number {
    return this.total;
  }

  private trim(nowMs: number): void {
    while (this.arrivals.length > 0 && this.arrivals[0] <= nowMs - this.windowMs) {
      this.arrivals.shift();
    }
  }
}

/** Summarises the frames a panel currently shows. */
export function summariseFrames(
  series: DataFrame[]
): Pick<StreamStatsSnapshot, 'rows' | 'series' | 'latestTimeMs' | 'notices'> {
  let rows = 0;
  let latestTimeMs: number | undefined;
  const notices: QueryResultMetaNotice[] = [];
  const seen = new Set<string>();
  let seriesCount = 0;
  for (const frame of series) {
    rows += frame.length;
    seriesCount += seriesIn(frame);
    const timeField = frame.fields.find((field) => field.type === FieldType.time);
    if (timeField && frame.length > 0) {
      const last = Number(timeField.values[frame.length - 1]);
      if (Number.isFinite(last) && (latestTimeMs === undefined || last > latestTimeMs)) {
        latestTimeMs = last;
      }
    }
    for (const notice of frame.meta?.notices ?? []) {
      const key = `${notice.severity}:${notice.text}`;
      if (!seen.has(key)) {
        seen.add(key);
        notices.push(notice);
      }
    }
  }
  return { rows, series: seriesCount, latestTimeMs, notices };
}

/** The series of a frame: one, or one per label set of its fields (a Grafana Live wide frame holds several). */
function seriesIn(frame: DataFrame): number {
  const labelSets = new Set(
    frame.fields.filter((field) => field.type !== FieldType.time).map((field) => JSON.stringify(field.labels ?? {}))
  );
  return Math.max(1, labelSets.size);
}
