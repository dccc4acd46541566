/**
 * The browser bench page: loads the BUILT plugin (dist/module.js) through the same AMD registry the
 * preview host uses, with the real @grafana/* packages, and exposes the measurements on
 * `window.iotliveBench` for the Chromium driver.
 */
import { dateTime, type DataFrame, type DataQueryResponse } from '@grafana/data';
import { setBackendSrv, setTemplateSrv, type BackendSrv, type TemplateSrv } from '@grafana/runtime';
import type { Subscription } from 'rxjs';
import { ServerFrameWireCodec } from '../../common/proto';
import { batchFromWire } from '../../src/stream/messageBatch';
import { AmdRegistry } from '../../services/preview/app/amdLoader';
import { registerSharedModules } from '../../services/preview/app/sharedModules';
import { runNaivePipeline } from '../pipeline/naivePipeline';
import { buildJsonMessages, buildWorkload, DEFAULT_WORKLOAD } from '../pipeline/workload';
import { FakeSidecarSocket } from './fakeSidecarSocket';

interface PluginModule {
  plugin: {
    DataSourceClass: new (settings: unknown) => {
      query(request: unknown): { subscribe(observer: (r: DataQueryResponse) => void): Subscription };
    };
  };
}

const now = () => performance.timeOrigin + performance.now();
const templateSrv = {
  replace: (text?: string) => text ?? '',
  getVariables: () => [],
  containsTemplate: () => false,
  updateTimeRange: () => undefined,
};

let pluginModule: Promise<PluginModule> | undefined;

/** Loads dist/module.js once, as Grafana would. */
function loadPlugin(): Promise<PluginModule> {
  if (!pluginModule) {
    const registry = new AmdRegistry();
    registerSharedModules(registry);
    registry.install(window);
    setTemplateSrv(templateSrv as unknown as TemplateSrv);
    setBackendSrv({} as BackendSrv);
    pluginModule = registry.load(
      '/public/plugins/iotlive-grpc-datasource/module.js'
    ) as Promise<unknown> as Promise<PluginModule>;
  }
  return pluginModule;
}

interface QueryOptions {
  sidecarUrl: string;
  topic: string;
  bufferSize: number;
  maxUpdateHz: number;
  backfillMs: number;
}

/** Runs one live query of the plugin and keeps its newest response. */
async function startQuery(options: QueryOptions): Promise<{
  latest: () => DataQueryResponse | undefined;
  responses: () => number;
  stop: () => void;
  onResponse: (fn: (r: DataQueryResponse) => void) => void;
}> {
  const { plugin } = await loadPlugin();
  const ds = new plugin.DataSourceClass({
    id: 1,
    uid: 'bench',
    type: 'iotlive-grpc-datasource',
    name: 'bench',
    access: 'proxy',
    url: options.sidecarUrl,
    jsonData: {},
    meta: { id: 'iotlive-grpc-datasource', info: { logos: {} } },
  });
  const to = dateTime(Date.now());
  const from = dateTime(Date.now() - options.backfillMs);
  let latest: DataQueryResponse | undefined;
  let count = 0;
  const listeners: Array<(r: DataQueryResponse) => void> = [];
  const subscription = ds
    .query({
      requestId: 'bench',
      interval: '1s',
      intervalMs: 1000,
      maxDataPoints: options.bufferSize,
      range: { from, to, raw: { from: `now-${Math.round(options.backfillMs / 1000)}s`, to: 'now' } },
      scopedVars: {},
      timezone: 'utc',
      app: 'dashboard',
      startTime: Date.now(),
      targets: [
        {
          refId: 'A',
          topic: options.topic,
          splitBy: 'device',
          timeSource: 'event',
          bufferSize: options.bufferSize,
          maxUpdateHz: options.maxUpdateHz,
        },
      ],
    })
    .subscribe((response) => {
      latest = response;
      count++;
      listeners.forEach((fn) => fn(response));
    });
  return {
    latest: () => latest,
    responses: () => count,
    stop: () => subscription.unsubscribe(),
    onResponse: (fn) => listeners.push(fn),
  };
}

