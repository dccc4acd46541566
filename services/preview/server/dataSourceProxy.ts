/**
 * A stand-in for Grafana's data source proxy (`/api/datasources/proxy/uid/<uid>/<path>`): it matches
 * plugin.json routes, enforces their `reqRole`, injects their headers rendered from the server-side
 * secrets, scrubs browser headers the way Grafana does, and forwards plain requests, streamed
 * responses and WebSocket upgrades to the datasource URL.
 */
import { request as httpRequest, IncomingMessage, OutgoingHttpHeaders, ServerResponse, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Duplex } from 'node:stream';
import { DataSourceStore } from './dataSourceStore';
import { matchRoute, PluginRoute, Role } from './pluginRoutes';
import { compileRouteTemplate } from './routeTemplate';

/** How the proxy is set up. */
export interface DataSourceProxyOptions {
  store: DataSourceStore;
  /** Returns the routes of the built plugin.json; called per request so a rebuild is picked up. */
  routes: () => PluginRoute[];
  /** The role of the (only) preview user. */
  role: Role;
  /**
   * Deadline for an upstream request to answer with headers, in ms (Grafana's `dataproxy.timeout`);
   * a datasource's `jsonData.timeout` (seconds) replaces it, as in Grafana.
   */
  upstreamTimeoutMs: number;
  /** Sent as User-Agent upstream, as Grafana sends "Grafana/<version>". */
  userAgent: string;
  onError?: (message: string, error: unknown) => void;
}

/** Where one proxied request goes, with which headers, and how long to wait for its headers. */
export interface ProxyTarget {
  url: URL;
  headers: OutgoingHttpHeaders;
  timeoutMs: number;
}

/** Grafana's body for an upstream 401, which it answers as 400 (text/plain, not JSON). */
export const AUTH_FAILED_BODY = 'Authentication to data source failed';

/** Marks the error a request is destroyed with when the proxy stops waiting for headers. */
class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
}

/** Thrown when a request must be refused before reaching upstream. */
export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

// Hop-by-hop headers never cross a proxy (RFC 9110 §7.6.1); upgrades re-add theirs explicitly.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

// Headers Grafana removes before forwarding: the browser's own credentials and CORS context.
const SCRUBBED = new Set(['cookie', 'authorization', 'origin', 'referer', 'host', 'x-grafana-org-id']);

