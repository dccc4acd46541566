/**
 * Grafana Live in backend mode. `live_samples_per_s`: samples a second through the backend's Live
 * path into Grafana's StreamingDataFrame (in this process), beside the plugin's direct pipeline on
 * the sidecar's telemetry blocks in the same run. The Live path does more per sample: the backend
 * turns columns into rows and JSON text (Grafana's wide layout: one cell per series and value field
 * in every row, so a packet grows with the series count), and the frontend parses that JSON and
 * appends it to one wide frame, where the direct path copies numeric columns of a binary block
 * straight into per-series rings.
 * `live_e2e_p99_ms`: publish at 10,000 msg/s to a real broker → the packet's arrival from RunStream
 * of the built backend executable, per sample (device event time to packet receipt); packets leave
 * at most 60 times a second, so up to ~17 ms of it is the update rate by design.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import { liveChannelPath, type LiveStreamSpec } from '../../common/live/liveChannel';
import { buildBackend } from '../../scripts/backend/buildBackend';
import { launchBackend, pluginClients } from '../../services/backend/host/launchBackend';
import { measureLiveThroughput } from '../live/liveThroughput';
import { measurePipelineInNode } from '../pipeline/nodePipeline';
import { startRatedPublisher } from '../lib/ratedPublisher';
import { startService } from '../lib/serviceProcess';
import { percentile, sleep } from '../lib/stats';

export interface LiveResult {
  live_samples_per_s: number;
  live_direct_samples_per_s: number;
  live_vs_direct: number;
  live_backend_share: number;
  live_e2e_msgs_per_s: number;
  live_e2e_p50_ms: number;
  live_e2e_p99_ms: number;
  /** The part after the broker: broker receive time → packet receipt. */
  live_e2e_broker_to_packet_p99_ms: number;
  live_e2e_samples_measured: number;
}

const EXECUTABLE = path.resolve(__dirname, '../../dist/gpx_iotlive_linux_amd64');
const MESSAGES_PER_SECOND = 10_000;
const UID = 'bench-live';

const SPEC: LiveStreamSpec = {
  filter: 'bench/live/#',
  fields: [],
  timeSource: 'event',
  splitBy: 'topic',
  conflation: 'none',
  conflationRateHz: 0,
  maxUpdateHz: 60,
  bufferSize: null,
  maxHistory: 0,
};

function pluginContext(brokerTarget: string) {
  return {
    orgId: 1,
    user: { login: 'bench', name: 'bench', email: '', role: 'Viewer' },
    dataSourceInstanceSettings: {
      uid: UID,
      lastUpdatedMS: 1,
      jsonData: Buffer.from(JSON.stringify({ brokerAddress: brokerTarget })),
    },
  };
}

interface Latencies {
  /** Device event time → packet receipt, per sample. */
  total: number[];
  /** Broker time → packet receipt, per sample (a second channel of the same filter, by broker time). */
  afterBroker: number[];
}

/** Subscribes and runs one channel; records each sample's age at packet receipt while `recording()`. */
async function runChannel(
  client: Record<string, (...args: unknown[]) => unknown>,
  context: object,
  spec: LiveStreamSpec,
  recording: () => boolean,
  into: number[]
): Promise<grpc.ClientReadableStream<{ data: Buffer }>> {
  const channelPath = liveChannelPath(UID, spec);
  await new Promise<void>((resolve, reject) =>
    client.SubscribeStream(
      { pluginContext: context, path: channelPath, data: Buffer.from('{}') },
      (err: Error | null, response: { status: string }) =>
        err || response.status !== 'OK' ? reject(err ?? new Error(`SubscribeStream: ${response.status}`)) : resolve()
    )
  );
  const call = client.RunStream({
    pluginContext: context,
    path: channelPath,
    data: Buffer.from('{}'),
  }) as grpc.ClientReadableStream<{ data: Buffer }>;
  call.on('error', () => undefined);
  // The series of each value field, from the last schema (data-only packets follow it).
  let seriesOfField: string[] = [];
  call.on('data', (packet: { data: Buffer }) => {
    const receivedMs = Date.now();
    const frame = JSON.parse(packet.data.toString('utf8')) as {
      schema?: { fields: Array<{ labels?: Record<string, string> }> };
      data?: { values: unknown[][] };
    };
    if (frame.schema) {
      seriesOfField = frame.schema.fields.map((field) => JSON.stringify(field.labels ?? {}));
    }
    if (!recording()) {
      return;
    }
    // Wide layout: a row is one time, shared by the series sampled then; one latency per sample.
    const values = frame.data?.values ?? [];
    ((values[0] ?? []) as number[]).forEach((time, row) => {
      const sampled = new Set<string>();
      for (let f = 1; f < values.length; f++) {
        if (values[f][row] !== null) {
          sampled.add(seriesOfField[f]);
        }
      }
      for (let i = 0; i < sampled.size; i++) {
        into.push(receivedMs - time);
      }
    });
  });
  return call;
}

/** Publish → RunStream packet latencies (ms) of every sample received while measuring. */
async function measureE2e(quick: boolean): Promise<Latencies> {
  if (!fs.existsSync(EXECUTABLE)) {
    await buildBackend({ all: false });
  }
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
  });
  const backend = await launchBackend(EXECUTABLE);
  const { stream } = pluginClients(backend.address);
  const client = stream as unknown as Record<string, (...args: unknown[]) => unknown>;
  const brokerTarget = `127.0.0.1:${broker.port}`;
  const context = pluginContext(brokerTarget);
  let publisher: Awaited<ReturnType<typeof startRatedPublisher>> | undefined;
  const calls: Array<grpc.ClientReadableStream<{ data: Buffer }>> = [];
  try {
    let recording = false;
    const latencies: Latencies = { total: [], afterBroker: [] };
    calls.push(await runChannel(client, context, SPEC, () => recording, latencies.total));
    calls.push(
      await runChannel(client, context, { ...SPEC, timeSource: 'broker' }, () => recording, latencies.afterBroker)
    );
    await sleep(500);
    publisher = await startRatedPublisher({
      target: brokerTarget,
      topicPrefix: 'bench/live',
      readingsPerSecond: MESSAGES_PER_SECOND,
      fieldsPerReading: 1,
      topics: 20,
      tickMs: 2,
    });
    await sleep(1_500);
    recording = true;
    await sleep(quick ? 3_000 : 8_000);
    recording = false;
    if (latencies.total.length === 0) {
      throw new Error('no sample reached RunStream: check the broker and the backend');
    }
    return latencies;
  } finally {
    calls.forEach((call) => call.cancel());
    await publisher?.stop();
    stream.close();
    await backend.stop();
    await broker.stop();
  }
}

export async function runLive(quick: boolean): Promise<LiveResult> {
  const rounds = quick ? 2 : 5;
  const live = measureLiveThroughput(rounds);
  const direct = measurePipelineInNode(rounds);
  const latencies = await measureE2e(quick);
  return {
    live_samples_per_s: live.samplesPerSecond,
    live_direct_samples_per_s: direct,
    live_vs_direct: live.samplesPerSecond / direct,
    live_backend_share: live.backendShare,
    live_e2e_msgs_per_s: MESSAGES_PER_SECOND,
    live_e2e_p50_ms: percentile(latencies.total, 50),
    live_e2e_p99_ms: percentile(latencies.total, 99),
    live_e2e_broker_to_packet_p99_ms: percentile(latencies.afterBroker, 99),
    live_e2e_samples_measured: latencies.total.length,
  };
}
