/**
 * The little of a WebSocket the stream client uses. Browsers supply their own WebSocket; Node
 * hosts (tests, benchmarks) pass the `ws` package's, which has the same shape.
 */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

/** Opens a socket to a ws:// or wss:// URL. */
export type WebSocketFactory = (url: string) => SocketLike;

/** WebSocket.OPEN, spelled out so Node hosts without a global WebSocket can use it. */
export const SOCKET_OPEN = 1;

/** The browser's own WebSocket; throws where there is none, so a Node host must inject one. */
export const browserWebSocketFactory: WebSocketFactory = (url) => {
  const Impl = (globalThis as { WebSocket?: new (url: string) => SocketLike }).WebSocket;
  if (!Impl) {
    throw new Error('no WebSocket implementation here: pass createSocket (e.g. from the ws package)');
  }
  return new Impl(url);
};

/**
 * The proxy URL as the page must request it. Grafana's `instanceSettings.url` is
 * `/api/datasources/proxy/uid/<uid>` even when Grafana is served under a sub-path (`root_url` with
 * `serve_from_sub_path`); BackendSrv adds `config.appSubUrl` to its requests, a WebSocket URL must too.
 */
export function withAppSubUrl(proxyUrl: string, appSubUrl = ''): string {
  const subUrl = appSubUrl.replace(/\/+$/, '');
  if (subUrl === '' || !proxyUrl.startsWith('/') || proxyUrl === subUrl || proxyUrl.startsWith(`${subUrl}/`)) {
    return proxyUrl;
  }
  return subUrl + proxyUrl;
}

/** The WebSocket URL of the sidecar's stream endpoint behind a data source proxy URL. */
export function streamUrl(proxyUrl: string, base: string, appSubUrl = '', path = '/api/stream'): string {
  const url = new URL(withAppSubUrl(proxyUrl, appSubUrl).replace(/\/+$/, '') + path, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
  return url.toString();
}
