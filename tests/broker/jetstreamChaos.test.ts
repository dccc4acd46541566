/**
 * Nothing acknowledged is lost or duplicated on JetStream, whatever crashes: two broker processes on a
 * nats-server of the test's own; a publisher writes through broker A as fast as it is acknowledged,
 * a subscriber reads through broker B. Then A is killed with SIGKILL and restarted, nats-server is
 * killed and restarted on the same store, and B is killed with SIGKILL (the subscriber resumes through
 * A from its last position per topic). Every acknowledged message must reach the subscriber exactly
 * once, in order per topic. The run is bounded: each phase lasts a fixed number of publishes.
 */
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { startNatsServer, type TestNatsServer } from '../helpers/natsServer';
import type { iot } from '../../common/proto/generated';
import { TestClient, waitFor, type Envelope, type Subscription } from './support';

jest.setTimeout(120_000);

const TOPICS = ['chaos/a', 'chaos/b', 'chaos/c', 'chaos/d'];
const IN_FLIGHT = 8;
const PER_PHASE = 300;
const FAST_RECONNECT = { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 500 };

describe('JetStream chaos: kill -9 brokers and restart nats-server under load (real processes)', () => {
  let nats: TestNatsServer;
  const brokers: SpawnedBroker[] = [];
  const env = () => ({ BROKER_BUS: 'jetstream', BROKER_NATS_URL: nats.url, BROKER_METRICS_LISTEN: 'off' });

  beforeAll(async () => {
    nats = await startNatsServer();
  });

  afterAll(async () => {
    await Promise.all(brokers.map((broker) => broker.kill('SIGKILL')));
    await nats?.dispose();
  });

  it('delivers every acknowledged message exactly once, in order per topic', async () => {
    const spawn = async (listen = '127.0.0.1:0') => {
      const broker = await spawnBroker({ ...env(), BROKER_LISTEN: listen }, 30_000);
      brokers.push(broker);
      return broker;
    };
    let brokerA = await spawn();
    const brokerB = await spawn();
    // Reconnect quickly after a broker restart, as a device configured for it would.
    const publisher = new TestClient(brokerA.target, undefined, FAST_RECONNECT);
    let subscriberClient = new TestClient(brokerB.target);

    /** value → topic and sequence of every acknowledged publish. */
    const acked = new Map<number, { topic: string; sequence: number }>();
    let nextValue = 0;
    let failures = 0;
    /** Publishes until `count` more messages are acknowledged (bounded: 30 s), across whatever fails meanwhile. */
    const publishSome = async (count: number) => {
      const target = acked.size + count;
      const deadline = Date.now() + 30_000;
      const worker = async () => {
        while (acked.size < target && Date.now() < deadline) {
          const value = nextValue++;
          const topic = TOPICS[value % TOPICS.length];
          try {
            const response = await publisher.publish({ topic, payload: { telemetry: { values: { value } } } });
            acked.set(value, { topic, sequence: Number(response.sequence) });
          } catch {
            // Not acknowledged: it may or may not be stored, and may or may not be delivered.
            failures++;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    };

    // The subscriber: everything from the start, then live; after a broker loss it resumes from its
    // position {epoch, offset}, as the sidecar does.
    const delivered: Envelope[] = [];
    let position: { epoch: string; offset: number } | undefined;
    let subscription: Subscription | undefined;
    const subscribe = (client: TestClient) => {
      const current = client.subscribe(
        position ? { filter: 'chaos/#', from: position } : { filter: 'chaos/#', since: { seconds: 1 } }
      );
      subscription = current;
      current.call.on('data', (event: iot.broker.v1.SubscribeEvent) => {
        if (event.envelope) {
          delivered.push(event.envelope as Envelope);
          position = { epoch: current.start?.epoch ?? '', offset: Number(event.envelope.offset) };
        }
      });
    };
    subscribe(subscriberClient);

    await publishSome(PER_PHASE);

    // Broker A dies mid-load and comes back on the same port; the publisher keeps going.
    const loadDuringCrash = publishSome(PER_PHASE);
    await brokerA.kill('SIGKILL');
    brokerA = await spawn(brokerA.target);
    await loadDuringCrash;
    await publishSome(PER_PHASE / 2);

    // nats-server itself dies mid-load and restarts on the same store.
    const loadDuringNatsCrash = publishSome(PER_PHASE);
    await nats.stop(true);
    await nats.start();
    await loadDuringNatsCrash;
    await publishSome(PER_PHASE / 2);

    // The subscriber's broker dies: the subscriber resumes through A from its last positions.
    await brokerB.kill('SIGKILL');
    await waitFor(() => subscription?.error !== undefined, 'the subscription to notice', 10_000);
    subscriberClient.close();
    subscriberClient = new TestClient(brokerA.target, undefined, FAST_RECONNECT);
    subscribe(subscriberClient);
    await publishSome(PER_PHASE / 2);
    // Both brokers read the same history: the resume through A recovered, and nothing was stated lost.
    expect(subscription?.start).toMatchObject({ recovered: true });
    expect(subscription?.gaps).toEqual([]);

    const ackedValues = [...acked.keys()];
    const deliveredValues = () => new Set(delivered.map((envelope) => envelope.payload?.telemetry?.values?.value));
    await waitFor(
      () => ackedValues.every((value) => deliveredValues().has(value)),
      'every acknowledged message',
      30_000
    ).catch(() => undefined);

    const seen = new Map<number, number>();
    for (const envelope of delivered) {
      const value = envelope.payload?.telemetry?.values?.value as number;
      seen.set(value, (seen.get(value) ?? 0) + 1);
    }
    const lost = ackedValues.filter((value) => !seen.has(value));
    const duplicated = [...seen].filter(([, count]) => count > 1).map(([value]) => value);
    const outOfOrder = TOPICS.filter((topic) => {
      const sequences = delivered
        .filter((envelope) => envelope.topic === topic)
        .map((envelope) => Number(envelope.sequence));
      return sequences.some((sequence, i) => i > 0 && sequence <= sequences[i - 1]);
    });
    const wrongSequence = ackedValues.filter((value) => {
      const envelope = delivered.find((e) => e.payload?.telemetry?.values?.value === value);
      return envelope !== undefined && Number(envelope.sequence) !== acked.get(value)?.sequence;
    });
    expect({ lost, duplicated, outOfOrder, wrongSequence }).toEqual({
      lost: [],
      duplicated: [],
      outOfOrder: [],
      wrongSequence: [],
    });
    // The run did cross the crashes: some publishes failed, most were acknowledged.
    expect(acked.size).toBeGreaterThanOrEqual(PER_PHASE * 4);
    console.log(`chaos: ${acked.size} acknowledged, ${failures} refused or unanswered, ${delivered.length} delivered`);
    subscription?.cancel();
    publisher.close();
    subscriberClient.close();
  });
});
