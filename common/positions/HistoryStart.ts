import type { StreamPosition } from './StreamPositions';

/**
 * Where a subscription's history starts: SubscribeRequest's after_sequence, since and from, as the
 * broker and the sidecar both read them. A subscription with none of them is live only.
 */
export interface HistoryStart {
  /** Replay messages with a sequence greater than this. */
  afterSequence?: number;
  /** Replay messages with a broker time at or after this (epoch ms). */
  sinceMs?: number;
  /**
   * Resume: every message after this position, overriding afterSequence and sinceMs. A position in
   * another epoch replays the current history from its start (not recovered).
   */
  from?: StreamPosition;
}
