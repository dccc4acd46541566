/**
 * A private Mosquitto for the local stack, tests and benchmarks: its own generated config on a free
 * loopback port, its own directory, stopped by its PID. A Mosquitto already running on the machine
 * (e.g. on 1883) is never touched.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MOSQUITTO_BINARY = '/usr/sbin/mosquitto';

export interface MosquittoOptions {
  /** The executable; /usr/sbin/mosquitto (Debian's package) by default. */
  binary?: string;
  /** Port to listen on (127.0.0.1); a free one when absent. */
  port?: number;
  /** Lines appended to the generated config. */
  extraConfig?: string[];
  /** How long to wait for the port to accept connections, ms. */
  readyTimeoutMs?: number;
}

export interface MosquittoProcess {
  /** mqtt://127.0.0.1:<port> */
  url: string;
  port: number;
  pid: number;
  /** What Mosquitto printed (errors, warnings, notices). */
  logs: string[];
  /** SIGTERM, then SIGKILL after a second; removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** True when a Mosquitto executable is where we look for it. */
export function mosquittoAvailable(binary = MOSQUITTO_BINARY): boolean {
  return existsSync(binary);
}

/** A free TCP port on 127.0.0.1 (free when asked; bind it soon). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Mosquitto; resolves once its port accepts connections. */
export async function startMosquitto(options: MosquittoOptions = {}): Promise<MosquittoProcess> {
  const binary = options.binary ?? MOSQUITTO_BINARY;
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), 'iotlive-mosquitto-'));
  const config = path.join(dir, 'mosquitto.conf');
  writeFileSync(
    config,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence false',
      // Hold every QoS 1 message for a disconnected persistent session, and let many be in flight.
      'max_queued_messages 0',
      'max_inflight_messages 1000',
      'set_tcp_nodelay true',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      ...(options.extraConfig ?? []),
      '',
    ].join('\n')
  );
  const child = spawn(binary, ['-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    // A missing binary is reported here, not thrown: the readiness loop below turns it into an error.
    child.once('error', (err) => {
      logs.push(`${binary}: ${err.message} (install the mosquitto package)`);
      exited = true;
      resolve();
    });
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 1_000);
        await exit;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 5_000);
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`mosquitto did not start on 127.0.0.1:${port}: ${logs.slice(-5).join(' | ') || 'no output'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url: `mqtt://127.0.0.1:${port}`, port, pid: child.pid!, logs, stop };
}
