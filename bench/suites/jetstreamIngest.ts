/**
 * Broker ingest on JetStream: the broker process on BROKER_BUS=jetstream against a nats-server of the
 * bench's own (free port, fresh store), devices streaming over Connect exactly as in the memory-bus
 * suite, beside raw @nats-io/jetstream publishers with the same acknowledgement (a PubAck per message)
 * and the same publishers × in-flight shape, on the same server in the same run.
 */
import { startNatsServer } from '../../tests/helpers/natsServer';
import { jetstreamRawPublisher } from '../lib/jetstreamRawPublisher';
import { createRawBrokerClient } from '../lib/rawBrokerClient';
import { startService } from '../lib/serviceProcess';
import { BATCH_FIELDS, BATCH_READINGS, measureConnect, SINGLE_DEVICES, SINGLE_WINDOW } from './brokerIngest';

export interface JetStreamIngestResult {
  broker_ingest_msgs_per_s_jetstream: number;
  broker_ingest_samples_per_s_batched_jetstream: number;
  jetstream_raw_msgs_per_s: number;
  broker_ingest_cpu_cores_jetstream: number;
}

/** Runs the JetStream ingest suite. */
export async function runJetStreamIngest(quick: boolean): Promise<JetStreamIngestResult> {
  const nats = await startNatsServer();
  try {
    const measureMs = quick ? 1_500 : 4_000;
    const raw = await jetstreamRawPublisher(nats.url, SINGLE_DEVICES, SINGLE_WINDOW, measureMs);
    const broker = await startService('services/broker/main.ts', 'broker listening', {
      BROKER_LISTEN: '127.0.0.1:0',
      BROKER_METRICS_LISTEN: 'off',
      BROKER_BUS: 'jetstream',
      BROKER_NATS_URL: nats.url,
      ...(process.env.BROKER_JETSTREAM_PUBLISH_WINDOW
        ? { BROKER_JETSTREAM_PUBLISH_WINDOW: process.env.BROKER_JETSTREAM_PUBLISH_WINDOW }
        : {}),
    });
    const client = createRawBrokerClient(`127.0.0.1:${broker.port}`);
    try {
      const single = await measureConnect(client, broker.pid, {
        devices: SINGLE_DEVICES,
        itemsPerMessage: 1,
        fieldsPerItem: 1,
        window: SINGLE_WINDOW,
        // The first burst (every device's whole window at once, the tenant's stream being created)
        // takes seconds to clear on JetStream: measure the steady state after it.
        warmupMs: 5_000,
        measureMs,
      });
      const batched = await measureConnect(client, broker.pid, {
        devices: SINGLE_DEVICES,
        itemsPerMessage: BATCH_READINGS,
        fieldsPerItem: BATCH_FIELDS,
        window: 4 * BATCH_READINGS,
        warmupMs: 1_000,
        measureMs,
      });
      return {
        broker_ingest_msgs_per_s_jetstream: single.itemsPerSecond,
        broker_ingest_samples_per_s_batched_jetstream: batched.itemsPerSecond * BATCH_FIELDS,
        jetstream_raw_msgs_per_s: raw,
        broker_ingest_cpu_cores_jetstream: single.cores,
      };
    } finally {
      client.close();
      await broker.stop();
    }
  } finally {
    await nats.dispose();
  }
}