/** The newest time value across the frames of a response. */
function newestTime(frames: DataFrame[]): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (const frame of frames) {
    const time = frame.fields.find((f) => f.type === 'time');
    const values = time?.values as ArrayLike<number> | undefined;
    if (values && values.length > 0) {
      newest = Math.max(newest, values[values.length - 1]);
    }
  }
  return newest;
}

function totalRows(frames: DataFrame[]): number {
  return frames.reduce((sum, frame) => sum + frame.length, 0);
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) {
      throw new Error('timed out waiting for the plugin');
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Feeds the workload to the plugin through a fake sidecar socket; best of `rounds` after a warm-up. */
async function pluginPipeline(
  rounds: number,
  bufferSize = 10_000
): Promise<{ samplesPerSecond: number; rowsShown: number }> {
  (window as unknown as { WebSocket: unknown }).WebSocket = FakeSidecarSocket;
  let best = Number.POSITIVE_INFINITY;
  let rowsShown = 0;
  let samplesPerRun = 0;
  for (let round = 0; round <= rounds; round++) {
    const workload = buildWorkload({ ...DEFAULT_WORKLOAD, startMs: Date.now() - 600_000 + round * 1_000_000 });
    samplesPerRun = workload.samples;
    FakeSidecarSocket.instances = [];
    const query = await startQuery({
      sidecarUrl: 'http://bench.invalid',
      topic: 'site/bench/#',
      bufferSize,
      maxUpdateHz: 60,
      backfillMs: 60_000,
    });
    await until(() => FakeSidecarSocket.instances.some((s) => s.subscriptions.length > 0), 5_000);
    const socket = FakeSidecarSocket.instances.find((s) => s.subscriptions.length > 0) as FakeSidecarSocket;
    const t0 = performance.now();
    for (const frame of workload.frames) {
      socket.deliver(frame);
    }
    const elapsed = performance.now() - t0;
    // The frames it shows next must hold the last sample: proof that nothing was skipped.
    await until(() => newestTime(query.latest()?.data ?? []) === workload.lastTimeMs, 5_000);
    rowsShown = totalRows(query.latest()?.data ?? []);
    query.stop();
    if (round > 0) {
      best = Math.min(best, elapsed);
    }
  }
  return { samplesPerSecond: (samplesPerRun * 1000) / best, rowsShown };
}

/** The naive baseline in this page: JSON per sample, one new one-row frame per message. */
function naivePipeline(rounds: number): { samplesPerSecond: number } {
  // Enough messages to fill every series' buffer, so trimming is part of the measure as it is live.
  const messages = buildJsonMessages({ ...DEFAULT_WORKLOAD, batches: 200, startMs: Date.now() });
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round <= rounds; round++) {
    const run = runNaivePipeline(messages, 10_000, () => performance.now());
    if (round > 0) {
      best = Math.min(best, run.elapsedMs);
    }
  }
  return { samplesPerSecond: (messages.length * 1000) / best };
}

/** Fills a 100,000-row buffer through the plugin, for a heap reading by the driver. */
async function fillBuffer(rows: number): Promise<{ rowsShown: number }> {
  (window as unknown as { WebSocket: unknown }).WebSocket = FakeSidecarSocket;
  FakeSidecarSocket.instances = [];
  const readingsPerBatch = 1_000;
  const workload = buildWorkload({
    ...DEFAULT_WORKLOAD,
    devices: 1,
    readingsPerBatch,
    batches: Math.ceil(rows / readingsPerBatch),
    startMs: Date.now() - 3_600_000,
  });
  const query = await startQuery({
    sidecarUrl: 'http://bench.invalid',
    topic: 'site/bench/#',
    bufferSize: rows,
    maxUpdateHz: 10,
    backfillMs: 3_600_000,
  });
  await until(() => FakeSidecarSocket.instances.some((s) => s.subscriptions.length > 0), 5_000);
  const socket = FakeSidecarSocket.instances.find((s) => s.subscriptions.length > 0) as FakeSidecarSocket;
  for (const frame of workload.frames) {
    socket.deliver(frame);
  }
  await until(() => newestTime(query.latest()?.data ?? []) === workload.lastTimeMs, 10_000);
  (window as unknown as { keepAlive: unknown }).keepAlive = query;
  return { rowsShown: totalRows(query.latest()?.data ?? []) };
}

