/**
 * Fan-out: devices → broker → sidecar → N WebSocket clients on one filter, at a steady offered load.
 * Broker and sidecar run in their own processes so the sidecar's CPU and memory are its own.
 */
import { coresUsed, sampleProcess, watchPeakRss } from '../lib/procStats';
import { startRatedPublisher } from '../lib/ratedPublisher';
import { startService, type ServiceProcess } from '../lib/serviceProcess';
import { sleep } from '../lib/stats';
import { openCountingClient, type CountingClient } from '../lib/streamClient';

const API_KEY = 'bench-sidecar-key';
/** Offered load: readings per second of FIELDS values each. */
const READINGS_PER_SECOND = 15_000;
const FIELDS = 4;
export const FANOUT_CLIENT_COUNTS = [1, 10, 50];

export interface FanoutPoint {
  clients: number;
  /** The slowest client's numeric values per second. */
  samplesPerSecondPerClient: number;
  sidecarCores: number;
}

export interface FanoutResult {
  fanout_clients: number;
  fanout_samples_per_s_per_client: number;
  fanout_offered_samples_per_s: number;
  sidecar_cpu_cores: number;
  sidecar_rss_mb: number;
  /** Per client count: fanout_samples_per_s_per_client_1, _10 and _50, and the sidecar's CPU at each. */
  [perCount: `fanout_samples_per_s_per_client_${number}` | `sidecar_cpu_cores_${number}`]: number;
  fanout_points: FanoutPoint[];
}

async function measurePoint(sidecar: ServiceProcess, clients: number, measureMs: number): Promise<FanoutPoint> {
  const url = `ws://127.0.0.1:${sidecar.port}/api/stream`;
  const open: CountingClient[] = [];
  try {
    for (let i = 0; i < clients; i++) {
      open.push(await openCountingClient({ url, apiKey: API_KEY, filter: 'bench/fan/#', probe: i === 0 }));
    }
    await sleep(1_000);
    const probe = open[0];
    const startBytes = open.map((c) => c.bytes);
    const startSamples = probe.samples;
    const before = sampleProcess(sidecar.pid);
    await sleep(measureMs);
    const after = sampleProcess(sidecar.pid);
    const seconds = (after.atMs - before.atMs) / 1000;
    const probeBytes = probe.bytes - startBytes[0];
    const probeRate = (probe.samples - startSamples) / seconds;
    // Every client gets the same bytes as the probe; the slowest one's share of them is its rate.
    const slowestShare = Math.min(...open.map((c, i) => (c.bytes - startBytes[i]) / Math.max(1, probeBytes)));
    return {
      clients,
      samplesPerSecondPerClient: probeRate * Math.min(1, slowestShare),
      sidecarCores: coresUsed(before, after),
    };
  } finally {
    for (const client of open) {
      client.close();
    }
    await sleep(300);
  }
}

/** Runs the fan-out suite for 1, 10 and 50 clients. */
export async function runFanout(quick: boolean): Promise<FanoutResult> {
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
  });
  let sidecar: ServiceProcess | undefined;
  let publisher: Awaited<ReturnType<typeof startRatedPublisher>> | undefined;
  try {
    sidecar = await startService('services/sidecar/main.ts', 'sidecar listening', {
      SIDECAR_LISTEN: '127.0.0.1:0',
      SIDECAR_METRICS_LISTEN: 'off',
      BROKER_TARGET: `127.0.0.1:${broker.port}`,
      SIDECAR_API_KEY: API_KEY,
    });
    publisher = await startRatedPublisher({
      target: `127.0.0.1:${broker.port}`,
      topicPrefix: 'bench/fan',
      readingsPerSecond: READINGS_PER_SECOND,
      fieldsPerReading: FIELDS,
      topics: 100,
    });
    const rss = watchPeakRss(sidecar.pid);
    const points: FanoutPoint[] = [];
    for (const clients of FANOUT_CLIENT_COUNTS) {
      points.push(await measurePoint(sidecar, clients, quick ? 2_000 : 4_000));
    }
    const widest = points[points.length - 1];
    const perCount = Object.fromEntries(
      points.flatMap((p) => [
        [`fanout_samples_per_s_per_client_${p.clients}`, p.samplesPerSecondPerClient],
        [`sidecar_cpu_cores_${p.clients}`, p.sidecarCores],
      ])
    );
    return {
      fanout_clients: widest.clients,
      fanout_samples_per_s_per_client: widest.samplesPerSecondPerClient,
      fanout_offered_samples_per_s: READINGS_PER_SECOND * FIELDS,
      sidecar_cpu_cores: widest.sidecarCores,
      sidecar_rss_mb: rss.stop(),
      ...perCount,
      fanout_points: points,
    };
  } finally {
    await publisher?.stop();
    await sidecar?.stop();
    await broker.stop();
  }
}
