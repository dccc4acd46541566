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

/** The cut of a replay that brought `count` messages, the oldest at `oldestMs`; undefined when whole. */
export function historyCut(
  summary: { count: number; oldestMs?: number },
  request: { maxHistory: number; untilMs?: number }
): HistoryCut | undefined {
  if (summary.count === 0) {
    return request.untilMs === undefined ? undefined : { note: 'nothing is retained for this time range' };
  }
  if (summary.count < request.maxHistory || summary.oldestMs === undefined) {
    return undefined;
  }
  return {
    fromMs: summary.oldestMs,
    note: `showing from ${new Date(summary.oldestMs).toISOString()}; older data is not retained (at most ${request.maxHistory} history messages are replayed)`,
  };
}