interface LatencyProbe {
  /** publish → appended (the plugin's message handler has returned), per envelope, ms. */
  transport: number[];
  /** publish → the broker's receive stamp, per envelope, ms: the part of `transport` before the broker. */
  toBroker: number[];
  /** newest sample's age when a response is emitted, ms. */
  staleness: number[];
}

let probe: LatencyProbe | undefined;

const emptyProbe = (): LatencyProbe => ({ transport: [], toBroker: [], staleness: [] });

/** Opens a live query against a real sidecar and records latencies until `stopLatency`. */
async function startLatency(sidecarUrl: string, topic: string): Promise<void> {
  const recorded = emptyProbe();
  probe = recorded;
  const Native = window.WebSocket;
  // The plugin's handler runs the pipeline through to the rings before it returns; timing around it
  // gives the moment each envelope was appended.
  class TimedWebSocket extends Native {
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = handler
        ? (event: MessageEvent) => {
            handler.call(this, event);
            const appendedAt = now();
            // Decoded as the plugin decodes it, whether the batch came as a telemetry block or as envelopes.
            const frame = ServerFrameWireCodec.decode(new Uint8Array(event.data as ArrayBuffer));
            const batch = frame.batch ? batchFromWire(frame.batch, 0) : undefined;
            for (let row = 0; batch && row < batch.length; row++) {
              const sentAt = batch.eventTimeMs[row];
              if (!Number.isNaN(sentAt)) {
                recorded.transport.push(appendedAt - sentAt);
                recorded.toBroker.push(batch.brokerTimeMs[row] - sentAt);
              }
            }
          }
        : null;
    }
    override get onmessage(): ((event: MessageEvent) => void) | null {
      return super.onmessage as ((event: MessageEvent) => void) | null;
    }
  }
  (window as unknown as { WebSocket: unknown }).WebSocket = TimedWebSocket;
  const query = await startQuery({ sidecarUrl, topic, bufferSize: 10_000, maxUpdateHz: 20, backfillMs: 1_000 });
  query.onResponse((response) => {
    const newest = newestTime(response.data ?? []);
    if (Number.isFinite(newest)) {
      recorded.staleness.push(now() - newest);
    }
  });
  (window as unknown as { latencyQuery: unknown }).latencyQuery = query;
}

/** Stops recording and hands the samples over. */
function stopLatency(): LatencyProbe {
  const recorded = probe ?? emptyProbe();
  probe = undefined;
  (window as unknown as { latencyQuery?: { stop(): void } }).latencyQuery?.stop();
  return recorded;
}

/** Clears what a warm-up recorded, keeping the query running. */
function resetLatency(): void {
  // Emptied in place: the socket handler holds these very arrays.
  for (const samples of probe ? Object.values(probe) : []) {
    samples.length = 0;
  }
}

const benchApi = {
  ready: () => loadPlugin().then(() => true),
  pluginPipeline,
  naivePipeline,
  fillBuffer,
  startLatency,
  resetLatency,
  stopLatency,
};

/** What the page offers its driver, as `window.iotliveBench`. */
export type BenchPageApi = typeof benchApi;

declare global {
  interface Window {
    iotliveBench: BenchPageApi;
  }
}

window.iotliveBench = benchApi;
