/**
 * The pipeline benchmarks' input: sidecar batches of telemetry from a fleet of devices, encoded once
 * up front as the sidecar would send them, and the same samples as one JSON message per sample for
 * the naive baseline. Isomorphic: used in Node and in the browser bench page.
 */
import { ServerFrameCodec } from '../../common/proto';
import { telemetryBlockOf } from '../../common/proto/telemetryBlock';
import { timestampFromMs } from '../../common/time/timestamp';

export interface WorkloadOptions {
  devices: number;
  fieldsPerReading: number;
  readingsPerBatch: number;
  batches: number;
  startMs: number;
  /** How the sidecar sends the batches: as a telemetry block (the plugin asks for it) or as envelopes. */
  form: 'block' | 'envelopes';
}

export const DEFAULT_WORKLOAD: Omit<WorkloadOptions, 'startMs'> = {
  devices: 20,
  fieldsPerReading: 4,
  readingsPerBatch: 500,
  batches: 200,
  form: 'block',
};

export interface Workload {
  frames: Uint8Array[];
  /** Numeric values across all frames. */
  samples: number;
  readings: number;
  /** Event time of the last reading, epoch ms. */
  lastTimeMs: number;
}

/** Encodes `batches` Batch frames of `readingsPerBatch` readings, one reading per ms of event time. */
export function buildWorkload(options: WorkloadOptions): Workload {
  const { devices, fieldsPerReading, readingsPerBatch, batches, startMs } = options;
  const fieldNames = Array.from({ length: fieldsPerReading }, (_, f) => `f${f}`);
  const sequences = new Array<number>(devices).fill(0);
  const frames: Uint8Array[] = [];
  let n = 0;
  for (let b = 0; b < batches; b++) {
    const envelopes = [];
    for (let r = 0; r < readingsPerBatch; r++, n++) {
      const device = n % devices;
      const t = timestampFromMs(startMs + n);
      const values: Record<string, number> = {};
      for (let f = 0; f < fieldsPerReading; f++) {
        values[fieldNames[f]] = 20 + Math.sin(n / 50 + f);
      }
      envelopes.push({
        topic: `site/bench/device/d${device}/env`,
        sequence: ++sequences[device],
        brokerTime: t,
        eventTime: t,
        deviceId: `d${device}`,
        payload: { telemetry: { values } },
      });
    }
    const batch =
      options.form === 'block' ? { streamId: 1, block: telemetryBlockOf(envelopes) } : { streamId: 1, envelopes };
    frames.push(ServerFrameCodec.encode({ batch }).finish());
  }
  return { frames, samples: n * fieldsPerReading, readings: n, lastTimeMs: startMs + n - 1 };
}

/**
 * The same readings as a naive streaming datasource delivers them: one message per sample, each a
 * one-row data frame in Grafana's DataFrame JSON (schema and values), as a backend streams them.
 */
export function buildJsonMessages(options: WorkloadOptions): string[] {
  const { devices, fieldsPerReading, readingsPerBatch, batches, startMs } = options;
  const messages: string[] = [];
  for (let n = 0; n < batches * readingsPerBatch; n++) {
    const device = `d${n % devices}`;
    for (let f = 0; f < fieldsPerReading; f++) {
      messages.push(
        JSON.stringify({
          schema: {
            name: `site/bench/device/${device}/env`,
            fields: [
              { name: 'time', type: 'time', typeInfo: { frame: 'time.Time' } },
              { name: `f${f}`, type: 'number', typeInfo: { frame: 'float64' }, labels: { device } },
            ],
          },
          data: { values: [[startMs + n], [20 + Math.sin(n / 50 + f)]] },
        })
      );
    }
  }
  return messages;
}
