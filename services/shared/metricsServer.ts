/**
 * Serves a service's /metrics (and /healthz) over plain HTTP on an address of its own, apart from
 * any browser- or client-facing listener, so scraping needs no key and exposes nothing else.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { parseListenAddress } from './config/listenAddress';

export interface MetricsServer {
  /** host:port actually bound. */
  readonly address: string;
  readonly url: string;
  /** Stops listening; safe to call twice. */
  close(): Promise<void>;
}

/** Starts serving `registry` on `listen` (host:port; port 0 picks a free one). */
export async function startMetricsServer(registry: Registry, listen: string): Promise<MetricsServer> {
  const { host, port } = parseListenAddress(listen);
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || (path !== '/metrics' && path !== '/healthz')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try GET /metrics\n');
      return;
    }
    if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (err: unknown) =>
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${String(err)}\n`)
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const address = `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`;
  let closing: Promise<void> | undefined;
  return {
    address,
    url: `http://${address}/metrics`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
