/**
 * A stand-in for Grafana's data source proxy and BackendSrv, for running the real DataSource in
 * Node (Grafana itself cannot run here): HTTP calls are real fetches to the sidecar. As Grafana's
 * proxy does, the stand-in matches src/plugin.json's routes, refuses a route whose reqRole the user
 * lacks with 403 `{"message":"plugin proxy route access denied"}`, adds the route's rendered
 * `Authorization` header, answers an upstream 401 as 400 "Authentication to data source failed"
 * and a request without headers after the proxy timeout as a bare 504. The WebSocket is the `ws`
 * package's, carrying the API key's header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { from, type Observable } from 'rxjs';
import WebSocket from 'ws';
import type { FetchResponse } from '@grafana/runtime';
import { GRAFANA_PROXY_TIMEOUT_MS } from '../../common/api/proxyLimits';
import { compileRoute, matchRoute, type RawRoute, type Role } from '../../services/preview/server/pluginRoutes';
import type { Fetcher } from '../../src/api/SidecarApi';
import type { SocketLike, WebSocketFactory } from '../../src/stream/transport';

const ROUTES = (
  JSON.parse(readFileSync(join(__dirname, '../../src/plugin.json'), 'utf8')) as { routes: RawRoute[] }
).routes.map(compileRoute);

export interface ProxyStandInOptions {
  /** The signed-in user's org role (default Admin). */
  role?: Role;
  /** The proxy's wait for response headers (default Grafana's dataproxy.timeout). */
  timeoutMs?: number;
}

/** What BackendSrv throws for a failed response. */
function failure(status: number, statusText: string, data: unknown) {
  return { status, statusText, data };
}

/** BackendSrv.fetch through the stand-in proxy; `apiKey` plays the datasource's secureJsonData.apiKey. */
export function proxyFetcher(apiKey: string, proxy: ProxyStandInOptions = {}): Fetcher {
  return {
    fetch<T>(options: {
      url: string;
      method?: string;
      data?: unknown;
      params?: Record<string, string>;
    }): Observable<FetchResponse<T>> {
      return from(
        (async () => {
          const url = new URL(options.url);
          for (const [name, value] of Object.entries(options.params ?? {})) {
            url.searchParams.set(name, value);
          }
          const method = options.method ?? 'GET';
          const match = matchRoute(ROUTES, url.pathname.replace(/^\/+/, ''), method, proxy.role ?? 'Admin');
          if (match.kind === 'denied') {
            throw failure(403, 'Forbidden', { message: 'plugin proxy route access denied' });
          }
          const headers: Record<string, string> = {};
          if (match.kind === 'matched') {
            for (const header of match.route.headers) {
              headers[header.name.toLowerCase()] = header.render({ JsonData: {}, SecureJsonData: { apiKey } });
            }
          }
          if (options.data !== undefined) {
            headers['content-type'] = 'application/json';
          }
          let response: Response;
          try {
            response = await fetch(url, {
              method,
              headers,
              body: options.data === undefined ? undefined : JSON.stringify(options.data),
              signal: AbortSignal.timeout(proxy.timeoutMs ?? GRAFANA_PROXY_TIMEOUT_MS),
            });
          } catch (err) {
            if ((err as Error).name === 'TimeoutError') {
              throw failure(504, 'Gateway Timeout', '');
            }
            throw failure(502, 'Bad Gateway', '');
          }
          if (response.status === 401) {
            await response.body?.cancel();
            throw failure(400, 'Bad Request', 'Authentication to data source failed');
          }
          const text = await response.text();
          let data: unknown = text;
          try {
            data = JSON.parse(text);
          } catch {
            // Not JSON: keep the text, as BackendSrv does.
          }
          if (!response.ok) {
            throw failure(response.status, response.statusText, data);
          }
          return {
            data: data as T,
            status: response.status,
            statusText: response.statusText,
            ok: true,
          } as FetchResponse<T>;
        })()
      );
    },
  };
}

/** The `ws` WebSocket with the route's header, as the DataSource's socket factory. */
export function proxySocketFactory(apiKey: string): WebSocketFactory {
  return (url) => new WebSocket(url, { headers: { authorization: `Bearer ${apiKey}` } }) as unknown as SocketLike;
}
