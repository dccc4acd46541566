import type { QueryResultMetaNotice } from '@grafana/data';
import type { ErrorCategory } from '../../common/errors/errors';
import { ConnectionState } from '../stream/connectionState';
import type { SubscriptionStatus } from '../stream/subscriptionTypes';

/** What a panel should know about its stream, gathered from the client and the sidecar. */
export interface StreamHealth {
  connection: ConnectionState;
  connectionDetail: string;
  status?: SubscriptionStatus;
  /** Messages the sidecar reported as left out (conflated or dropped). */
  droppedBySidecar: number;
  /** Rows dropped because the query reached its series limit. */
  droppedBySeriesLimit: number;
  maxSeries: number;
  /** The latest non-fatal problem the sidecar reported. */
  problem?: { category: ErrorCategory; message: string };
  /** Messages the sidecar dropped because this browser read too slowly (over every connection). */
  slowClientDrops?: number;
  /** When slowClientDrops last grew (epoch ms). */
  slowClientDropAtMs?: number;
  /** The sidecar's statement that history was cut short; it stays for the stream's life. */
  historyNote?: string;
  /** Messages with nothing to plot, by why (payload type, or a path that leads to an object). */
  unplotted?: Map<string, number>;
}

/** Adds a batch's counts of messages with nothing to plot to the stream's. */
export function addUnplotted(health: StreamHealth, counts: ReadonlyMap<string, number> | undefined): void {
  if (!counts) {
    return;
  }
  health.unplotted ??= new Map();
  for (const [note, n] of counts) {
    health.unplotted.set(note, (health.unplotted.get(note) ?? 0) + n);
  }
}

/** How long a drop notice stays on the panel after the browser caught up. */
export const DROP_NOTICE_MS = 60_000;

const count = (n: number) => n.toLocaleString('en-US');

/** The sidecar's detail without a prefix that only repeats what the notice already says. */
function brokerOutageCause(detail: string): string {
  return detail.replace(/^(\s*reconnecting to the broker\s*:?\s*)+/i, '').trim();
}

/** True while the stream is not delivering live data: the panel must not look healthy then. */
export function isOutage(health: StreamHealth): boolean {
  // Idle: the client has not started connecting for this stream yet, so nothing is live either.
  return (
    health.connection === ConnectionState.Idle ||
    health.connection === ConnectionState.Connecting ||
    health.connection === ConnectionState.Reconnecting ||
    health.status?.state === 'reconnecting'
  );
}

/** The notices shown on the panel for a stream's health at `nowMs`; none when all is well. */
export function streamNotices(health: StreamHealth, nowMs = 0): QueryResultMetaNotice[] {
  const notices: QueryResultMetaNotice[] = [];
  if (health.connection === ConnectionState.Connecting) {
    notices.push({ severity: 'info', text: 'connecting to the sidecar' });
  } else if (health.connection === ConnectionState.Reconnecting) {
    const why = health.connectionDetail ? `: ${health.connectionDetail}` : '';
    notices.push({ severity: 'warning', text: `not live, reconnecting${why}` });
  }
  const status = health.status;
  const slowDrops = Math.max(health.slowClientDrops ?? 0, status?.state === 'lagging' ? status.droppedMessages : 0);
  const recentDrop =
    slowDrops > 0 && health.slowClientDropAtMs !== undefined && nowMs - health.slowClientDropAtMs < DROP_NOTICE_MS;
  if (status?.state === 'lagging' || recentDrop) {
    notices.push({
      severity: 'warning',
      text: `${count(slowDrops)} messages dropped: this browser could not keep up (consider conflation or a lower update rate)`,
    });
  }
  if (status?.state === 'reconnecting' && health.connection === ConnectionState.Open) {
    const cause = brokerOutageCause(status.detail);
    notices.push({
      severity: 'warning',
      text: `not live: the sidecar lost the broker and is reconnecting${cause ? ` (${cause})` : ''}`,
    });
  } else if (health.droppedBySidecar > 0) {
    notices.push({
      severity: 'info',
      text: `${count(health.droppedBySidecar)} messages conflated or dropped by the sidecar`,
    });
  }
  if (health.droppedBySeriesLimit > 0) {
    notices.push({
      severity: 'warning',
      text: `series limit (${health.maxSeries}) reached: ${count(health.droppedBySeriesLimit)} samples not shown`,
    });
  }
  if (health.historyNote) {
    notices.push({ severity: 'info', text: health.historyNote });
  }
  for (const [note, n] of health.unplotted ?? []) {
    notices.push({ severity: 'warning', text: `${note} (${count(n)} message${n === 1 ? '' : 's'})` });
  }
  if (health.problem) {
    notices.push({ severity: 'warning', text: `${health.problem.category}: ${health.problem.message}` });
  }
  return notices;
}
