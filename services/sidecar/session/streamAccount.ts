/**
 * What one connection received of one stream (shared or a join's private one): the subscriptions it
 * serves on this connection and the counters its Status frames report.
 */
import { StreamState, type StreamStateValue } from '../stream/frames';
import type { SharedStreamState } from '../stream/sharedStream';

export class StreamAccount {
  readonly subscriptions = new Set<number>();
  droppedBatches = 0;
  droppedMessages = 0;
  messagesSent = 0;
  lagging = false;
  lastLagReportMs = Number.NEGATIVE_INFINITY;
  lastLagMs = 0;

  constructor(readonly streamId: number) {}
}

/** The wire state of a shared stream's state. */
export function wireState(state: SharedStreamState): StreamStateValue {
  switch (state) {
    case 'live':
      return StreamState.STATE_LIVE;
    case 'reconnecting':
    case 'failed':
      return StreamState.STATE_RECONNECTING;
    default:
      return StreamState.STATE_CONNECTING;
  }
}
