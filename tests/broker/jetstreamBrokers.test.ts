/**
 * Two broker processes on one JetStream (a nats-server -js of the test's own): telemetry through one
 * reaches subscribers of the other, both serve the same history and topics, and devices and commands
 * work across them through NATS request/reply.
 */
import * as grpc from '@grpc/grpc-js';
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { startNatsServer, type TestNatsServer } from '../helpers/natsServer';
import { codeOf, TestClient, waitFor, type Subscription } from './support';

jest.setTimeout(60_000);

describe('two brokers on one JetStream (real processes, real nats-server)', () => {
  let nats: TestNatsServer;
  let brokerA: SpawnedBroker;
  let brokerB: SpawnedBroker;
  let a: TestClient;
  let b: TestClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    const env = { BROKER_BUS: 'jetstream', BROKER_NATS_URL: nats.url, BROKER_METRICS_LISTEN: 'off' };
    [brokerA, brokerB] = await Promise.all([spawnBroker(env, 30_000), spawnBroker(env, 30_000)]);
    a = new TestClient(brokerA.target);
    b = new TestClient(brokerB.target);
  });

  afterAll(async () => {
    a?.close();
    b?.close();
    await Promise.all([brokerA?.kill(), brokerB?.kill()]);
    await nats?.dispose();
  });

  it('says it runs on JetStream', async () => {
    expect((await a.getInfo()).bus).toBe('jetstream');
  });

  it('delivers telemetry published through A to subscribers of B, in order, and both serve the same history', async () => {
    const live = b.subscribe({ filter: 'cross/#' });
    await untilLive(live, a, 'cross/ready');
    const before = live.received.length;
    const sequences: number[] = [];
    for (let i = 0; i < 20; i++) {
      sequences.push(Number((await a.publishValue(`cross/${i % 2}`, i)).sequence));
    }
    const received = await live.waitForCount(before + 20, 10_000);
    const published = received.filter((envelope) => envelope.topic !== 'cross/ready');
    expect(published.map((envelope) => envelope.payload?.telemetry?.values?.value)).toEqual(
      Array.from({ length: 20 }, (_, i) => i)
    );
    expect(published.map((envelope) => Number(envelope.sequence))).toEqual(sequences);
    live.cancel();

    const historyOf = async (client: TestClient) => {
      // A history-only subscription (with "until") ends once the history is sent.
      const history = client.subscribe({ filter: 'cross/+', since: { seconds: 1 }, until: { seconds: 4_000_000_000 } });
      await history.waitForEnd(10_000);
      return history.received.map((envelope) => `${envelope.topic}#${Number(envelope.sequence)}`);
    };
    expect((await historyOf(a)).filter((entry) => !entry.startsWith('cross/ready'))).toHaveLength(20);
    expect(await historyOf(b)).toEqual(await historyOf(a));
    const topicsOf = async (client: TestClient) =>
      (await client.listTopics('cross/#')).topics.map(
        (t) => `${t.name}:${Number(t.messageCount)}:${Number(t.lastSequence)}`
      );
    expect(await topicsOf(b)).toEqual(await topicsOf(a));
  });

  it('acknowledges device telemetry through A and delivers it through B', async () => {
    const live = b.subscribe({ filter: 'plant/#' });
    await untilLive(live, a, 'plant/ready');
    const before = live.received.length;
    const device = a.device();
    await device.register({ deviceId: 'sensor-a', topics: ['plant/#'] });
    const ack = await device.send(1, [
      { topic: 'plant/t', payload: { telemetry: { values: { c: 1 } } } },
      { topic: 'plant/t', payload: { telemetry: { values: { c: 2 } } } },
    ]);
    expect(ack.error).toBe('');
    const received = (await live.waitForCount(before + 2, 10_000)).slice(before);
    expect(received.map((envelope) => Number(envelope.sequence))).toEqual(ack.sequences.map(Number));
    expect(received.map((envelope) => envelope.deviceId)).toEqual(['sensor-a', 'sensor-a']);
    live.cancel();
    device.cancel();
  });

  it('routes a command sent to B to the device connected to A, and lists the device on both', async () => {
    const device = a.device();
    await device.register({ deviceId: 'pump-a', metadata: { site: 'north' } });
    device.onCommand = (command) => ({
      commandId: command.commandId,
      ok: true,
      result: { json: { fields: { echoed: { stringValue: command.name } } } },
    });
    const result = await b.command({ deviceId: 'pump-a', name: 'open_valve' });
    expect(result).toMatchObject({ ok: true, deviceId: 'pump-a' });
    expect(result.result?.json?.fields?.echoed?.stringValue).toBe('open_valve');

    device.onCommand = (command) => ({ commandId: command.commandId, ok: false, error: 'valve stuck' });
    expect(await b.command({ deviceId: 'pump-a', name: 'open_valve' })).toMatchObject({
      ok: false,
      error: 'valve stuck',
    });

    const listed = (await b.listDevices()).devices.find((d) => d.deviceId === 'pump-a');
    expect(listed).toMatchObject({ connected: true, metadata: { site: 'north' } });

    device.end();
    await waitForAsync(async () =>
      (await a.listDevices()).devices.some((d) => d.deviceId === 'pump-a' && !d.connected)
    );
    const offline = await codeOf(b.command({ deviceId: 'pump-a', name: 'ping' }));
    expect(offline.code).toBe(grpc.status.UNAVAILABLE);
    expect(offline.details).toMatch(/offline/);
    const unknown = await codeOf(b.command({ deviceId: 'nobody', name: 'ping' }));
    expect(unknown.code).toBe(grpc.status.NOT_FOUND);
  });

  it('times a command out on B when the device on A does not answer', async () => {
    const device = a.device();
    await device.register({ deviceId: 'silent-a' });
    device.onCommand = () => undefined;
    const timedOut = await codeOf(b.command({ deviceId: 'silent-a', name: 'ping' }, 800));
    expect([grpc.status.DEADLINE_EXCEEDED]).toContain(timedOut.code);
    device.cancel();
  });
});

/** Publishes a marker through `client` until the subscription receives one: its consumer is then live. */
async function untilLive(subscription: Subscription, client: TestClient, topic: string): Promise<void> {
  for (
    let attempt = 0;
    attempt < 50 && !subscription.received.some((envelope) => envelope.topic === topic);
    attempt++
  ) {
    await client.publishValue(topic, -1);
    await waitFor(() => subscription.received.some((envelope) => envelope.topic === topic), 'the marker', 200).catch(
      () => undefined
    );
  }
  await waitFor(
    () => subscription.received.some((envelope) => envelope.topic === topic),
    'the subscription to go live'
  );
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
