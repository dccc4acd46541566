/**
 * Starts the backend executable the way Grafana does (magic cookie, protocol 2, a port range, no
 * other environment) and reads the handshake line. For hosts that stand in for Grafana: the
 * benchmarks and, later, the preview host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as grpc from '@grpc/grpc-js';
import { dataService, diagnosticsService, resourceService, streamService } from '../grpc/pluginProtocol';

export interface LaunchedBackend {
  /** host:port from the handshake line. */
  address: string;
  pid: number;
  /** From spawn to the handshake line, in ms. */
  startMs: number;
  /** Stderr lines so far (hclog JSON). */
  logs: string[];
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. Safe twice. */
  stop(graceMs?: number): Promise<void>;
}

const HANDSHAKE = /^1\|2\|tcp\|([^|]+)\|grpc$/;

export function launchBackend(
  executable: string,
  options: { timeoutMs?: number; env?: Record<string, string> } = {}
): Promise<LaunchedBackend> {
  const started = performance.now();
  const child: ChildProcess = spawn(executable, [], {
    env: {
      grafana_plugin_type: 'datasource',
      PLUGIN_PROTOCOL_VERSIONS: '2',
      PLUGIN_MIN_PORT: '10000',
      PLUGIN_MAX_PORT: '25000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => logs.push(...chunk.split('\n').filter(Boolean)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 3_000) => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
    })();
    return stopping;
  };
  return new Promise((resolve, reject) => {
    let buffered = '';
    let handshaken = false;
    const timer = setTimeout(() => {
      void stop(0);
      reject(new Error(`no handshake line within ${options.timeoutMs ?? 60_000} ms; stderr: ${logs.join('\n')}`));
    }, options.timeoutMs ?? 60_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // After the handshake this rejects nothing: the promise is settled.
      reject(new Error(`the backend exited (${code}) before its handshake; stderr: ${logs.join('\n')}`));
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (handshaken) {
        return;
      }
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end < 0) {
        return;
      }
      handshaken = true;
      const match = HANDSHAKE.exec(buffered.slice(0, end).trim());
      clearTimeout(timer);
      if (!match) {
        void stop(0);
        reject(new Error(`unexpected handshake line: ${buffered.slice(0, end)}`));
        return;
      }
      resolve({ address: match[1], pid: child.pid ?? -1, startMs: performance.now() - started, logs, stop });
    });
  });
}

/** pluginv2 clients on one channel to a launched backend. */
export function pluginClients(address: string) {
  const credentials = grpc.credentials.createInsecure();
  const options = { 'grpc.max_receive_message_length': 64 * 1024 * 1024 };
  const Data = grpc.makeGenericClientConstructor(dataService, 'Data');
  const Diagnostics = grpc.makeGenericClientConstructor(diagnosticsService, 'Diagnostics');
  const Resource = grpc.makeGenericClientConstructor(resourceService, 'Resource');
  const Stream = grpc.makeGenericClientConstructor(streamService, 'Stream');
  return {
    stream: new Stream(address, credentials, options),
    data: new Data(address, credentials, options),
    diagnostics: new Diagnostics(address, credentials, options),
    resource: new Resource(address, credentials, options),
  };
}
