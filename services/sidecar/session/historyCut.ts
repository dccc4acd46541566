/**
 * Whether a finished history replay was cut short, and how to say so on the panel. The sidecar
 * knows two cuts for certain: the replay reached its message limit (the broker keeps the newest,
 * so nothing before the oldest delivered message was sent), and a history-only range that brought
 * nothing at all.
 */

export interface HistoryCut {
  /** Nothing before this broker time was delivered; undefined when nothing was. */
  fromMs?: number;
  note: string;
}

/**
 * The cut of a replay that brought `count` messages, the oldest at `oldestMs`; undefined when whole.
 * `limited`: the broker stated that the history limit left messages out (it does for resumes); a
 * backfill that reached `maxHistory` messages is taken as cut too, since the broker keeps the newest.
 */
export function historyCut(
  summary: { count: number; oldestMs?: number; limited?: boolean },
  request: { maxHistory: number; untilMs?: number }
): HistoryCut | undefined {
  if (summary.count === 0) {
    return request.untilMs === undefined ? undefined : { note: 'nothing is retained for this time range' };
  }
  const cut = summary.limited === true || summary.count >= request.maxHistory;
  if (!cut || summary.oldestMs === undefined) {
    return undefined;
  }
  // A broker limit below the asked one cuts at what it replayed.
  const limit = summary.limited === true ? Math.min(summary.count, request.maxHistory) : request.maxHistory;
  return {
    fromMs: summary.oldestMs,
    note: `showing from ${new Date(summary.oldestMs).toISOString()}; older data is not retained (at most ${limit} history messages are replayed)`,
  };
}