/** Creates the proxy; `handleRequest` and `handleUpgrade` take the path after `/proxy/uid/<uid>/`. */
export function createDataSourceProxy(options: DataSourceProxyOptions) {
  const openSockets = new Set<Duplex>();

  const resolveTarget = (req: IncomingMessage, proxyPath: string, search: string, upgrade: boolean): ProxyTarget => {
    const ds = options.store.get();
    if (!ds.url) {
      throw new ProxyRefusal(400, 'The datasource has no URL');
    }
    const match = matchRoute(options.routes(), proxyPath, req.method ?? 'GET', options.role);
    if (match.kind === 'denied') {
      throw new ProxyRefusal(403, match.reason);
    }
    const data = { JsonData: ds.jsonData, SecureJsonData: ds.secureJsonData };
    let base = new URL(ds.url);
    let rest = proxyPath;
    if (match.kind === 'matched' && match.route.url) {
      base = new URL(compileRouteTemplate(match.route.url)(data));
      rest = proxyPath.slice(match.route.path.length);
    }
    const url = new URL(base.href);
    url.pathname = joinUrlPath(base.pathname, rest);
    url.search = search;

    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      const lower = name.toLowerCase();
      if (SCRUBBED.has(lower) || (!upgrade && HOP_BY_HOP.has(lower)) || value === undefined) {
        continue;
      }
      headers[lower] = value;
    }
    headers['user-agent'] = options.userAgent;
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers.host = url.host;
    if (match.kind === 'matched') {
      for (const header of match.route.headers) {
        headers[header.name.toLowerCase()] = header.render(data);
      }
    }
    const dsTimeoutSeconds = Number(ds.jsonData.timeout);
    const timeoutMs = dsTimeoutSeconds > 0 ? dsTimeoutSeconds * 1000 : options.upstreamTimeoutMs;
    return { url, headers, timeoutMs };
  };

  /** Destroys `upstream` unless it answers with headers (or an upgrade) within the target's deadline. */
  const awaitHeaders = (upstream: ReturnType<typeof httpRequest>, target: ProxyTarget) => {
    const timer = setTimeout(() => upstream.destroy(new UpstreamTimeout('upstream timed out')), target.timeoutMs);
    const clear = () => clearTimeout(timer);
    upstream.once('response', clear);
    upstream.once('upgrade', clear);
    upstream.once('close', clear);
  };

  /** Forwards one HTTP request and streams the answer back. */
  const handleRequest = (req: IncomingMessage, res: ServerResponse, proxyPath: string, search: string): void => {
    let target: ProxyTarget;
    try {
      target = resolveTarget(req, proxyPath, search, false);
    } catch (error) {
      sendRefusal(res, error);
      return;
    }
    const upstream = requestFor(target.url)(target.url, { method: req.method, headers: target.headers });
    awaitHeaders(upstream, target);
    upstream.on('response', (upstreamRes) => {
      // Grafana turns an upstream 401 into a 400 so the browser is not sent back to Grafana's login.
      if (upstreamRes.statusCode === 401) {
        upstreamRes.resume();
        sendText(res, 400, AUTH_FAILED_BODY);
        return;
      }
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(upstreamRes.headers)) {
        if (!HOP_BY_HOP.has(name) && name !== 'set-cookie' && value !== undefined) {
          headers[name] = value;
        }
      }
      res.writeHead(upstreamRes.statusCode ?? 502, headers);
      // Streamed responses are flushed as they arrive, like Grafana's 200 ms flush interval but sooner.
      upstreamRes.pipe(res);
    });
    upstream.on('error', (error) => {
      options.onError?.('data source proxy request failed', error);
      if (!res.headersSent) {
        // Grafana answers a timeout with 504 and any other failure with 502, both without a body.
        res.writeHead(error instanceof UpstreamTimeout ? 504 : 502).end();
      } else {
        res.destroy();
      }
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };

  /** Forwards a WebSocket upgrade and then pipes raw bytes both ways. */
  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer, proxyPath: string, search: string) => {
    let target: ProxyTarget;
    try {
      target = resolveTarget(req, proxyPath, search, true);
    } catch (error) {
      const status = error instanceof ProxyRefusal ? error.status : 500;
      const message = error instanceof Error ? error.message : 'proxy error';
      writeRawResponse(socket, status, JSON.stringify({ message }));
      return;
    }
    track(socket);
    socket.on('error', () => socket.destroy());
    const upstream = requestFor(target.url)(target.url, { method: 'GET', headers: target.headers });
    awaitHeaders(upstream, target);
    upstream.on('upgrade', (upstreamRes, upstreamSocket, upstreamHead) => {
      track(upstreamSocket);
      const lines = [`HTTP/1.1 101 ${upstreamRes.statusMessage ?? 'Switching Protocols'}`];
      for (let i = 0; i < upstreamRes.rawHeaders.length; i += 2) {
        lines.push(`${upstreamRes.rawHeaders[i]}: ${upstreamRes.rawHeaders[i + 1]}`);
      }
      socket.write(lines.join('\r\n') + '\r\n\r\n');
      if (upstreamHead.length > 0) {
        socket.write(upstreamHead);
      }
      if (head.length > 0) {
        upstreamSocket.write(head);
      }
      upstreamSocket.on('error', () => socket.destroy());
      socket.on('error', () => upstreamSocket.destroy());
      upstreamSocket.on('close', () => socket.destroy());
      socket.on('close', () => upstreamSocket.destroy());
      upstreamSocket.pipe(socket);
      socket.pipe(upstreamSocket);
    });
    upstream.on('response', (upstreamRes) => {
      // The upstream refused the upgrade: relay its answer (401 → 400 as for plain requests) and close.
      const chunks: Buffer[] = [];
      upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstreamRes.on('end', () => {
        if (upstreamRes.statusCode === 401) {
          writeRawResponse(socket, 400, AUTH_FAILED_BODY, 'text/plain; charset=utf-8');
          return;
        }
        writeRawResponse(socket, upstreamRes.statusCode ?? 502, Buffer.concat(chunks).toString('utf8'));
      });
    });
    upstream.on('error', (error) => {
      options.onError?.('data source proxy upgrade failed', error);
      writeRawResponse(socket, error instanceof UpstreamTimeout ? 504 : 502, '');
    });
    upstream.end();
  };

  const track = (socket: Duplex) => {
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  };

  /** Cuts every proxied WebSocket (the server's close() does not see upgraded sockets). */
  const closeAll = () => {
    for (const socket of openSockets) {
      socket.destroy();
    }
    openSockets.clear();
  };

  return { handleRequest, handleUpgrade, closeAll, resolveTarget };
}

/** Joins a base path and a relative path with exactly one slash between them. */
export function joinUrlPath(base: string, rest: string): string {
  if (rest === '') {
    return base;
  }
  return `${base.replace(/\/+$/, '')}/${rest.replace(/^\/+/, '')}`;
}

function requestFor(url: URL) {
  return url.protocol === 'https:' ? httpsRequest : httpRequest;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendRefusal(res: ServerResponse, error: unknown) {
  if (error instanceof ProxyRefusal) {
    sendJson(res, error.status, { message: error.message });
  } else {
    sendJson(res, 500, { message: error instanceof Error ? error.message : 'proxy error' });
  }
}

function writeRawResponse(socket: Duplex, status: number, body: string, contentType = 'application/json') {
  if (socket.destroyed) {
    return;
  }
  const length = Buffer.byteLength(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      `Content-Type: ${contentType}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${body}`
  );
}
