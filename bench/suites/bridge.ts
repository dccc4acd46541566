/**
 * MQTT bridge throughput: MQTT messages per second that reach the broker through the bridge (each
 * acknowledged by the broker before its PUBACK), beside a bare `mqtt` subscriber that only counts
 * messages (PUBACK at once), on the same private Mosquitto under the same load, in the same run.
 */
import mqtt from 'mqtt';
import path from 'node:path';
import { parseLogLine } from '../../services/stack/serviceLogLine';
import { spawnService, type RunningService } from '../../services/stack/spawnService';
import { startMosquitto } from '../../services/stack/startMosquitto';
import { coresUsed, sampleProcess } from '../lib/procStats';
import { startService } from '../lib/serviceProcess';
import { sleep } from '../lib/stats';

export interface BridgeBenchResult {
  bridge_msgs_per_s: number;
  mqtt_raw_msgs_per_s: number;
  /** bridge_msgs_per_s / mqtt_raw_msgs_per_s. */
  bridge_vs_raw: number;
  bridge_cpu_cores: number;
}

const REPO_ROOT = path.resolve(__dirname, '../..');
const RECEIVE_MAXIMUM = 10_000;

/** Messages per second a bare subscriber receives. */
async function measureRaw(url: string, warmupMs: number, measureMs: number): Promise<number> {
  const client = mqtt.connect(url, {
    protocolVersion: 5,
    clientId: `bench-raw-${process.pid}`,
    clean: true,
    reconnectPeriod: 0,
    properties: { receiveMaximum: RECEIVE_MAXIMUM },
  });
  let received = 0;
  client.on('message', () => received++);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  await client.subscribeAsync('devices/+/#', { qos: 1 });
  await sleep(warmupMs);
  const start = received;
  const t0 = performance.now();
  await sleep(measureMs);
  const rate = ((received - start) * 1000) / (performance.now() - t0);
  await client.endAsync(true);
  return rate;
}

/** Messages per second the bridge gets acknowledged by the broker, read from its totals log lines. */
async function measureBridge(
  url: string,
  brokerTarget: string,
  warmupMs: number,
  measureMs: number
): Promise<{ rate: number; cores: number }> {
  const totals: Array<{ published: number; atMs: number }> = [];
  const bridge: RunningService = await spawnService({
    name: 'bridge',
    entry: 'services/bridge/main.ts',
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      BRIDGE_MQTT_URL: url,
      BROKER_TARGET: brokerTarget,
      BRIDGE_MQTT_CLIENT_ID: `bench-bridge-${process.pid}`,
      BRIDGE_MQTT_CLEAN: 'true',
      BRIDGE_MQTT_RECEIVE_MAXIMUM: String(RECEIVE_MAXIMUM),
      BRIDGE_SPARKPLUG: 'false',
      BRIDGE_STATS_INTERVAL_MS: '250',
    },
    readyMessage: 'bridge running',
    readyTimeoutMs: 20_000,
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    onLine: (line) => {
      const parsed = parseLogLine(line);
      if (parsed?.msg === 'bridge totals' && typeof parsed.published === 'number') {
        totals.push({ published: parsed.published, atMs: Number(parsed.time) });
      }
    },
  });
  try {
    // Sessions for the 50 devices register first; the clock starts once messages flow.
    const deadline = Date.now() + 20_000;
    while ((totals[totals.length - 1]?.published ?? 0) === 0 && Date.now() < deadline) {
      await sleep(50);
    }
    await sleep(warmupMs);
    const from = totals.length;
    const before = sampleProcess(bridge.pid);
    await sleep(measureMs);
    const after = sampleProcess(bridge.pid);
    const window = totals.slice(Math.max(0, from - 1));
    if (window.length < 2) {
      throw new Error('the bridge logged no totals while measuring');
    }
    const first = window[0];
    const last = window[window.length - 1];
    return {
      rate: ((last.published - first.published) * 1000) / (last.atMs - first.atMs),
      cores: coresUsed(before, after),
    };
  } finally {
    await bridge.stop(5_000);
  }
}

/** Runs the bridge suite: private Mosquitto, broker process, load process; raw subscriber, bridge, raw again. */
export async function runBridgeBench(quick: boolean): Promise<BridgeBenchResult> {
  const warmupMs = quick ? 1_000 : 1_500;
  const measureMs = quick ? 2_000 : 4_000;
  const mosquitto = await startMosquitto();
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
    BROKER_HISTORY_MAX_MESSAGES: '1000',
  });
  const load = await startService('bench/lib/mqttLoad.ts', 'mqtt load running', {
    MQTT_LOAD_URL: mosquitto.url,
    MQTT_LOAD_PUBLISHERS: '4',
    MQTT_LOAD_DEVICES: '50',
    MQTT_LOAD_WINDOW: '256',
  });
  try {
    // The bare subscriber runs before and after the bridge, so a shift in the machine's load in between
    // weighs on both sides alike.
    const rawBefore = await measureRaw(mosquitto.url, warmupMs, measureMs);
    const bridged = await measureBridge(mosquitto.url, `127.0.0.1:${broker.port}`, warmupMs, measureMs);
    const raw = (rawBefore + (await measureRaw(mosquitto.url, warmupMs, measureMs))) / 2;
    return {
      bridge_msgs_per_s: bridged.rate,
      mqtt_raw_msgs_per_s: raw,
      bridge_vs_raw: bridged.rate / raw,
      bridge_cpu_cores: bridged.cores,
    };
  } finally {
    await load.stop();
    await broker.stop();
    await mosquitto.stop();
  }
}
