/**
 * Samples per second through the backend's Live path, in this process: envelopes into the sidecar
 * core's shared stream, the live channel's rows (the plugin's own operators), packet JSON, then what
 * Grafana's frontend does with each packet: JSON.parse and StreamingDataFrame.push (wide layout).
 * A clock under the bench's control lets every batch go out as one packet at once, so the figure is
 * work, not waiting for the update rate.
 */
import { ServerFrameCodec } from '../../common/proto';
import type { iot } from '../../common/proto/generated';
import type { LiveStreamSpec } from '../../common/live/liveChannel';
import { resolveOptions } from '../../services/sidecar/options';
import { FakeSource, quietLogger, testMetrics } from '../../services/sidecar/stream/fakeSource.testing';
import { LiveChannels } from '../../services/backend/live/LiveChannels';
import type { PacerClock } from '../../services/backend/live/PacketPacer';
import {
  StreamingDataFrame,
  type DataFrameJSON,
  type StreamingDataFrameInstance,
} from '../../services/backend/live/grafanaDataInNode.testing';
import { DEFAULT_WORKLOAD, buildWorkload } from '../pipeline/workload';

export interface LiveThroughput {
  samplesPerSecond: number;
  /** Share of the time spent in the backend (channel, rows, packet JSON); the rest is Grafana's frame. */
  backendShare: number;
}

const SPEC: LiveStreamSpec = {
  filter: 'bench/#',
  fields: [],
  timeSource: 'event',
  splitBy: 'device',
  conflation: 'none',
  conflationRateHz: 0,
  maxUpdateHz: 60,
  bufferSize: 1_000,
  maxHistory: 0,
};

function manualClock(): PacerClock & { advance(ms: number): void } {
  let now = 0;
  return {
    now: () => now,
    setTimeout: () => undefined,
    clearTimeout: () => undefined,
    advance: (ms) => (now += ms),
  };
}

function runOnce(batches: iot.broker.v1.Envelope[][], samples: number): { elapsedMs: number; consumerMs: number } {
  const clock = manualClock();
  const source = new FakeSource();
  const channels = new LiveChannels({
    tenant: 'bench',
    source,
    sidecarOptions: resolveOptions({ brokerTarget: '127.0.0.1:1', insecure: true }),
    metrics: testMetrics(),
    logger: quietLogger,
    clock,
  });
  const channel = channels.open('v1/bench', SPEC, undefined);
  let frame: StreamingDataFrameInstance | undefined;
  let consumerMs = 0;
  channel.attach({
    write: (packet) => {
      const t0 = performance.now();
      const json = JSON.parse(packet.toString('utf8')) as DataFrameJSON;
      if (frame) {
        frame.push(json);
      } else {
        frame = StreamingDataFrame.fromDataFrameJSON(json, { maxLength: 20_000 });
      }
      consumerMs += performance.now() - t0;
      return true;
    },
    end: () => undefined,
  });
  const upstream = source.calls[0].handlers;
  upstream.onStart({ epoch: 'bench', recovered: false });
  const t0 = performance.now();
  for (const batch of batches) {
    // A period has passed: this batch leaves as one packet as soon as the shared stream hands it over.
    clock.advance(1_000);
    for (const envelope of batch) {
      upstream.onEnvelope({ envelope, byteLength: 100 });
    }
  }
  const elapsedMs = performance.now() - t0;
  channels.close();
  const held = frame ? frame.fields.slice(1).reduce((n, f) => n + f.values.filter((v) => v != null).length, 0) : 0;
  if (held === 0 || !frame) {
    throw new Error(`the live path delivered nothing of ${samples} samples`);
  }
  return { elapsedMs, consumerMs };
}

/** Best of `rounds` runs after a warm-up, over the pipeline suite's workload sent as envelopes. */
export function measureLiveThroughput(rounds: number): LiveThroughput {
  const workload = buildWorkload({ ...DEFAULT_WORKLOAD, form: 'envelopes', startMs: Date.now() });
  const batches = workload.frames.map(
    (bytes) => (ServerFrameCodec.decode(bytes).batch?.envelopes ?? []) as iot.broker.v1.Envelope[]
  );
  let best: { elapsedMs: number; consumerMs: number } | undefined;
  for (let round = 0; round <= rounds; round++) {
    const run = runOnce(batches, workload.samples);
    if (round > 0 && (!best || run.elapsedMs < best.elapsedMs)) {
      best = run;
    }
  }
  const { elapsedMs, consumerMs } = best!;
  return { samplesPerSecond: (workload.samples * 1000) / elapsedMs, backendShare: 1 - consumerMs / elapsedMs };
}
