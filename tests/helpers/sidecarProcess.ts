/** Runs services/sidecar/main.ts as a child process, for tests that kill it. */
import path from 'node:path';
import { spawnService } from '../../services/stack/spawnService';
import { TEST_API_KEY } from './sidecar';

const REPO_ROOT = path.resolve(__dirname, '../..');

export interface SpawnedSidecar {
  port: number;
  streamUrl: string;
  pid: number;
  /** Sends a signal to the sidecar's process group; resolves when it has exited. */
  kill(signal?: NodeJS.Signals): Promise<unknown>;
}

/**
 * Starts a sidecar process against `brokerTarget`, accepting TEST_API_KEY. With `port` 0 it binds a
 * free port; pass the port of a previous one to restart it where its clients reconnect.
 */
export async function spawnSidecar(
  brokerTarget: string,
  port = 0,
  env: Record<string, string> = {}
): Promise<SpawnedSidecar> {
  const service = await spawnService({
    name: 'sidecar',
    entry: 'services/sidecar/main.ts',
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SIDECAR_LISTEN: `127.0.0.1:${port}`,
      BROKER_TARGET: brokerTarget,
      SIDECAR_API_KEY: TEST_API_KEY,
      LOG_LEVEL: 'info',
      ...env,
    },
    readyMessage: 'sidecar listening',
    readyTimeoutMs: 20_000,
  });
  const address = String(service.ready.address);
  const bound = Number(address.slice(address.lastIndexOf(':') + 1));
  return {
    port: bound,
    streamUrl: `ws://127.0.0.1:${bound}/api/stream`,
    pid: service.pid,
    kill(signal: NodeJS.Signals = 'SIGKILL') {
      try {
        process.kill(-service.pid, signal);
      } catch {
        // Already gone.
      }
      return service.exited;
    },
  };
}
