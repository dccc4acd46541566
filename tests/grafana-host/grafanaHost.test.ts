/**
 * Grafana's side of the plugin protocol, played by Grafana's own host libraries (go-plugin and
 * grafana-plugin-sdk-go, in the Go tests beside this file) against the built backend executable, a
 * real broker with token auth and the simulator. Grafana itself cannot run here; its plugin client can.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { tokenAuthenticator } from '../../services/broker/auth/Authenticator';
import { createSimulator, type Simulator } from '../../services/simulator/createSimulator';
import { buildBackend } from '../../scripts/backend/buildBackend';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { publisher } from '../helpers/sidecarFixtures';
import { bearerMetadata } from '../../services/grpc/brokerService';
import { timestampFromMs } from '../../common/time/timestamp';
import { liveChannels, startRestartableBroker, type RestartableBroker } from './liveHarness';

const ROOT = path.resolve(__dirname, '../..');
const EXECUTABLE = path.join(ROOT, 'dist/gpx_iotlive_linux_amd64');
const READ_TOKEN = 'grafana-host-read-token';
const WRITE_TOKEN = 'grafana-host-write-token';
const DEVICE_TOKEN = 'grafana-host-device-token';
const SITE = 'hosttest';
const DEVICES = 3;
/** Known history the query tests check exactly: FIXTURE_SAMPLES per device, one a second, value = index. */
const FIXTURE_DEVICES = ['dev-a', 'dev-b'];
const FIXTURE_SAMPLES = 600;

/** Publishes the fixture lines with event times one second apart, ending now; resolves with the first time. */
async function publishFixture(target: string, token: string): Promise<number> {
  const client = publisher(target);
  const baseMs = Date.now() - FIXTURE_SAMPLES * 1000;
  try {
    for (const device of FIXTURE_DEVICES) {
      for (let i = 0; i < FIXTURE_SAMPLES; i++) {
        await new Promise<void>((resolve, reject) =>
          client.publish(
            {
              topic: `fixture/${device}/line`,
              deviceId: device,
              payload: { telemetry: { values: { value: i, double: 2 * i } } },
              eventTime: timestampFromMs(baseMs + i * 1000),
            },
            bearerMetadata(token),
            { deadline: Date.now() + 10_000 },
            (err) => (err ? reject(err) : resolve())
          )
        );
      }
    }
  } finally {
    client.close();
  }
  return baseMs;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never answers: a broker that hangs. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

function runGoTests(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // IOTLIVE_GO_TEST_RUN narrows the run to matching tests while working on them.
    const only = process.env.IOTLIVE_GO_TEST_RUN ? ['-run', process.env.IOTLIVE_GO_TEST_RUN] : [];
    const child = spawn('go', ['test', '-count=1', '-v', ...only, './...'], {
      cwd: __dirname,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (err) =>
      reject(
        new Error(`cannot run "go" (${err.message}): install Go 1.26+ (.ci/run does) to run the Grafana host tests`)
      )
    );
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe("the backend under Grafana's plugin host libraries (Go, go-plugin + grafana-plugin-sdk-go)", () => {
  let broker: StartedBroker;
  let simulator: Simulator;
  let silent: Awaited<ReturnType<typeof silentServer>>;
  let restartable: RestartableBroker[] = [];
  let fixtureBaseMs: number;

  beforeAll(async () => {
    if (!fs.existsSync(EXECUTABLE)) {
      await buildBackend({ all: false });
    }
    const tokens = {
      [READ_TOKEN]: { tenant: 'fleet', permissions: ['subscribe' as const] },
      [WRITE_TOKEN]: { tenant: 'fleet', permissions: ['subscribe' as const, 'publish' as const, 'command' as const] },
      [DEVICE_TOKEN]: { tenant: 'fleet', permissions: ['device' as const] },
    };
    // Its /metrics counts the broker's live subscriptions: the stream tests read upstream counts there.
    broker = await startBroker({ auth: tokenAuthenticator({ tokens }), serveMetrics: true });
    restartable.push(await startRestartableBroker('jetstream', tokens));
    restartable.push(await startRestartableBroker('memory', tokens));
    simulator = createSimulator({
      target: broker.target,
      token: DEVICE_TOKEN,
      devices: DEVICES,
      rateHz: 10,
      site: SITE,
    });
    simulator.start();
    await simulator.ready(15_000);
    silent = await silentServer();
    fixtureBaseMs = await publishFixture(broker.target, WRITE_TOKEN);
  }, 300_000);

  afterAll(async () => {
    await simulator?.stop();
    await broker?.close();
    await silent?.close();
    await Promise.all(restartable.map((b) => b.close()));
  });

  it('passes the Go host tests: handshake, health, queries, resources, live streams, stop', async () => {
    const { code, output } = await runGoTests({
      IOTLIVE_BACKEND_EXE: EXECUTABLE,
      IOTLIVE_BROKER: broker.target,
      IOTLIVE_READ_TOKEN: READ_TOKEN,
      IOTLIVE_WRITE_TOKEN: WRITE_TOKEN,
      IOTLIVE_UNREACHABLE: `127.0.0.1:${await closedPort()}`,
      IOTLIVE_SILENT: `127.0.0.1:${silent.port}`,
      IOTLIVE_SITE: SITE,
      IOTLIVE_DEVICES: String(DEVICES),
      IOTLIVE_FIXTURE_BASE_MS: String(fixtureBaseMs),
      IOTLIVE_FIXTURE_SAMPLES: String(FIXTURE_SAMPLES),
      IOTLIVE_BROKER_METRICS: broker.metricsUrl ?? '',
      IOTLIVE_LIVE_CHANNELS: JSON.stringify(liveChannels(SITE)),
      IOTLIVE_RESTART_BROKERS: JSON.stringify({
        jetstream: { target: restartable[0].target, control: restartable[0].controlUrl },
        memory: { target: restartable[1].target, control: restartable[1].controlUrl },
      }),
    });
    if (code !== 0 || process.env.IOTLIVE_SHOW_GO_OUTPUT) {
      throw new Error(`go test failed (exit ${code}):\n${output}`);
    }
    expect(output).toMatch(/^ok\s/m);
    expect(output).not.toMatch(/--- SKIP/);
  }, 600_000);
});
