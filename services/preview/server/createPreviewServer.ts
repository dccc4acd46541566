/**
 * The preview host's HTTP server: the page, the app bundle, the built plugin's files under Grafana's
 * `/public/plugins/<id>/` path, Grafana's datasource settings API for the one datasource, and the
 * data source proxy (plain requests and WebSocket upgrades). With a sub-path (Grafana's `root_url` with
 * `serve_from_sub_path`) every one of these lives under it and the page boots with `appSubUrl` set.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { PreviewBootData, PreviewDashboard } from '../shared/bootData';
import { BuiltPlugin } from './builtPlugin';
import { createDataSourceProxy } from './dataSourceProxy';
import { describe, HttpError, readJsonBody, sendJson } from './jsonExchange';
import { pathWithinSubPath, PROXY_PREFIX, proxyPathFor } from './previewPaths';
import { DataSourceStore, DataSourceUpdate, StoredDataSource } from './dataSourceStore';
import { LIVE_WS_PATH } from '../shared/liveProtocol';
import { LiveHub, type LiveStreamBackend } from './live/LiveHub';
import { createLiveSocketServer, type LiveSocketServer } from './live/liveSocketServer';
import { pluginContext, type PluginBackendRoutes } from './pluginBackendRoutes';
import type { Role } from './pluginRoutes';
import { renderPreviewPage } from './previewPage';
import { sendStaticFile } from './staticFiles';

/** The minimal logger interface the server writes to (pino fits it). */
export interface PreviewLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** How the preview server is set up. */
export interface PreviewServerOptions {
  /** dist/ of the built plugin (module.js, plugin.json). */
  pluginDistDir: string;
  /** The preview app bundle's folder. */
  appDistDir: string;
  /** @grafana/ui's icon folder (dist/public/img/icons), served where Grafana serves its icons. */
  iconsDir: string;
  /** The datasource with its secrets; they never leave the server. */
  dataSource: StoredDataSource;
  /** The role of the page's user; routes with a higher reqRole answer 403. */
  role: Role;
  dashboard: PreviewDashboard;
  /** Deadline for upstream answers through the proxy, in ms. */
  upstreamTimeoutMs: number;
  /** Largest accepted settings update body, in bytes. */
  maxBodyBytes: number;
  logger: PreviewLogger;
  /** The plugin backend's health and resource routes, when the preview runs the backend executable. */
  pluginBackend?: PluginBackendRoutes;
  /** The plugin backend's Stream service: `/api/live/ws` then stands in for Grafana Live. */
  liveBackend?: LiveStreamBackend;
  /** Serve everything under this prefix, e.g. "/grafana" (normalized, see normalizeSubPath); default none. */
  subPath?: string;
}

/** A running preview server. */
export interface PreviewServer {
  server: Server;
  /** The base URL including the sub-path, e.g. http://127.0.0.1:3001 or http://127.0.0.1:3001/grafana */
  url: string;
  /** Stops accepting connections, cuts proxied WebSockets and resolves when closed; safe twice. */
  close(): Promise<void>;
}

/** Where Grafana serves its data source proxy: `<prefix><uid>/<path>`. */
const PLUGIN_PREFIX = '/public/plugins/';
const APP_PREFIX = '/preview/';
const ICONS_PREFIX = '/public/build/img/icons/';
// @grafana/ui ships most of Grafana's icons, not all (e.g. "spinner"); a missing one renders empty.
const BLANK_ICON = {
  contentType: 'image/svg+xml',
  body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg>',
};
// Relative, like every URL of Grafana's page: the page's <base href> carries the sub-path.
const BUNDLE_PATH = 'preview/preview-app.js';

