/**
 * Runs one of the services (broker, sidecar) as its own process for a benchmark, so its CPU and
 * memory can be read from /proc apart from the load generator's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../..');

export interface ServiceProcess {
  pid: number;
  /** The address the service logged as bound, host:port. */
  address: string;
  port: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
  stop(): Promise<void>;
}

/** Starts `node --import tsx <entry>` with `env` and resolves once it logs `readyMessage` with an `address` field. */
export function startService(
  entry: string,
  readyMessage: string,
  env: Record<string, string>,
  timeoutMs = 20_000,
  nodeArgs: string[] = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
): Promise<ServiceProcess> {
  // node --import tsx (not the tsx binary, which forks) so the pid is the service's own.
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not log "${readyMessage}" within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const line of output.split('\n')) {
        if (line.includes(`"msg":"${readyMessage}"`)) {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
          child.stdout?.resume();
          const { address } = JSON.parse(line) as { address: string };
          resolve({
            pid: child.pid as number,
            address,
            port: Number(address.slice(address.lastIndexOf(':') + 1)),
            stop: async () => {
              if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGTERM');
                const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
                await exited;
                clearTimeout(force);
              }
            },
          });
          return;
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited before it was ready:\n${output}`));
    });
  });
}
