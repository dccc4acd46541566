/**
 * One connection's lag accounting: per stream it receives, what was sent and what the send queue
 * dropped for a slow client, reported to that stream's subscriptions as Status frames (LAGGING at
 * most once a second per stream while batches drop, then once when the queue has caught up).
 */
import type { SidecarMetrics } from '../metrics';
import { StreamState, statusFrame, type StreamStateValue } from '../stream/frames';
import type { QueuedBatchInfo } from './sendQueue';
import { StreamAccount } from './streamAccount';

/** Status frames about dropped batches go out at most this often per stream. */
const LAG_REPORT_INTERVAL_MS = 1_000;

export interface LagAccountingDeps {
  metrics: SidecarMetrics;
  now: () => number;
  /** Queues a control frame for the client. */
  sendControl: (frame: Buffer) => void;
  /** The state to report for a stream once its client has caught up. */
  stateOf: (streamId: number) => StreamStateValue;
}

export class LagAccounting {
  /** Every stream id this connection receives (shared and private). */
  private readonly accounts = new Map<number, StreamAccount>();

  constructor(private readonly deps: LagAccountingDeps) {}

  /** Starts accounting for a stream this connection now receives. */
  open(streamId: number): StreamAccount {
    const account = new StreamAccount(streamId);
    this.accounts.set(streamId, account);
    return account;
  }

  /** Stops accounting for a stream this connection no longer receives. */
  forget(streamId: number): void {
    this.accounts.delete(streamId);
  }

  /** A batch reached the socket. */
  batchSent(info: QueuedBatchInfo, bytes: number, now: number): void {
    const { metrics } = this.deps;
    metrics.messagesOut.inc(info.messageCount);
    metrics.bytesOut.inc(bytes);
    if (info.oldestBrokerTimeMs !== undefined) {
      metrics.sendLatency.observe(Math.max(0, now - info.oldestBrokerTimeMs) / 1000);
    }
    const account = this.accounts.get(info.streamId);
    if (account) {
      account.messagesSent += info.messageCount;
    }
  }

  /** The send queue dropped batches (oldest first) because the client reads too slowly. */
  batchesDropped(dropped: QueuedBatchInfo[]): void {
    const now = this.deps.now();
    let messages = 0;
    const touched = new Set<StreamAccount>();
    for (const info of dropped) {
      messages += info.messageCount;
      const account = this.accounts.get(info.streamId);
      if (account) {
        account.droppedBatches++;
        account.droppedMessages += info.messageCount;
        account.lagging = true;
        account.lastLagMs = info.oldestBrokerTimeMs === undefined ? 0 : now - info.oldestBrokerTimeMs;
        touched.add(account);
      }
    }
    this.deps.metrics.dropped.inc({ reason: 'slow_client' }, messages);
    for (const account of touched) {
      if (now - account.lastLagReportMs >= LAG_REPORT_INTERVAL_MS) {
        account.lastLagReportMs = now;
        this.report(
          account,
          StreamState.STATE_LAGGING,
          'this client reads slower than the stream: the oldest batches were dropped'
        );
      }
    }
  }

  /** Everything queued reached the socket: lagging streams are told they caught up. */
  drained(): void {
    for (const account of this.accounts.values()) {
      if (account.lagging) {
        account.lagging = false;
        this.report(account, this.deps.stateOf(account.streamId), 'caught up');
      }
    }
  }

  private report(account: StreamAccount, state: StreamStateValue, detail: string): void {
    for (const id of account.subscriptions) {
      this.deps.sendControl(
        statusFrame({
          subscriptionId: id,
          state,
          lagMs: account.lastLagMs,
          droppedBatches: account.droppedBatches,
          droppedMessages: account.droppedMessages,
          messagesSent: account.messagesSent,
          detail,
        })
      );
    }
  }
}
