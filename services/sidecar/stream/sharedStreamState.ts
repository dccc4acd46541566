/**
 * The lifecycle of a shared stream, in the subscription vocabulary (common/proto/subscriptionState)
 * plus the states only the sidecar has, and the one mapping to what its subscribers are told.
 */
import { StreamState } from '../../../common/proto';
import type { SubscriptionState, WireState } from '../../../common/proto/subscriptionState';

/**
 * connecting, live and reconnecting mean what they mean on the wire; idle (not started), failed (the
 * broker refused it, retrying) and closed (stopped for good) are the sidecar's own.
 */
export type SharedStreamState =
  Extract<SubscriptionState, 'connecting' | 'live' | 'reconnecting'> | 'idle' | 'failed' | 'closed';

const WIRE_STATES: Record<SharedStreamState, WireState> = {
  idle: StreamState.STATE_CONNECTING,
  connecting: StreamState.STATE_CONNECTING,
  live: StreamState.STATE_LIVE,
  reconnecting: StreamState.STATE_RECONNECTING,
  failed: StreamState.STATE_RECONNECTING,
  closed: StreamState.STATE_CONNECTING,
};

/** The state a subscriber of a shared stream is told in its Status frames. */
export function wireState(state: SharedStreamState): WireState {
  return WIRE_STATES[state];
}