/** Builds the server without listening. */
export function createPreviewServer(options: PreviewServerOptions): { server: Server; closeUpgrades: () => void } {
  const subPath = options.subPath ?? '';
  const plugin = new BuiltPlugin(options.pluginDistDir);
  // The datasource's type is always the built plugin's id, whatever the configuration says.
  const store = new DataSourceStore({ ...options.dataSource, type: plugin.json().id }, plugin.json().name);
  const proxy = createDataSourceProxy({
    store,
    routes: () => plugin.routes(),
    role: options.role,
    upstreamTimeoutMs: options.upstreamTimeoutMs,
    userAgent: 'Grafana/preview-host',
    onError: (message, error) => options.logger.warn({ err: describe(error) }, message),
  });

  const live: LiveSocketServer | undefined = options.liveBackend
    ? createLiveSocketServer({
        hub: new LiveHub({
          backend: options.liveBackend,
          datasourceUid: () => store.get().uid,
          pluginContext: () =>
            pluginContext(store.get(), store.toBrowserSettings().version, options.role, plugin.json().id),
          onError: (message, error) => options.logger.warn({ err: describe(error) }, message),
        }),
        onError: (message, error) => options.logger.warn({ err: describe(error) }, message),
      })
    : undefined;

  const bootData = (): PreviewBootData => {
    const json = plugin.json();
    return {
      pluginJson: json,
      pluginBaseUrl: `public/plugins/${json.id}`,
      pluginModuleUrl: `public/plugins/${json.id}/module.js`,
      dataSource: store.toBrowserSettings(),
      user: { login: 'preview', role: options.role },
      dashboard: options.dashboard,
      liveEnabled: live !== undefined,
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (subPath && url.pathname === subPath) {
      res.writeHead(301, { location: `${subPath}/${url.search}` });
      res.end();
      return;
    }
    const path = pathWithinSubPath(url.pathname, subPath);
    if (path === undefined) {
      sendJson(res, 404, { message: `Not found: the preview is served under ${subPath}/` });
      return;
    }
    const uid = store.get().uid;

    if (path.startsWith(PROXY_PREFIX)) {
      const proxyPath = proxyPathFor(path, uid);
      if (proxyPath === undefined) {
        sendJson(res, 404, { message: 'Data source not found' });
        return;
      }
      proxy.handleRequest(req, res, proxyPath, url.search);
      return;
    }
    if (
      options.pluginBackend &&
      (await options.pluginBackend.handle(
        req,
        res,
        subPath ? new URL(path + url.search, url) : url,
        store.get(),
        store.toBrowserSettings().version
      ))
    ) {
      return;
    }
    if (path === `/api/datasources/uid/${uid}`) {
      if (req.method === 'GET') {
        sendJson(res, 200, store.toBrowserSettings());
        return;
      }
      if (req.method === 'PUT') {
        const change = (await readJsonBody(req, options.maxBodyBytes)) as DataSourceUpdate;
        const datasource = store.update(change);
        options.logger.info({ uid, secureJsonFields: datasource.secureJsonFields }, 'datasource settings saved');
        sendJson(res, 200, { datasource, id: datasource.id, name: datasource.name, message: 'Datasource updated' });
        return;
      }
      sendJson(res, 405, { message: 'Method not allowed' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { message: 'Method not allowed' });
      return;
    }
    if (path === '/' || path === '/index.html') {
      const host = req.headers.host ?? 'localhost';
      const html = renderPreviewPage(bootData(), `http://${host}${subPath}/`, BUNDLE_PATH, subPath);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path.startsWith(APP_PREFIX)) {
      await sendStaticFile(res, options.appDistDir, path.slice(APP_PREFIX.length));
      return;
    }
    if (path.startsWith(ICONS_PREFIX)) {
      await sendStaticFile(
        res,
        options.iconsDir,
        path.slice(ICONS_PREFIX.length),
        path.endsWith('.svg') ? BLANK_ICON : undefined
      );
      return;
    }
    const pluginPrefix = `${PLUGIN_PREFIX}${plugin.json().id}/`;
    if (path.startsWith(pluginPrefix)) {
      await sendStaticFile(res, options.pluginDistDir, path.slice(pluginPrefix.length));
      return;
    }
    sendJson(res, 404, { message: 'Not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) {
        options.logger.error({ err: describe(error), url: req.url }, 'preview request failed');
      }
      if (!res.headersSent) {
        sendJson(res, status, { message: error instanceof Error ? error.message : 'Internal error' });
      } else {
        res.destroy();
      }
    });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const path = pathWithinSubPath(url.pathname, subPath);
    if (live && path === LIVE_WS_PATH) {
      live.handleUpgrade(req, socket, head);
      return;
    }
    const proxyPath = path?.startsWith(PROXY_PREFIX) ? proxyPathFor(path, store.get().uid) : undefined;
    if (proxyPath === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    proxy.handleUpgrade(req, socket, head, proxyPath, url.search);
  });

  return {
    server,
    closeUpgrades: () => {
      proxy.closeAll();
      live?.close();
    },
  };
}

/** Creates the server and listens on `host:port` (port 0 picks a free one). */
export function startPreviewServer(options: PreviewServerOptions, host: string, port: number): Promise<PreviewServer> {
  const { server, closeUpgrades } = createPreviewServer(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const printableHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      let closing: Promise<void> | undefined;
      resolve({
        server,
        url: `http://${printableHost}:${address.port}${options.subPath ?? ''}`,
        close: () => {
          closing ??= new Promise<void>((done) => {
            closeUpgrades();
            server.close(() => done());
            server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}
