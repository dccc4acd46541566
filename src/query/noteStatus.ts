import { ConnectionState } from '../stream/connectionState';
import type { SubscriptionStatus } from '../stream/subscriptionTypes';
import type { StreamHealth } from './streamNotices';

/** Per-stream memory of the sidecar's cumulative drop counts, which restart with each connection. */
export interface DropCounter {
  /** Drops counted on earlier connections. */
  earlier: number;
  /** The last cumulative count of the current connection. */
  current: number;
}

/**
 * Records a status the sidecar sent into the stream's health, keeping the count of messages
 * dropped for a slow browser and when it last grew, so the panel can say so for a while after
 * the browser caught up (a stall can begin and end between two redraws).
 */
export function noteStatus(
  health: StreamHealth,
  counter: DropCounter,
  status: SubscriptionStatus,
  nowMs: number
): void {
  health.status = status;
  // A smaller count means a new connection (the client's own "reconnecting" status counts 0).
  if (status.droppedMessages < counter.current) {
    counter.earlier += counter.current;
  }
  counter.current = status.droppedMessages;
  const total = counter.earlier + counter.current;
  if (total > (health.slowClientDrops ?? 0)) {
    health.slowClientDrops = total;
    health.slowClientDropAtMs = nowMs;
  }
}

/** Records a connection change; a status the client made up for the lost socket ends with it. */
export function noteConnection(health: StreamHealth, state: ConnectionState, detail: string): void {
  health.connection = state;
  health.connectionDetail = detail;
  if (state === ConnectionState.Open && health.status?.state === 'reconnecting') {
    health.status = undefined;
  }
}
