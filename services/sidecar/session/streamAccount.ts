/**
 * What one connection received of one stream (shared or a join's private one): the subscriptions it
 * serves on this connection and the counters its Status frames report.
 */
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
