/**
 * A stand-in for Grafana's data source proxy and BackendSrv, for running the real DataSource in
 * Node: HTTP calls are real fetches to the sidecar with the route's `Authorization: Bearer <key>`
 * header added, and the WebSocket is the `ws` package's, carrying the same header.
 */
import { from, type Observable } from 'rxjs';
import WebSocket from 'ws';
import type { FetchResponse } from '@grafana/runtime';
import type { Fetcher } from '../../src/api/SidecarApi';
import type { SocketLike, WebSocketFactory } from '../../src/stream/transport';

/** BackendSrv.fetch through the stand-in proxy. */
export function proxyFetcher(apiKey: string): Fetcher {
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
          const headers: Record<string, string> = { authorization: `Bearer ${apiKey}` };
          if (options.data !== undefined) {
            headers['content-type'] = 'application/json';
          }
          const response = await fetch(url, {
            method: options.method ?? 'GET',
            headers,
            body: options.data === undefined ? undefined : JSON.stringify(options.data),
          });
          const text = await response.text();
          let data: unknown = text;
          try {
            data = JSON.parse(text);
          } catch {
            // Not JSON: keep the text, as BackendSrv does.
          }
          if (!response.ok) {
            throw { status: response.status, statusText: response.statusText, data };
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
