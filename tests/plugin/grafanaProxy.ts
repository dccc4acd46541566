/**
 * Grafana's side of the DataSource, for running the real DataSource in Node (Grafana itself cannot
 * run here). Requests and WebSocket upgrades go through the preview host's data source proxy
 * (services/preview/server/dataSourceProxy: src/plugin.json's routes, their reqRole, their rendered
 * headers, an upstream 401 answered as 400, a timeout as 504), served on a loopback port with one
 * proxied datasource per uid. The fetcher has BackendSrv's error semantics; the socket is `ws`'s.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { from, type Observable } from 'rxjs';
import WebSocket from 'ws';
import type { FetchResponse } from '@grafana/runtime';
import { GRAFANA_PROXY_TIMEOUT_MS } from '../../common/api/proxyLimits';
import { PROXY_PREFIX, proxyPathFor } from '../../services/preview/server/previewPaths';
import { createDataSourceProxy } from '../../services/preview/server/dataSourceProxy';
import { DataSourceStore } from '../../services/preview/server/dataSourceStore';
import { compileRoute, type RawRoute, type Role } from '../../services/preview/server/pluginRoutes';
import type { Fetcher } from '../../src/api/SidecarApi';
import type { SocketLike, WebSocketFactory } from '../../src/stream/transport';

const ROUTES = (
  JSON.parse(readFileSync(join(__dirname, '../../src/plugin.json'), 'utf8')) as { routes: RawRoute[] }
).routes.map(compileRoute);

/** One datasource behind the proxy. */
export interface ProxiedDataSource {
  /** The upstream (sidecar) URL. */
  url: string;
  /** The datasource's secureJsonData.apiKey, which the route renders into its Authorization header. */
  apiKey: string;
  /** The signed-in user's org role (default Admin). */
  role?: Role;
  /** The proxy's wait for response headers (default Grafana's dataproxy.timeout). */
  timeoutMs?: number;
}

type Proxy = ReturnType<typeof createDataSourceProxy>;

/** A loopback server playing Grafana's `/api/datasources/proxy/uid/<uid>/…` for any number of datasources. */
export class GrafanaProxyHost {
  private readonly proxies = new Map<string, Proxy>();

  private constructor(
    private readonly server: Server,
    private readonly origin: string
  ) {}

  /** Starts the host on a free loopback port. */
  static async start(): Promise<GrafanaProxyHost> {
    let host: GrafanaProxyHost | undefined;
    const server = createServer((req, res) => host?.onRequest(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => host?.onUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = new GrafanaProxyHost(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return host;
  }

  /** Puts a datasource behind the proxy; returns its instance URL, as Grafana gives it to the DataSource. */
  add(uid: string, dataSource: ProxiedDataSource): string {
    const store = new DataSourceStore(
      {
        id: this.proxies.size + 1,
        uid,
        name: uid,
        type: 'iotlive-grpc-datasource',
        url: dataSource.url,
        jsonData: {},
        secureJsonData: { apiKey: dataSource.apiKey },
      },
      'IoT Live'
    );
    this.proxies.set(
      uid,
      createDataSourceProxy({
        store,
        routes: () => ROUTES,
        role: dataSource.role ?? 'Admin',
        upstreamTimeoutMs: dataSource.timeoutMs ?? GRAFANA_PROXY_TIMEOUT_MS,
        userAgent: 'Grafana/integration-test',
      })
    );
    return `${this.origin}${PROXY_PREFIX}${encodeURIComponent(uid)}`;
  }

  /** Stops serving every datasource and cuts their WebSockets. */
  async close(): Promise<void> {
    for (const proxy of this.proxies.values()) {
      proxy.closeAll();
    }
    this.proxies.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The datasource a path is for, and the path after its uid. */
  private route(req: IncomingMessage): { proxy: Proxy; proxyPath: string; search: string } | undefined {
    const url = new URL(req.url ?? '/', this.origin);
    if (!url.pathname.startsWith(PROXY_PREFIX)) {
      return undefined;
    }
    for (const [uid, proxy] of this.proxies) {
      const proxyPath = proxyPathFor(url.pathname, uid);
      if (proxyPath !== undefined) {
        return { proxy, proxyPath, search: url.search };
      }
    }
    return undefined;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const target = this.route(req);
    if (!target) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Data source not found"}');
      return;
    }
    target.proxy.handleRequest(req, res, target.proxyPath, target.search);
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = this.route(req);
    if (!target) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    target.proxy.handleUpgrade(req, socket, head, target.proxyPath, target.search);
  }
}

/** What BackendSrv throws for a failed response. */
function failure(status: number, statusText: string, data: unknown) {
  return { status, statusText, data };
}

/** BackendSrv.fetch: a real fetch; a non-2xx answer throws `{ status, statusText, data }`, data parsed as JSON when it is. */
export const backendSrvFetcher: Fetcher = {
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
        let response: Response;
        try {
          response = await fetch(url, {
            method: options.method ?? 'GET',
            headers: options.data === undefined ? {} : { 'content-type': 'application/json' },
            body: options.data === undefined ? undefined : JSON.stringify(options.data),
          });
        } catch {
          throw failure(502, 'Bad Gateway', '');
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

/** The `ws` WebSocket as the DataSource's socket factory; the proxy adds the credentials. */
export const webSocketFactory: WebSocketFactory = (url) => new WebSocket(url) as unknown as SocketLike;
