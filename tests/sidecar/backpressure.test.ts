/** A client that stops reading stays within its bound and is told what it lost; the others miss nothing. */
import { StreamState } from '../../common/proto';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, StreamTestClient, readMetric, type StartedSidecar } from '../helpers/sidecar';
import { publisher } from '../helpers/sidecarFixtures';
import { bearerMetadata } from '../../services/grpc/brokerService';

const QUEUE_BYTES = 128 * 1024;
const BATCH_BYTES = 16 * 1024;

describe('sidecar backpressure', () => {
  let broker: StartedBroker;
  let sidecar: StartedSidecar;

  beforeAll(async () => {
    broker = await startBroker({ historyMaxMessages: 10 });
    sidecar = await startSidecar({
      brokerTarget: broker.target,
      limits: {
        clientQueueBytes: QUEUE_BYTES,
        socketHighWaterBytes: 32 * 1024,
        batchMaxBytes: BATCH_BYTES,
        clientQueueAgeMs: 60_000,
      },
    });
  });
  afterAll(async () => {
    await sidecar?.close();
    await broker?.close();
  });

  it('drops the oldest batches of a paused client only, within its byte bound, and reports it', async () => {
    const fast = await StreamTestClient.connect(sidecar.streamUrl);
    const slow = await StreamTestClient.connect(sidecar.streamUrl);
    for (const client of [fast, slow]) {
      client.subscribe({ id: 1, filter: 'bp/#' });
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_LIVE);
    }
    slow.pause();
    const pub = publisher(broker.target);
    const payload = Buffer.alloc(4 * 1024, 7);
    const total = 3_000;
    let largestBacklog = 0;
    for (let i = 1; i <= total; i++) {
      await new Promise<void>((resolve, reject) =>
        pub.publish(
          { topic: 'bp/t', payload: { raw: payload } },
          bearerMetadata(),
          { deadline: Date.now() + 5_000 },
          (err) => (err ? reject(err) : resolve())
        )
      );
      if (i % 250 === 0) {
        largestBacklog = Math.max(
          largestBacklog,
          (await readMetric(sidecar.metricsUrl, 'iotlive_sidecar_client_backlog_bytes_max')) ?? 0
        );
      }
    }
    pub.close();
    await fast.until(() => fast.envelopesOf(1).length === total, 20_000, 'every message at the fast client');
    expect(fast.envelopesOf(1).map((envelope) => Number(envelope.sequence))).toEqual(
      Array.from({ length: total }, (_, i) => i + 1)
    );
    expect(fast.frames.some((frame) => frame.status?.state === StreamState.STATE_LAGGING)).toBe(false);

    // The paused client's backlog never passed its bound (plus one batch being handed over).
    expect(largestBacklog).toBeGreaterThan(0);
    expect(largestBacklog).toBeLessThanOrEqual(QUEUE_BYTES + BATCH_BYTES);
    expect(await readMetric(sidecar.metricsUrl, 'iotlive_sidecar_dropped_total')).toBeGreaterThan(0);

    slow.resume();
    const lagging = await slow.waitFor((frame) => frame.status?.state === StreamState.STATE_LAGGING, 20_000, 'LAGGING');
    expect(Number(lagging.status!.droppedBatches)).toBeGreaterThan(0);
    expect(Number(lagging.status!.droppedMessages)).toBeGreaterThan(0);
    await slow.waitFor(
      (frame) => frame.status?.state === StreamState.STATE_LIVE && frame.status.detail === 'caught up',
      20_000,
      'caught up'
    );
    const received = slow.envelopesOf(1).map((envelope) => Number(envelope.sequence));
    expect(received.length).toBeLessThan(total);
    // What arrived is in order and never repeated; the newest made it.
    expect([...new Set(received)]).toEqual(received);
    expect([...received].sort((a, b) => a - b)).toEqual(received);
    await slow.until(() => slow.envelopesOf(1).at(-1)?.sequence === total, 20_000, 'the newest message');
    await fast.close();
    await slow.close();
  }, 60_000);
});
