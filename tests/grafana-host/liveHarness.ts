/**
 * What the Go stream tests need from the Node side: the Live channel paths of their queries, built by
 * the frontend's own liveChannelPath (one implementation of the encoding), and brokers (on JetStream
 * and in memory) the Go tests can kill and start again on the same port through a small HTTP control
 * endpoint, to see a live stream resume across a broker restart.
 */
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { liveChannelPath, type LiveStreamSpec } from '../../common/live/liveChannel';
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { freePort, startNatsServer, type TestNatsServer } from '../helpers/natsServer';

/** One channel a Go test subscribes to: the path Grafana would be given and the spec it encodes. */
export interface LiveChannelFixture {
  path: string;
  spec: LiveStreamSpec;
}

/** The datasource uids the Go tests use for stream channels (a path depends on its uid's length). */
export const LIVE_UID = 'live';
export const RESTART_UID = 'restart';
export const RESTART_TOPIC_ROOT = 'restart';

function spec(filter: string, overrides: Partial<LiveStreamSpec> = {}): LiveStreamSpec {
  return {
    filter,
    fields: [],
    timeSource: 'event',
    splitBy: 'none',
    conflation: 'none',
    conflationRateHz: 0,
    maxUpdateHz: 10,
    bufferSize: null,
    maxHistory: 0,
    ...overrides,
  };
}

/** The channels of the Go stream tests, keyed by the name the tests look them up by. */
export function liveChannels(site: string): Record<string, LiveChannelFixture> {
  const specs: Record<string, { uid: string; spec: LiveStreamSpec }> = {
    // A panel on every topic of the simulated site, one series per device and topic.
    wildcard: { uid: LIVE_UID, spec: spec(`site/${site}/#`, { splitBy: 'device' }) },
    // The same site at another update rate: another channel, another upstream.
    wildcardFast: { uid: LIVE_UID, spec: spec(`site/${site}/#`, { splitBy: 'device', maxUpdateHz: 20 }) },
    // A spec too long for the path: the path is its hash and the spec travels in the subscription data.
    hashed: {
      uid: LIVE_UID,
      spec: spec(`site/${site}/device/+/temperature`, {
        splitBy: 'topic',
        fields: ['celsius', ...Array.from({ length: 8 }, (_, i) => `calibration.offsets.sensor_${i}`)],
      }),
    },
    // Every device's temperature, not split: one series over all the topics, as on the direct path.
    splitNone: { uid: LIVE_UID, spec: spec(`site/${site}/device/+/temperature`, { fields: ['celsius'] }) },
    // The restart test's own topics on the JetStream broker.
    restart: { uid: RESTART_UID, spec: spec(`${RESTART_TOPIC_ROOT}/#`, { fields: ['value'], maxUpdateHz: 20 }) },
  };
  return Object.fromEntries(
    Object.entries(specs).map(([name, { uid, spec }]) => [name, { path: liveChannelPath(uid, spec), spec }])
  );
}

/** A broker process, stoppable and restartable on the same port (and, on JetStream, the same store). */
export interface RestartableBroker {
  target: string;
  /** http://127.0.0.1:<port>: POST /broker/stop (SIGKILL) and POST /broker/start. */
  controlUrl: string;
  close(): Promise<void>;
}

/**
 * On `jetstream` the broker keeps its history through a restart (nats-server keeps running); on
 * `memory` a restart loses it and starts a new history, as a broker without persistence does.
 */
export async function startRestartableBroker(
  bus: 'jetstream' | 'memory',
  tokens: Record<string, { tenant: string; permissions: string[] }>
): Promise<RestartableBroker> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iotlive-grafana-host-'));
  const authFile = path.join(dir, 'auth.json');
  fs.writeFileSync(authFile, JSON.stringify({ tokens }));
  const nats: TestNatsServer | undefined = bus === 'jetstream' ? await startNatsServer() : undefined;
  const port = await freePort();
  const env: Record<string, string> = {
    BROKER_AUTH_FILE: authFile,
    BROKER_METRICS_LISTEN: 'off',
    BROKER_LISTEN: `127.0.0.1:${port}`,
    ...(nats ? { BROKER_BUS: 'jetstream', BROKER_NATS_URL: nats.url } : { BROKER_BUS: 'memory' }),
  };
  let broker: SpawnedBroker | undefined;
  try {
    broker = await spawnBroker(env, 30_000);
  } catch (err) {
    await nats?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  // Serial: a stop and a start never overlap.
  let queue: Promise<unknown> = Promise.resolve();
  const control = http.createServer((req, res) => {
    const action =
      req.method === 'POST' && req.url === '/broker/stop'
        ? async () => {
            await broker?.kill('SIGKILL');
            broker = undefined;
          }
        : req.method === 'POST' && req.url === '/broker/start'
          ? async () => {
              broker ??= await spawnBroker(env, 30_000);
            }
          : undefined;
    if (!action) {
      res.writeHead(404).end();
      return;
    }
    queue = queue.then(action).then(
      () => res.writeHead(204).end(),
      (err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(err.message)
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const controlPort = (control.address() as net.AddressInfo).port;

  return {
    target: `127.0.0.1:${port}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    async close() {
      await new Promise<void>((resolve) => control.close(() => resolve()));
      await queue.catch(() => undefined);
      await broker?.kill('SIGKILL');
      await nats?.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
