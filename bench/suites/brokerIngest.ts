/**
 * Broker ingest: simulated devices stream telemetry over Connect to a broker in its own process, as
 * fast as the broker acknowledges it. Single-sample messages, then batches; the naive baseline is one
 * unary Publish call per message, what a client without a device session does.
 */
import { timestampFromMs } from '../../common/time/timestamp';
import { measureMosquittoQos1 } from '../lib/mosquittoBaseline';
import { coresUsed, sampleProcess } from '../lib/procStats';
import {
  createRawBrokerClient,
  encodeDeviceMessage,
  encodePublishRequest,
  type RawBrokerClient,
} from '../lib/rawBrokerClient';
import { startService } from '../lib/serviceProcess';
import { sleep } from '../lib/stats';

export interface BrokerIngestResult {
  broker_ingest_msgs_per_s: number;
  /** Numeric values per second: batches of readings, each reading a few fields of one device. */
  broker_ingest_samples_per_s_batched: number;
  broker_ingest_readings_per_s_batched: number;
  broker_ingest_naive_unary_msgs_per_s: number;
  broker_ingest_cpu_cores: number;
  /** Mosquitto with QoS 1, the same publishers × in-flight shape, measured in the same run. */
  mosquitto_qos1_msgs_per_s: number;
}

/** A batching device sends this many readings per message, each with this many fields. */
export const BATCH_READINGS = 100;
export const BATCH_FIELDS = 8;
/** Devices (or MQTT publishers) at once, and messages each keeps in flight, for single-message ingest. */
export const SINGLE_DEVICES = 8;
export const SINGLE_WINDOW = 512;

export interface IngestRun {
  /** Devices streaming at once. */
  devices: number;
  /** Telemetry items (readings) per DeviceMessage (1: single messages). */
  itemsPerMessage: number;
  /** Numeric fields per reading (1: single-sample readings). */
  fieldsPerItem: number;
  /** Items a device may have sent but not yet seen acknowledged. */
  window: number;
  warmupMs: number;
  measureMs: number;
}

/** Pre-encoded telemetry messages of one device, cycled through while measuring. */
function deviceMessages(device: number, itemsPerMessage: number, fieldsPerItem: number): Buffer[] {
  const now = Date.now();
  const values = (seed: number) =>
    Object.fromEntries(Array.from({ length: fieldsPerItem }, (_, f) => [`f${f}`, 20 + Math.sin(seed + f)]));
  return Array.from({ length: 16 }, (_, variant) =>
    encodeDeviceMessage({
      telemetry: {
        batchId: variant + 1,
        items: Array.from({ length: itemsPerMessage }, (_, i) => ({
          topic: `bench/d${device}/s${(variant + i) % 8}`,
          payload: { telemetry: { values: values(variant + i) } },
          eventTime: timestampFromMs(now + i),
        })),
      },
    })
  );
}

