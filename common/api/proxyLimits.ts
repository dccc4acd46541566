/**
 * How long a request may take end to end through Grafana's data source proxy, in one place for the
 * plugin (request deadlines, the command form) and the sidecar (the longest command wait).
 *
 * Grafana's proxy waits for an upstream's response headers at most `dataproxy.timeout` (30 s by
 * default) or the datasource's `jsonData.timeout`, then answers 504 with no body. A limit above that
 * can never be honoured, so every limit here stays below it.
 */

/** Grafana's default `dataproxy.timeout`, in ms. */
export const GRAFANA_PROXY_TIMEOUT_MS = 30_000;

/** Time kept for the hops around a command's wait (browser → proxy → sidecar → broker and back), in ms. */
export const PROXY_HEADROOM_MS = 5_000;

/** The longest wait for a device's command result: it ends, with the sidecar's own answer, before the proxy gives up. */
export const MAX_COMMAND_TIMEOUT_MS = GRAFANA_PROXY_TIMEOUT_MS - PROXY_HEADROOM_MS;

/** The command wait when none is given, in ms. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 5_000;

/** The longest deadline the plugin puts on one HTTP request: the proxy ends any longer one anyway. */
export const MAX_REQUEST_TIMEOUT_MS = GRAFANA_PROXY_TIMEOUT_MS;

/** The shortest request deadline the datasource settings accept, in ms. */
export const MIN_REQUEST_TIMEOUT_MS = 100;

/** The message for the proxy's own 504: it stopped waiting, whatever the sidecar was doing. */
export function proxyTimeoutMessage(path: string): string {
  return (
    `Grafana's data source proxy stopped waiting for ${path} (it waits at most dataproxy.timeout, ` +
    `${GRAFANA_PROXY_TIMEOUT_MS / 1000} s by default, or the datasource's timeout): try again, or ask for less`
  );
}
