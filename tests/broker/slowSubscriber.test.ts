import { startBroker, type StartedBroker } from '../helpers/broker';
import { TestClient, waitFor } from './support';

const QUEUE_LIMIT = 64;
const MESSAGES = 1500;
const PAYLOAD_BYTES = 16 * 1024;

async function droppedTotal(broker: StartedBroker): Promise<number> {
  const text = await broker.server.metrics.text();
  return Number(/^iotlive_broker_subscriber_dropped_total (\d+)$/m.exec(text)?.[1] ?? NaN);
}

describe('a slow subscriber', () => {
  let broker: StartedBroker;
  let client: TestClient;

  beforeEach(async () => {
    broker = await startBroker({ subscriberQueueMessages: QUEUE_LIMIT, historyMaxMessages: 10 });
    client = new TestClient(broker.target);
  });

  afterEach(async () => {
    client.close();
    await broker.close();
  });

  it('is bounded by flow control and a counted drop-oldest queue, sees the drops as gaps, and never holds up publishers', async () => {
    const slowClient = new TestClient(broker.target);
    const slow = slowClient.subscribe({ filter: 'firehose/#' });
    slow.call.pause();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const device = client.device();
    await device.register({ deviceId: 'hose' });
    const payload = { raw: new Uint8Array(PAYLOAD_BYTES) };
    for (let batch = 0; batch < MESSAGES / 50; batch++) {
      await device.send(
        batch + 1,
        Array.from({ length: 50 }, () => ({ topic: 'firehose/t', payload }))
      );
    }
    // Every batch was acknowledged: a stalled subscriber never holds up publishers.
    const dropped = await droppedTotal(broker);
    expect(dropped).toBeGreaterThan(0);

    slow.call.resume();
    await waitFor(() => slow.received.length + dropped >= MESSAGES, 'the slow subscriber to catch up', 10_000);
    const sequences = slow.sequences();
    // Nothing accepted is lost silently: what the slow subscriber did not get was counted as dropped.
    expect(sequences.length + dropped).toBe(MESSAGES);
    expect(sequences[sequences.length - 1]).toBe(MESSAGES);
    expect(sequences.every((sequence, i) => i === 0 || sequence > sequences[i - 1])).toBe(true);
    const gaps = sequences.filter((sequence, i) => i > 0 && sequence !== sequences[i - 1] + 1).length;
    expect(gaps).toBeGreaterThan(0);
    // The broker states every drop itself, as TopicGap ranges covering exactly what was dropped.
    const stated = slow.gaps.reduce((sum, gap) => sum + Number(gap.toSequence) - Number(gap.fromSequence) + 1, 0);
    expect(stated).toBe(dropped);

    // The stream is still live after the stall.
    await device.send(1000, [{ topic: 'firehose/t', payload: { raw: new Uint8Array(1) } }]);
    await waitFor(() => slow.sequences().includes(MESSAGES + 1), 'a live message after the stall');
    slow.cancel();
    device.cancel();
    slowClient.close();
  }, 30_000);
});
