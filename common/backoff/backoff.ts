/** Options of an exponential backoff with full jitter. */
export interface BackoffOptions {
  /** Delay ceiling of the first retry, in ms. */
  initialMs: number;
  /** The largest delay ever returned, in ms. */
  maxMs: number;
  /** Growth per attempt. */
  factor: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 15_000, factor: 2 };

/**
 * The delay before retry number `attempt` (0-based): uniformly random in [0, min(max, initial·factor^attempt)].
 * Full jitter spreads reconnecting clients so a restarted server is not hit by all of them at once.
 * `random` is injectable so tests are deterministic.
 */
export function backoffDelay(attempt: number, options: Partial<BackoffOptions> = {}, random: () => number = Math.random): number {
  const { initialMs, maxMs, factor } = { ...DEFAULT_BACKOFF, ...options };
  const ceiling = Math.min(maxMs, initialMs * Math.pow(factor, Math.max(0, attempt)));
  return Math.floor(random() * ceiling);
}
