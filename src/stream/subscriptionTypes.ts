import type { ErrorCategory } from '../../common/errors/errors';
import type { ConflationMode } from '../../common/proto/conflation';
import type { SubscriptionState } from '../../common/proto/subscriptionState';
import type { MessageBatch } from './batchTypes';

/** Options that shape what the sidecar sends; subscriptions with equal options are shared. */
export interface StreamOptions {
  conflation: ConflationMode;
  /** With conflation: at most this many values per second per series. */
  maxRateHz: number;
  /** The most history messages to replay (0: the sidecar's limit). */
  maxHistory: number;
}

export interface SubscriptionRequest {
  filter: string;
  options: StreamOptions;
  /** Backfill from this broker time (epoch ms); undefined: live only. */
  sinceMs?: number;
  /** History only, up to this broker time (exclusive); the subscription then completes. */
  untilMs?: number;
}

export type { SubscriptionState } from '../../common/proto/subscriptionState';

/** What the sidecar last said about a subscription (or, for subscription 0, the connection). */
export interface SubscriptionStatus {
  state: SubscriptionState;
  lagMs: number;
  droppedBatches: number;
  droppedMessages: number;
  detail: string;
  /** The sidecar's statement that the history replay was cut short, in words for the panel. */
  historyNote?: string;
}

/** What a consumer of StreamClient.subscribe() receives. Fatal errors end the Observable. */
export type SubscriptionEvent =
  | { kind: 'batch'; batch: MessageBatch }
  | { kind: 'status'; status: SubscriptionStatus }
  | { kind: 'notice'; category: ErrorCategory; message: string };
