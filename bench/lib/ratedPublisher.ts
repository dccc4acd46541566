/**
 * Publishes telemetry to the broker over Connect at a steady offered rate, in batches, as a fleet of
 * batching devices would. The rate is kept by elapsed time, so a late timer catches up instead of
 * lowering the load.
 */
import { timestampFromMs } from '../../common/time/timestamp';
import { createRawBrokerClient, encodeDeviceMessage } from './rawBrokerClient';

export interface RatedPublisher {
  /** Readings the broker acknowledged so far. */
  readonly acked: number;
  stop(): Promise<void>;
}

export interface RatedPublisherOptions {
  target: string;
  topicPrefix: string;
  readingsPerSecond: number;
  fieldsPerReading: number;
  /** Distinct topics (one per simulated device). */
  topics: number;
  tickMs?: number;
}

/** Starts publishing; resolves once the device is registered. */
export async function startRatedPublisher(options: RatedPublisherOptions): Promise<RatedPublisher> {
  const { target, topicPrefix, readingsPerSecond, fieldsPerReading, topics, tickMs = 10 } = options;
  const client = createRawBrokerClient(target);
  const call = client.connect();
  call.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    call.once('data', (reply) =>
      reply.kind === 'registered' ? resolve() : reject(new Error(`registration refused: ${JSON.stringify(reply)}`))
    );
    call.write(encodeDeviceMessage({ register: { deviceId: 'bench-publisher', topics: [`${topicPrefix}/#`] } }));
  });
  let acked = 0;
  call.on('data', (reply) => {
    if (reply.kind === 'ack') {
      acked += reply.ack?.sequences?.length ?? 0;
    }
  });
  const fields = Array.from({ length: fieldsPerReading }, (_, f) => `f${f}`);
  let sent = 0;
  let batchId = 0;
  const startedAt = performance.now();
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - startedAt) / 1000) * readingsPerSecond) - sent;
    if (due <= 0) {
      return;
    }
    const now = Date.now();
    const items = Array.from({ length: due }, (_, i) => {
      const n = sent + i;
      return {
        topic: `${topicPrefix}/d${n % topics}/env`,
        payload: { telemetry: { values: Object.fromEntries(fields.map((f, k) => [f, (n % 1000) + k])) } },
        eventTime: timestampFromMs(now),
      };
    });
    sent += due;
    call.write(encodeDeviceMessage({ telemetry: { batchId: ++batchId, items } }));
  }, tickMs);
  return {
    get acked() {
      return acked;
    },
    async stop() {
      clearInterval(timer);
      call.end();
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.close();
    },
  };
}
