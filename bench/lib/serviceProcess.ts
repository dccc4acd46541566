/**
 * Runs one of the services (broker, sidecar) as its own process for a benchmark, so its CPU and
 * memory can be read from /proc apart from the load generator's. BENCH_NODE_ARGS passes options to
 * Node, e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the services.
 */
import path from 'node:path';
import { spawnService } from '../../services/stack/spawnService';

const REPO_ROOT = path.resolve(__dirname, '../..');

export interface ServiceProcess {
  pid: number;
  /** The address the service logged as bound, host:port. */
  address: string;
  port: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
  stop(): Promise<void>;
  /** SIGKILL at once (a crash); resolves when the process is gone. */
  kill(): Promise<void>;
}

/** Starts `entry` with `env` and resolves once it logs `readyMessage` with an `address` field. */
export async function startService(
  entry: string,
  readyMessage: string,
  env: Record<string, string>,
  timeoutMs = 20_000
): Promise<ServiceProcess> {
  const service = await spawnService({
    name: path.basename(path.dirname(entry)),
    entry,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    cwd: REPO_ROOT,
    readyMessage,
    readyTimeoutMs: timeoutMs,
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  const address = String(service.ready.address);
  return {
    pid: service.pid,
    address,
    port: Number(address.slice(address.lastIndexOf(':') + 1)),
    stop: async () => {
      await service.stop(5_000);
    },
    kill: async () => {
      try {
        // The service leads its own process group: this reaches it and nothing else.
        process.kill(-service.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await service.exited;
    },
  };
}
