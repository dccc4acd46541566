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
  /** The sidecar's statement that history was cut short; it stays for the stream's life. */
  historyNote?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The notices shown on the panel for a stream's health; none when all is well. */
export function streamNotices(health: StreamHealth): QueryResultMetaNotice[] {
  const notices: QueryResultMetaNotice[] = [];
  if (health.connection === ConnectionState.Connecting) {
    notices.push({ severity: 'info', text: 'connecting to the sidecar' });
  } else if (health.connection === ConnectionState.Reconnecting) {
    const why = health.connectionDetail ? ` (${health.connectionDetail})` : '';
    notices.push({ severity: 'warning', text: `reconnecting${why}` });
  }
  const status = health.status;
  if (status?.state === 'lagging') {
    notices.push({
      severity: 'warning',
      text: `lagging: ${count(Math.max(status.droppedMessages, health.droppedBySidecar))} dropped`,
    });
  } else if (status?.state === 'reconnecting' && health.connection === ConnectionState.Open) {
    notices.push({
      severity: 'warning',
      text: `the sidecar is reconnecting to the broker${status.detail ? `: ${status.detail}` : ''}`,
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
  if (health.problem) {
    notices.push({ severity: 'warning', text: `${health.problem.category}: ${health.problem.message}` });
  }
  return notices;
}
