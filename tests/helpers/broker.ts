/**
 * Brokers for tests: in-process on an ephemeral loopback port (fast, inspectable), or as a child
 * process running services/broker/main.ts (for restarts and signals). Both bind 127.0.0.1 only.
 */
import path from 'node:path';
import { createBrokerServer, type BrokerServer } from '../../services/broker/createBrokerServer';
import type { BrokerServerOptions } from '../../services/broker/brokerOptions';
import { BrokerMetrics } from '../../services/broker/BrokerMetrics';
import { startMetricsServer, type MetricsServer } from '../../services/shared/metricsServer';
import { spawnService } from '../../services/stack/spawnService';

const REPO_ROOT = path.resolve(__dirname, '../..');

export interface StartBrokerOptions extends Partial<BrokerServerOptions> {
  /** Also serve /metrics on an ephemeral port and return its URL. */
  metrics?: BrokerMetrics | undefined;
  serveMetrics?: boolean;
}

export interface StartedBroker {
  /** "127.0.0.1:<port>", for createBrokerClient(). */
  target: string;
  port: number;
  /** http://127.0.0.1:<port>/metrics when serveMetrics was set. */
  metricsUrl?: string;
  /** The server object, for inspecting its bus, devices and metrics. */
  server: BrokerServer;
  /** Stops the broker (and its /metrics); safe to call twice. */
  close(): Promise<void>;
}

/** Starts an in-process broker on 127.0.0.1:0. Options are those of createBrokerServer(). */
export async function startBroker(options: StartBrokerOptions = {}): Promise<StartedBroker> {
  const { serveMetrics, ...serverOptions } = options;
  const metrics = serverOptions.metrics ?? new BrokerMetrics();
  const server = createBrokerServer({ shutdownGraceMs: 1_000, ...serverOptions, metrics });
  const { port } = await server.listen('127.0.0.1:0');
  let metricsServer: MetricsServer | undefined;
  if (serveMetrics) {
    metricsServer = await startMetricsServer(metrics.registry, '127.0.0.1:0');
  }
  let closing: Promise<void> | undefined;
  return {
    target: `127.0.0.1:${port}`,
    port,
    metricsUrl: metricsServer?.url,
    server,
    close() {
      closing ??= Promise.all([server.close(), metricsServer?.close()]).then(() => undefined);
      return closing;
    },
  };
}

export interface SpawnedBroker {
  /** "127.0.0.1:<port>". */
  target: string;
  port: number;
  pid: number;
  /** Every log line the broker printed so far (stdout, pino JSON). */
  logs: string[];
  /** Sends a signal (default SIGTERM); resolves when the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the process exits, however it exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs services/broker/main.ts as a child process (with the local stack's process runner). By default it
 * listens on 127.0.0.1:0 with /metrics on another ephemeral port; pass BROKER_LISTEN="127.0.0.1:<port>"
 * to restart a broker on the port a previous one used. Resolves once the broker logs "broker listening".
 */
export async function spawnBroker(env: Record<string, string> = {}, timeoutMs = 15_000): Promise<SpawnedBroker> {
  const logs: string[] = [];
  const service = await spawnService({
    name: 'broker',
    entry: 'services/broker/main.ts',
    cwd: REPO_ROOT,
    env: { ...process.env, BROKER_LISTEN: '127.0.0.1:0', BROKER_METRICS_LISTEN: '127.0.0.1:0', LOG_LEVEL: 'info', ...env },
    readyMessage: 'broker listening',
    readyTimeoutMs: timeoutMs,
    onLine: (line, stream) => {
      if (stream === 'stdout') {
        logs.push(line);
      }
    },
  });
  const address = String(service.ready.address);
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  return {
    target: `127.0.0.1:${port}`,
    port,
    pid: service.pid,
    logs,
    exited: service.exited,
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      try {
        // The broker leads its own process group; signalling the group reaches nothing else.
        process.kill(-service.pid, signal);
      } catch {
        // Already gone.
      }
      return service.exited;
    },
  };
}
