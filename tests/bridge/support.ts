/**
 * The bridge's test rig: a private Mosquitto on a free port, a broker process, and the bridge (in this
 * process, or as `npm run bridge` in a child process when a test kills it).
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import path from 'node:path';
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { TestClient, waitFor } from '../broker/support';
import { startMosquitto, type MosquittoProcess } from '../../services/stack/startMosquitto';
import { defaultBridgeOptions, type BridgeOptions } from '../../services/bridge/bridgeOptions';
import { MqttBridge } from '../../services/bridge/MqttBridge';
import { spawnService, type RunningService } from '../../services/stack/spawnService';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface Rig {
  mosquitto: MosquittoProcess;
  broker: SpawnedBroker;
  client: TestClient;
  stop(): Promise<void>;
}

/** Starts Mosquitto and a broker process. */
export async function startRig(): Promise<Rig> {
  const [mosquitto, broker] = await Promise.all([startMosquitto(), spawnBroker({ BROKER_METRICS_LISTEN: 'off' })]);
  const client = new TestClient(broker.target);
  return {
    mosquitto,
    broker,
    client,
    async stop() {
      client.close();
      await Promise.all([mosquitto.stop(), broker.kill()]);
    },
  };
}

let clientCounter = 0;

/** Bridge options pointing at the rig, with a client id of its own. */
export function bridgeOptionsFor(rig: Rig, overrides: Partial<BridgeOptions> = {}): BridgeOptions {
  return {
    ...defaultBridgeOptions(),
    mqttUrl: rig.mosquitto.url,
    brokerTarget: rig.broker.target,
    clientId: `bridge-test-${process.pid}-${++clientCounter}`,
    statsIntervalMs: 0,
    ...overrides,
  };
}

/** Starts a bridge in this process. */
export async function startBridge(rig: Rig, overrides: Partial<BridgeOptions> = {}): Promise<MqttBridge> {
  const bridge = new MqttBridge(bridgeOptionsFor(rig, overrides));
  await bridge.start();
  return bridge;
}

/** Runs `npm run bridge` in a child process; resolves once it logged "bridge running". */
export function spawnBridge(env: Record<string, string>): Promise<RunningService> {
  return spawnService({
    name: 'bridge',
    entry: 'services/bridge/main.ts',
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', BRIDGE_STATS_INTERVAL_MS: '0', ...env },
    readyMessage: 'bridge running',
    readyTimeoutMs: 20_000,
  });
}

/** An MQTT client of the rig's Mosquitto, connected. */
export async function mqttClient(rig: Rig, options: IClientOptions = {}): Promise<MqttClient> {
  const client = mqtt.connect(rig.mosquitto.url, { protocolVersion: 5, reconnectPeriod: 0, ...options });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return client;
}

export { TestClient, waitFor };
