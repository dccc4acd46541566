/**
 * Stream limits the query editor and the sidecar must agree on, in one place: a query the editor
 * accepts is one the sidecar honours as asked.
 */

/**
 * History messages replayed per subscription: the editor's maximum and the sidecar's default limit
 * (SIDECAR_MAX_HISTORY). A sidecar configured lower says so on the panel when it cuts a replay short.
 */
export const MAX_HISTORY_MESSAGES = 10_000;

/**
 * The lowest conflation rate (updates per second per series) a subscription may ask for: below it
 * a conflation window would outlast any useful panel refresh (and timers that long misfire).
 */
export const MIN_CONFLATION_RATE_HZ = 0.1;

/** The most frame updates a second a query may ask for: the editor's maximum and the backend's cap on Live packets. */
export const MAX_UPDATE_HZ = 60;
