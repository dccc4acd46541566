/**
 * createSidecar(): the WebSocket ⇄ gRPC bridge as an object with a lifecycle. It reads no
 * environment (main.ts does); listen() binds, close() shuts down gracefully: stop accepting, close
 * every WebSocket with 1001, end the upstream streams, close the broker channel.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { KeyStore } from './auth/keyStore';
import { BrokerGateway, type EnvelopeSource } from './broker/brokerGateway';
import { handleRequest } from './http/router';
import { parseListenAddress } from '../shared/config/listenAddress';
import { startMetricsServer, type MetricsServer } from '../shared/metricsServer';
import { createLogger, type Logger } from './logger';
import { SidecarMetrics } from './metrics';
import { resolveOptions, type SidecarOptions, type SidecarOptionsInput } from './options';
import { ClientSession } from './session/clientSession';
import { sharedStreamFactory } from './stream/sharedStreamFactory';
import { StreamRegistry } from './stream/streamRegistry';
import { checkUpgrade, refuseUpgrade } from './upgrade';

export interface CreateSidecarOptions extends SidecarOptionsInput {
  /** A logger to use instead of a new pino logger at `logLevel`. */
  logger?: Logger;
  /** Metrics to use instead of a fresh registry (with Node's default metrics). */
  metrics?: SidecarMetrics;
}

export type SidecarState = 'created' | 'listening' | 'closing' | 'closed';

export interface Sidecar {
  readonly options: SidecarOptions;
  readonly metrics: SidecarMetrics;
  readonly state: SidecarState;
  /**
   * Binds options.listen and options.metricsListen (unless "off"); resolves with the bound address
   * ("host:port"), its port and the metrics address.
   */
  listen(): Promise<{ address: string; port: number; metricsAddress?: string }>;
  /** Open WebSocket connections. */
  readonly connectionCount: number;
  /** Graceful shutdown; resolves when everything is closed. Safe to call twice. */
  close(): Promise<void>;
}

/** WebSocket pings find clients that vanished without closing their connection. */
const CLIENT_PING_INTERVAL_MS = 30_000;

const GOING_AWAY = 1001;

/** Builds a sidecar from options (validated and merged with the defaults). */
export function createSidecar(input: CreateSidecarOptions = {}): Sidecar {
  const { logger: givenLogger, metrics: givenMetrics, ...rest } = input;
  const options = resolveOptions(rest);
  const logger = givenLogger ?? createLogger(options.logLevel);
  const metrics = givenMetrics ?? new SidecarMetrics();
  const keys = new KeyStore(options);
  const gateway = new BrokerGateway(options.brokerTarget, {
    callTimeoutMs: options.timeouts.brokerCallMs,
    connectTimeoutMs: options.timeouts.connectMs,
  });
  const source: EnvelopeSource = gateway;
  let lastStreamId = 0;
  const nextStreamId = () => {
    lastStreamId = lastStreamId >= 0xfffffffe ? 1 : lastStreamId + 1;
    return lastStreamId;
  };
  const { limits } = options;
  const registry = new StreamRegistry(
    sharedStreamFactory(options, { source, metrics, logger }),
    limits.lingerMs,
    nextStreamId,
    (count) => metrics.sharedStreams.set(count)
  );

  const startedAtMs = Date.now();
  const routerDeps = { gateway, options, startedAtMs, keys, metrics, logger, brokerToken: options.brokerToken };
  const server: Server = createServer((req, res) => void handleRequest(routerDeps, req, res));
  server.requestTimeout = 60_000 + options.timeouts.maxCommandMs;
  server.headersTimeout = 30_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxClientFrameBytes, perMessageDeflate: false });
  const sessions = new Map<WebSocket, ClientSession>();
  const alive = new WeakSet<WebSocket>();
  metrics.largestClientBacklog = () => Math.max(0, ...[...sessions.values()].map((session) => session.backlogBytes));
  let state: SidecarState = 'created';
  let closing: Promise<void> | undefined;
  let metricsServer: MetricsServer | undefined;

  server.on('upgrade', (req, socket, head) => {
    const decision = checkUpgrade(req, keys, state === 'listening');
    if (!decision.ok) {
      metrics.clientErrors.inc({ category: decision.status === 401 ? 'auth' : 'validation' });
      refuseUpgrade(socket, decision.status, decision.message, decision.headers);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new ClientSession({
        socket: ws,
        principal: decision.principal,
        registry,
        source,
        options,
        metrics,
        logger,
        nextStreamId,
      });
      sessions.set(ws, session);
      alive.add(ws);
      metrics.connections.inc();
      logger.debug({ tenant: decision.principal.tenant, connections: sessions.size }, 'client connected');
      ws.on('message', (data, isBinary) => session.handleMessage(data, isBinary));
      ws.on('pong', () => alive.add(ws));
      ws.on('error', (err) => logger.debug({ err: err.message }, 'client socket error'));
      ws.on('close', (code) => {
        session.close();
        if (sessions.delete(ws)) {
          metrics.connections.dec();
        }
        logger.debug({ code, connections: sessions.size }, 'client disconnected');
      });
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of sessions.keys()) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, CLIENT_PING_INTERVAL_MS);
  heartbeat.unref();

  async function shutdown(): Promise<void> {
    const wasListening = state === 'listening';
    state = 'closing';
    clearInterval(heartbeat);
    const serverClosed = wasListening
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    server.closeIdleConnections();
    const socketsClosed = [...sessions.keys()].map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === ws.CLOSED) {
            resolve();
            return;
          }
          ws.once('close', () => resolve());
          sessions.get(ws)?.close();
          ws.close(GOING_AWAY, 'sidecar shutting down');
        })
    );
    const deadline = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), options.timeouts.shutdownMs).unref()
    );
    if ((await Promise.race([Promise.all(socketsClosed), deadline])) === 'timeout') {
      for (const ws of sessions.keys()) {
        ws.terminate();
      }
    }
    registry.close();
    gateway.close();
    wss.close();
    server.closeAllConnections();
    await Promise.all([serverClosed, metricsServer?.close()]);
    state = 'closed';
    logger.info('sidecar stopped');
  }

  return {
    options,
    metrics,
    get state() {
      return state;
    },
    get connectionCount() {
      return sessions.size;
    },
    async listen() {
      if (state !== 'created') {
        throw new Error(`listen() needs a new sidecar; this one is ${state}`);
      }
      const { host, port } = parseListenAddress(options.listen);
      const bound = await new Promise<AddressInfo>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
      if (options.metricsListen !== 'off') {
        try {
          metricsServer = await startMetricsServer(metrics.registry, options.metricsListen);
        } catch (err) {
          await new Promise<void>((resolve) => server.close(() => resolve()));
          throw err;
        }
      }
      state = 'listening';
      const address = `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`;
      logger.info(
        { address, metrics: metricsServer?.url, broker: options.brokerTarget, insecure: options.insecure },
        'sidecar listening'
      );
      return { address, port: bound.port, metricsAddress: metricsServer?.address };
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
