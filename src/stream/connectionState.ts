import type { IoTError } from '../../common/errors/errors';

/** The stream client's connection, as panels and tests see it. */
export enum ConnectionState {
  /** No subscription wants a socket. */
  Idle = 'idle',
  Connecting = 'connecting',
  Open = 'open',
  /** The socket dropped; a retry is scheduled. */
  Reconnecting = 'reconnecting',
  /** close() was called; the client will not connect again. */
  Closed = 'closed',
}

/** A state change, emitted only when the state really changes. */
export interface ConnectionChange {
  previous: ConnectionState;
  state: ConnectionState;
  /** Why, for a person: e.g. "the sidecar closed the connection (1006)". */
  detail: string;
  /** Failed connection attempts in a row. */
  attempt: number;
  /** The failure behind a change to Reconnecting or Idle, with its cause; absent for other changes. */
  error?: IoTError;
}
