import { backoffDelay, type BackoffOptions } from './backoff';

export interface ReconnectPolicyOptions {
  /** The full-jitter backoff between attempts. */
  backoff?: Partial<BackoffOptions>;
  /**
   * How long a connection must stay up before a loss counts as a fresh outage and the backoff
   * starts again from its first delay. 0: as soon as the other side accepts the connection.
   * A positive period keeps a server that accepts and then drops at once from being hammered.
   */
  healthyAfterMs?: number;
  /** Uniform in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
  /** Epoch ms; injectable so tests control time. */
  now?: () => number;
}

/** What to do after a loss. */
export interface RetryPlan {
  /** How long to wait before the next attempt, in ms. */
  delayMs: number;
  /** The attempt this retry is, counted from 1 in the current outage. */
  attempt: number;
  /** True for the first loss of an outage: the one worth a warning; its retries are debug lines. */
  firstOfOutage: boolean;
}

/**
 * The reconnect rule every client with a reconnect loop follows: a full-jitter backoff that grows
 * with each failed attempt, restarts only once a connection has been healthy for `healthyAfterMs`,
 * and tells which loss opens an outage so each outage is reported once. It owns no timer: the
 * client waits `delayMs` its own way. Isomorphic.
 */
export class ReconnectPolicy {
  private failures = 0;
  /** When the current connection was accepted; undefined while none is up. */
  private upSinceMs: number | undefined;
  private down = false;
  private readonly healthyAfterMs: number;
  private readonly now: () => number;

  constructor(private readonly options: ReconnectPolicyOptions = {}) {
    this.healthyAfterMs = options.healthyAfterMs ?? 0;
    this.now = options.now ?? Date.now;
  }

  /** Attempts made in the current outage; 0 when the last connection was healthy. */
  get attempts(): number {
    return this.failures;
  }

  /** True between a loss and the next accepted connection. */
  get inOutage(): boolean {
    return this.down;
  }

  /** The other side accepted the connection: the outage is over, and the clock of its health starts. */
  connected(): void {
    this.down = false;
    if (this.healthyAfterMs <= 0) {
      this.failures = 0;
      this.upSinceMs = undefined;
    } else {
      this.upSinceMs = this.now();
    }
  }

  /** The connection was lost or an attempt failed: the wait before the next attempt. */
  lost(): RetryPlan {
    const upSinceMs = this.upSinceMs;
    this.upSinceMs = undefined;
    // Only a connection that stayed up long enough restarts the backoff; a failed attempt keeps it
    // growing, however long ago the last good connection was accepted.
    if (upSinceMs !== undefined && this.now() - upSinceMs >= this.healthyAfterMs) {
      this.failures = 0;
    }
    const delayMs = backoffDelay(this.failures, this.options.backoff, this.options.random);
    this.failures++;
    const firstOfOutage = !this.down;
    this.down = true;
    return { delayMs, attempt: this.failures, firstOfOutage };
  }

  /** Forgets every attempt and outage (the client went idle or gave up): the next loss is a fresh one. */
  reset(): void {
    this.failures = 0;
    this.upSinceMs = undefined;
    this.down = false;
  }
}
