/**
 * Brokers for tests: in-process on an ephemeral loopback port (fast, inspectable), or as a child
 * process running services/broker/main.ts (for restarts and signals). Both bind 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createBrokerServer, type BrokerServer } from '../../services/broker/createBrokerServer';
import type { BrokerServerOptions } from '../../services/broker/brokerOptions';
import { BrokerMetrics } from '../../services/broker/BrokerMetrics';
import { startMetricsServer, type MetricsServer } from '../../services/broker/metricsServer';

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
    metricsServer = await startMetricsServer(metrics, '127.0.0.1:0');
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
 * Runs services/broker/main.ts (through tsx) as a child process. By default it listens on 127.0.0.1:0 with
 * /metrics on another ephemeral port; pass BROKER_LISTEN="127.0.0.1:<port>" to restart a broker on the
 * port a previous one used. Resolves once the broker logs "broker listening".
 */
export function spawnBroker(env: Record<string, string> = {}, timeoutMs = 15_000): Promise<SpawnedBroker> {
  // node --import tsx rather than the tsx binary, which forks: the pid must be the broker's own, so
  // a SIGKILL really kills it instead of orphaning it on its port.
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/broker/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      BROKER_LISTEN: '127.0.0.1:0',
      BROKER_METRICS_LISTEN: '127.0.0.1:0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  return new Promise<SpawnedBroker>((resolve, reject) => {
    let buffered = '';
    let settled = false;
    const fail = (message: string) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
      }
      reject(new Error(`${message}\nstdout:\n${logs.join('\n')}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`the broker did not log "broker listening" within ${timeoutMs} ms`), timeoutMs);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        logs.push(line);
        if (!settled && line.includes('"msg":"broker listening"')) {
          const { address } = JSON.parse(line) as { address: string };
          const port = Number(address.slice(address.lastIndexOf(':') + 1));
          settled = true;
          clearTimeout(timer);
          resolve({
            target: `127.0.0.1:${port}`,
            port,
            pid: child.pid as number,
            logs,
            exited,
            kill(signal: NodeJS.Signals = 'SIGTERM') {
              if (child.exitCode === null && child.signalCode === null) {
                child.kill(signal);
              }
              return exited;
            },
          });
        }
      }
    });
    void exited.then(({ code, signal }) => fail(`the broker exited (code ${code}, signal ${signal}) before listening`));
  });
}