/** Runs devices against the broker and returns the acknowledged items per second and the broker's CPU. */
export async function measureConnect(
  client: RawBrokerClient,
  brokerPid: number,
  run: IngestRun
): Promise<{ itemsPerSecond: number; cores: number }> {
  let acked = 0;
  let stopping = false;
  const streams = await Promise.all(
    Array.from({ length: run.devices }, async (_, device) => {
      const call = client.connect();
      call.on('error', () => undefined);
      const messages = deviceMessages(device, run.itemsPerMessage, run.fieldsPerItem);
      await new Promise<void>((resolve, reject) => {
        call.once('data', (reply) =>
          reply.kind === 'registered' ? resolve() : reject(new Error(`registration refused: ${JSON.stringify(reply)}`))
        );
        // Devices take several acks in one reply (Register.accepts_ack_batches), as a fast client would.
        call.write(
          encodeDeviceMessage({
            register: { deviceId: `bench-${device}`, topics: [`bench/d${device}/#`], acceptsAckBatches: true },
          })
        );
      });
      let inFlight = 0;
      let next = 0;
      const pump = () => {
        while (!stopping && inFlight + run.itemsPerMessage <= run.window) {
          inFlight += run.itemsPerMessage;
          if (!call.write(messages[next++ % messages.length])) {
            call.once('drain', pump);
            return;
          }
        }
      };
      call.on('data', (reply) => {
        let count = 0;
        if (reply.kind === 'ack') {
          count = reply.ack?.sequences?.length ?? 0;
        } else if (reply.kind === 'acks') {
          for (const ack of reply.acks?.acks ?? []) {
            count += ack.sequences?.length ?? 0;
          }
        }
        if (count > 0) {
          inFlight -= count;
          acked += count;
          pump();
        }
      });
      pump();
      return call;
    })
  );
  await sleep(run.warmupMs);
  const startAcked = acked;
  const before = sampleProcess(brokerPid);
  await sleep(run.measureMs);
  const after = sampleProcess(brokerPid);
  const itemsPerSecond = ((acked - startAcked) * 1000) / (after.atMs - before.atMs);
  stopping = true;
  for (const call of streams) {
    call.end();
  }
  await sleep(200);
  return { itemsPerSecond, cores: coresUsed(before, after) };
}

/** One unary Publish per message, `concurrency` calls in flight. */
async function measureUnary(client: RawBrokerClient, concurrency: number, measureMs: number): Promise<number> {
  const requests = Array.from({ length: 16 }, (_, i) =>
    encodePublishRequest({ topic: `bench/unary/s${i % 8}`, payload: { telemetry: { values: { value: i } } } })
  );
  let done = 0;
  let stopping = false;
  const worker = async (id: number) => {
    let i = id;
    while (!stopping) {
      await new Promise<void>((resolve, reject) =>
        client.publish(requests[i++ % requests.length], (err) => (err ? reject(err) : resolve()))
      );
      done++;
    }
  };
  const workers = Array.from({ length: concurrency }, (_, id) => worker(id));
  await sleep(500);
  const start = done;
  const t0 = performance.now();
  await sleep(measureMs);
  const rate = ((done - start) * 1000) / (performance.now() - t0);
  stopping = true;
  await Promise.all(workers);
  return rate;
}

/** Runs the broker ingest suite against a fresh broker process. */
export async function runBrokerIngest(quick: boolean): Promise<BrokerIngestResult> {
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
    BROKER_HISTORY_MAX_MESSAGES: '1000',
  });
  const client = createRawBrokerClient(`127.0.0.1:${broker.port}`);
  try {
    const measureMs = quick ? 1_500 : 4_000;
    const single = await measureConnect(client, broker.pid, {
      devices: SINGLE_DEVICES,
      itemsPerMessage: 1,
      fieldsPerItem: 1,
      window: SINGLE_WINDOW,
      warmupMs: 1_000,
      measureMs,
    });
    const batched = await measureConnect(client, broker.pid, {
      devices: 8,
      itemsPerMessage: BATCH_READINGS,
      fieldsPerItem: BATCH_FIELDS,
      window: 4 * BATCH_READINGS,
      warmupMs: 1_000,
      measureMs,
    });
    const naive = await measureUnary(client, 64, quick ? 1_000 : 3_000);
    const mosquitto = await measureMosquittoQos1(SINGLE_DEVICES, SINGLE_WINDOW, measureMs);
    return {
      broker_ingest_msgs_per_s: single.itemsPerSecond,
      broker_ingest_samples_per_s_batched: batched.itemsPerSecond * BATCH_FIELDS,
      broker_ingest_readings_per_s_batched: batched.itemsPerSecond,
      broker_ingest_naive_unary_msgs_per_s: naive,
      broker_ingest_cpu_cores: single.cores,
      mosquitto_qos1_msgs_per_s: mosquitto,
    };
  } finally {
    client.close();
    await broker.stop();
  }
}
