/**
 * Whether a finished history replay was cut short, and how to say so on the panel. The sidecar
 * knows these cuts for certain: the replay reached its message limit (the broker keeps the newest,
 * so nothing before the oldest delivered message was sent), the broker stated that its own replay
 * cap or its retention left messages out, and a history-only range that brought nothing at all.
 */

export interface HistoryCut {
  /** Nothing before this broker time was delivered; undefined when nothing was. */
  fromMs?: number;
  note: string;
}

/** What a replay brought, as HistoryJoin sums it up. */
export interface ReplaySummary {
  count: number;
  oldestMs?: number;
  /** The broker stated that a history limit left messages out (it does for resumes and for its own cap). */
  limited?: boolean;
  /** The broker stated that retention evicted part of the asked range. */
  evicted?: boolean;
}

/**
 * The cut of a replay that brought `count` messages, the oldest at `oldestMs`; undefined when whole.
 * A backfill that reached `maxHistory` messages is taken as cut too, since the broker keeps the newest.
 */
export function historyCut(
  summary: ReplaySummary,
  request: { maxHistory: number; untilMs?: number }
): HistoryCut | undefined {
  if (summary.count === 0) {
    return request.untilMs === undefined && summary.evicted !== true
      ? undefined
      : { note: 'nothing is retained for this time range' };
  }
  if (summary.oldestMs === undefined) {
    return undefined;
  }
  const showing = `showing from ${new Date(summary.oldestMs).toISOString()}; older data is not retained`;
  if (summary.limited === true || summary.count >= request.maxHistory) {
    // A broker limit below the asked one cuts at what it replayed.
    const limit = summary.limited === true ? Math.min(summary.count, request.maxHistory) : request.maxHistory;
    return { fromMs: summary.oldestMs, note: `${showing} (at most ${limit} history messages are replayed)` };
  }
  if (summary.evicted === true) {
    return { fromMs: summary.oldestMs, note: `${showing} (the broker's retention dropped it)` };
  }
  return undefined;
}
