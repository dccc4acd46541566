/**
 * The raw JetStream baseline: publishers on @nats-io/jetstream, each keeping a window of publishes in
 * flight and counting PubAcks, the acknowledgement the broker waits for before acknowledging a device.
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { iot } from '../../common/proto';
import { timestampFromMs } from '../../common/time/timestamp';
import { sleep } from './stats';

/** PubAcks per second from `publishers` connections with `window` publishes in flight each. */
export async function jetstreamRawPublisher(
  url: string,
  publishers: number,
  window: number,
  measureMs: number
): Promise<number> {
  const admin: NatsConnection = await connect({ servers: url });
  const jsm = await jetstreamManager(admin);
  await jsm.streams.add({ name: 'BENCH_RAW', subjects: ['bench-raw.>'] });
  // The same bytes the broker stores for a single-value message: an encoded Envelope.
  const now = timestampFromMs(Date.now());
  const payload = iot.broker.v1.wire.Envelope.encode({
    topic: 'bench/raw/s0',
    brokerTime: now,
    eventTime: now,
    deviceId: 'bench-0',
    payload: iot.broker.v1.Payload.encode({ telemetry: { values: { f0: 21.5 } } }).finish(),
  }).finish();
  const connections: NatsConnection[] = await Promise.all(
    Array.from({ length: publishers }, () => connect({ servers: url }))
  );
  let acked = 0;
  let stopping = false;
  const loops = connections.map(async (connection, index) => {
    const js = jetstream(connection);
    const subject = `bench-raw.p${index}.s0.!`;
    const sendOne = async (): Promise<void> => {
      while (!stopping) {
        await js.publish(subject, payload);
        acked++;
      }
    };
    await Promise.all(Array.from({ length: window }, sendOne));
  });
  try {
    await sleep(1_000);
    const start = acked;
    const t0 = performance.now();
    await sleep(measureMs);
    const rate = ((acked - start) * 1000) / (performance.now() - t0);
    stopping = true;
    await Promise.all(loops);
    return rate;
  } finally {
    await Promise.all(connections.map((connection) => connection.close()));
    await jsm.streams.delete('BENCH_RAW').catch(() => undefined);
    await admin.close();
  }
}
