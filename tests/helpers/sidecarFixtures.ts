/**
 * Fixtures for the sidecar's integration tests: publishing straight to the broker, HTTP calls with a
 * key, polling a metric, and a loopback TCP proxy that can cut the sidecar off from the broker.
 */
import net from 'node:net';
import { bearerMetadata, createBrokerClient, type BrokerClient } from '../../services/grpc/brokerService';
import type { SpawnedBroker } from './broker';
import { readMetric } from './sidecar';

/** A broker client for publishing in tests; close it with client.close(). */
export function publisher(target: string): BrokerClient {
  return createBrokerClient(target);
}

/** Publishes one telemetry value; resolves with the sequence. */
export function publishValue(client: BrokerClient, topic: string, values: Record<string, number>, token?: string, deviceId = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    client.publish({ topic, payload: { telemetry: { values } }, deviceId }, bearerMetadata(token), { deadline: Date.now() + 5_000 }, (err, res) =>
      err ? reject(err) : resolve(Number(res?.sequence ?? 0))
    );
  });
}

/** fetch() with `Authorization: Bearer <key>` and a JSON body when given. */
export function apiFetch(baseUrl: string, path: string, key: string | null, init: { method?: string; json?: unknown; body?: string; contentType?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (key !== null) {
    headers.authorization = `Bearer ${key}`;
  }
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  if (body !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/json';
  }
  return fetch(`${baseUrl}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
}

/** Polls a metric until `predicate` holds (bounded); resolves with its last value. */
export async function waitForMetric(url: string, name: string, predicate: (value: number) => boolean, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let value: number | undefined;
  while (Date.now() < deadline) {
    value = await readMetric(url, name);
    if (value !== undefined && predicate(value)) {
      return value;
    }
    await sleep(50);
  }
  throw new Error(`metric ${name} stayed at ${value} for ${timeoutMs} ms`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every 20 ms until it holds (bounded). */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) {
      return;
    }
    await sleep(20);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface TcpProxy {
  /** "127.0.0.1:<port>" */
  target: string;
  /** Drops every connection and refuses new ones until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy to `upstream` ("host:port"). */
export async function startTcpProxy(upstream: string): Promise<TcpProxy> {
  const [host, port] = [upstream.slice(0, upstream.lastIndexOf(':')), Number(upstream.slice(upstream.lastIndexOf(':') + 1))];
  const sockets = new Set<net.Socket>();
  let blocked = false;
  const server = net.createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    const remote = net.connect(port, host);
    sockets.add(client);
    sockets.add(remote);
    const drop = () => {
      client.destroy();
      remote.destroy();
      sockets.delete(client);
      sockets.delete(remote);
    };
    client.on('error', drop).on('close', drop);
    remote.on('error', drop).on('close', drop);
    client.pipe(remote);
    remote.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    target: `127.0.0.1:${address.port}`,
    cut() {
      blocked = true;
      for (const socket of sockets) {
        socket.destroy();
      }
      sockets.clear();
    },
    restore() {
      blocked = false;
    },
    close() {
      blocked = true;
      for (const socket of sockets) {
        socket.destroy();
      }
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Kills a spawned broker like a crash would: SIGKILL, no graceful shutdown. */
export async function crashBroker(broker: SpawnedBroker): Promise<void> {
  await broker.kill('SIGKILL');
}
