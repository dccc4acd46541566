/**
 * What Grafana's server does for a backend datasource, played for the preview host:
 * GET /api/datasources/uid/<uid>/health runs the backend's CheckHealth, and
 * /api/datasources/uid/<uid>/resources/<path> its CallResource, with the datasource's settings and
 * secrets and the page user's role in the PluginContext, as Grafana sends them; POST /api/ds/query
 * runs its QueryData (dsQuery.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as grpc from '@grpc/grpc-js';
import type { CallResourceResponse, CheckHealthResponse, PluginContext } from '../../backend/grpc/messages';
import type { StoredDataSource } from './dataSourceStore';
import { answerDsQuery } from './dsQuery';
import type { Role } from './pluginRoutes';

/** The pluginv2 clients of a launched backend (services/backend/host/launchBackend.ts). */
export interface PluginBackendClients {
  data: grpc.Client;
  diagnostics: grpc.Client;
  resource: grpc.Client;
}

export interface PluginBackendRoutes {
  /** Answers the request when it is one of the backend's; resolves false otherwise. */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    datasource: StoredDataSource,
    version: number
  ): Promise<boolean>;
}

/** Grafana's deadline for a plugin call it makes for a browser request. */
const CALL_DEADLINE_MS = 30_000;
const MAX_BODY_BYTES = 1024 * 1024;

/** The PluginContext Grafana sends with a call made for the page's user: the datasource's settings and secrets. */
export function pluginContext(
  datasource: StoredDataSource,
  version: number,
  role: Role,
  pluginId: string
): PluginContext {
  return {
    orgId: 1,
    pluginId,
    user: { login: 'preview', name: 'Preview user', email: '', role },
    dataSourceInstanceSettings: {
      id: datasource.id,
      uid: datasource.uid,
      name: datasource.name,
      url: datasource.url,
      jsonData: Buffer.from(JSON.stringify(datasource.jsonData)),
      decryptedSecureJsonData: { ...datasource.secureJsonData },
      lastUpdatedMS: version,
    },
    grafanaConfig: {},
    pluginVersion: '',
    userAgent: 'Grafana/preview-host',
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        reject(new Error(`the body is larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function checkHealth(client: grpc.Client, pluginContext: PluginContext): Promise<CheckHealthResponse> {
  return new Promise((resolve, reject) =>
    (client as unknown as Record<string, (...args: unknown[]) => void>).CheckHealth(
      { pluginContext, headers: {} },
      { deadline: Date.now() + CALL_DEADLINE_MS },
      (err: Error | null, response: CheckHealthResponse) => (err ? reject(err) : resolve(response))
    )
  );
}

function callResource(client: grpc.Client, request: object): Promise<CallResourceResponse[]> {
  return new Promise((resolve, reject) => {
    const call = (
      client as unknown as Record<string, (...args: unknown[]) => grpc.ClientReadableStream<CallResourceResponse>>
    ).CallResource(request, { deadline: Date.now() + CALL_DEADLINE_MS });
    const messages: CallResourceResponse[] = [];
    call.on('data', (message: CallResourceResponse) => messages.push(message));
    call.on('end', () => resolve(messages));
    call.on('error', reject);
  });
}

export function createPluginBackendRoutes(
  clients: PluginBackendClients,
  role: Role,
  pluginId: string
): PluginBackendRoutes {
  return {
    async handle(req, res, url, datasource, version) {
      const base = `/api/datasources/uid/${datasource.uid}`;
      const context = pluginContext(datasource, version, role, pluginId);
      if (url.pathname === '/api/ds/query' && req.method === 'POST') {
        try {
          const answer = await answerDsQuery(clients.data, context, datasource.uid, await readBody(req));
          send(res, answer.status, { 'content-type': 'application/json' }, JSON.stringify(answer.body));
        } catch (err) {
          send(res, 400, { 'content-type': 'application/json' }, JSON.stringify({ message: (err as Error).message }));
        }
        return true;
      }
      if (url.pathname === `${base}/health` && req.method === 'GET') {
        try {
          const health = await checkHealth(clients.diagnostics, context);
          const details = health.jsonDetails.length > 0 ? JSON.parse(health.jsonDetails.toString('utf8')) : undefined;
          // Grafana answers a failed check with 400 and the same body.
          send(
            res,
            health.status === 'OK' ? 200 : 400,
            { 'content-type': 'application/json' },
            JSON.stringify({ status: health.status, message: health.message, details })
          );
        } catch (err) {
          send(
            res,
            500,
            { 'content-type': 'application/json' },
            JSON.stringify({ message: `Plugin health check failed: ${(err as Error).message}` })
          );
        }
        return true;
      }
      if (!url.pathname.startsWith(`${base}/resources/`)) {
        return false;
      }
      try {
        const body = await readBody(req);
        const headers: Record<string, { values: string[] }> = {};
        if (typeof req.headers['content-type'] === 'string') {
          headers['Content-Type'] = { values: [req.headers['content-type']] };
        }
        const messages = await callResource(clients.resource, {
          pluginContext: context,
          path: url.pathname.slice(`${base}/resources/`.length),
          method: req.method ?? 'GET',
          url: `${url.pathname}${url.search}`,
          headers,
          body,
        });
        const [first] = messages;
        const responseHeaders: Record<string, string> = {};
        for (const [name, list] of Object.entries(first?.headers ?? {})) {
          responseHeaders[name.toLowerCase()] = list.values.join(', ');
        }
        send(res, first?.code || 500, responseHeaders, Buffer.concat(messages.map((m) => m.body)));
      } catch (err) {
        send(
          res,
          500,
          { 'content-type': 'application/json' },
          JSON.stringify({ message: `Plugin resource call failed: ${(err as Error).message}` })
        );
      }
      return true;
    },
  };
}
