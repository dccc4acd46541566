/**
 * The Bus contract, run against both buses: the embedded MemoryBus and JetStreamBus on a real
 * nats-server -js started on a free port with its own store. Sequences are compared by order, not by
 * value: MemoryBus numbers each topic 1, 2, 3…, JetStream uses its stream sequence (docs/broker.md).
 */
import { RateLimitError, ValidationError } from '../../common/errors/errors';
import { iot } from '../../common/proto';
import type { Bus, StoredMessage } from '../../services/broker/bus/Bus';
import { JetStreamBus } from '../../services/broker/bus/jetstream/JetStreamBus';
import { MemoryBus } from '../../services/broker/bus/MemoryBus';
import { startNatsServer, type TestNatsServer } from '../helpers/natsServer';

jest.setTimeout(30_000);

const telemetry = (value: number) => ({ telemetry: { values: { value } } });
const eventEnvelope = (message: StoredMessage) => iot.broker.v1.SubscribeEvent.decode(message.bytes).envelope!;
const valueOf = (message: StoredMessage) => eventEnvelope(message).payload?.telemetry?.values?.value;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface BusFactory {
  name: string;
  setUp(): Promise<void>;
  /** `retained`: messages kept per topic (memory) or per tenant (JetStream); the tests use one topic. */
  make(options?: { maxReplay?: number; maxMessageBytes?: number; retained?: number }): Promise<Bus>;
  tearDown(): Promise<void>;
}

let nats: TestNatsServer | undefined;
const factories: BusFactory[] = [
  {
    name: 'MemoryBus',
    setUp: () => Promise.resolve(),
    make: ({ retained, ...options } = {}) =>
      Promise.resolve(
        new MemoryBus({ historyMaxAgeMs: 0, ...options, ...(retained ? { historyMaxMessages: retained } : {}) })
      ),
    tearDown: () => Promise.resolve(),
  },
  {
    name: 'JetStreamBus (real nats-server -js)',
    setUp: async () => {
      nats = await startNatsServer();
    },
    make: ({ retained, ...options } = {}) =>
      JetStreamBus.connect({
        servers: [nats!.url],
        ...options,
        ...(retained ? { retention: { maxAgeMs: 0, maxMessages: retained, maxBytes: 0 } } : {}),
      }),
    tearDown: async () => nats?.dispose(),
  },
];

let tenantCounter = 0;
/** Every test gets tenants of its own, so JetStream streams never carry over between tests. */
const freshTenant = () => `tenant-${process.pid}-${++tenantCounter}`;

describe.each(factories)('Bus contract: $name', (factory) => {
  let bus: Bus;
  const buses: Bus[] = [];
  const make = async (options?: Parameters<BusFactory['make']>[0]) => {
    const made = await factory.make(options);
    buses.push(made);
    return made;
  };

  beforeAll(() => factory.setUp());
  beforeEach(async () => {
    bus = await make();
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  afterAll(() => factory.tearDown());

  it('numbers each topic in increasing order, per tenant, and encodes the full envelope', async () => {
    const [t1, t2] = [freshTenant(), freshTenant()];
    const a1 = await bus.publish(t1, { topic: 'a', payload: telemetry(1) });
    const a2 = await bus.publish(t1, { topic: 'a', payload: telemetry(2), deviceId: 'd1', labels: { k: 'v' } });
    const b1 = await bus.publish(t1, { topic: 'b', payload: telemetry(3) });
    const other = await bus.publish(t2, { topic: 'a', payload: telemetry(4) });
    expect(a2.sequence).toBeGreaterThan(a1.sequence);
    expect(b1.sequence).toBeGreaterThan(0);
    expect(other.sequence).toBeGreaterThan(0);
    const [stored] = (await bus.history(t1, 'a', { afterSequence: a1.sequence })).messages;
    const envelope = eventEnvelope(stored);
    expect(envelope).toMatchObject({ topic: 'a', sequence: a2.sequence, deviceId: 'd1', labels: { k: 'v' } });
    expect(envelope.payload?.telemetry?.values).toEqual({ value: 2 });
    expect(Number(envelope.brokerTime?.seconds)).toBe(Math.floor(a2.brokerTimeMs / 1000));
    expect((await bus.history(t2, '#', { sinceMs: 0 })).messages.map(valueOf)).toEqual([4]);
  });

  it('delivers live messages to matching subscribers only, in publish order, until closed', async () => {
    const tenant = freshTenant();
    const seen: string[] = [];
    const sub = await bus.subscribe(tenant, 'x/+', undefined, (message) =>
      seen.push(`${message.topic}=${valueOf(message)}`)
    );
    const leak = await bus.subscribe(freshTenant(), '#', undefined, () => seen.push('other tenant'));
    expect(bus.subscriberCount()).toBe(2);
    await Promise.all([
      bus.publish(tenant, { topic: 'x/1', payload: telemetry(1) }),
      bus.publish(tenant, { topic: 'y/1', payload: telemetry(2) }),
      bus.publish(tenant, { topic: 'x/2', payload: telemetry(3) }),
      bus.publish(tenant, { topic: 'x/1', payload: telemetry(4) }),
    ]);
    await waitFor(() => seen.length >= 3);
    sub.close();
    sub.close();
    await bus.publish(tenant, { topic: 'x/1', payload: telemetry(5) });
    await sleep(100);
    expect(seen).toEqual(['x/1=1', 'x/2=3', 'x/1=4']);
    leak.close();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('joins history and live with no gap and no duplicate while publishes keep coming', async () => {
    const tenant = freshTenant();
    const first = await bus.publish(tenant, { topic: 'a', payload: telemetry(0) });
    for (let i = 1; i < 20; i++) {
      await bus.publish(tenant, { topic: 'a', payload: telemetry(i) });
    }
    // Publishes race the subscription: every one of them must come exactly once, history or live.
    const racing = Array.from({ length: 200 }, (_, i) =>
      bus.publish(tenant, { topic: 'a', payload: telemetry(20 + i) })
    );
    const live: number[] = [];
    const sub = await bus.subscribe(tenant, 'a', { afterSequence: first.sequence }, (message) =>
      live.push(valueOf(message)!)
    );
    await Promise.all(racing);
    await waitFor(() => sub.history.messages.length + live.length >= 219);
    const all = [...sub.history.messages.map(valueOf), ...live];
    expect(all).toEqual(Array.from({ length: 219 }, (_, i) => i + 1));
    sub.close();
  });

  it('replays by time, window, count and single-topic sequence', async () => {
    const tenant = freshTenant();
    const a1 = await bus.publish(tenant, { topic: 'a', payload: telemetry(1) });
    const b1 = await bus.publish(tenant, { topic: 'b', payload: telemetry(2) });
    await sleep(20);
    const a2 = await bus.publish(tenant, { topic: 'a', payload: telemetry(3) });
    await bus.publish(tenant, { topic: 'b', payload: telemetry(4) });
    await sleep(20);
    const untilMs = Date.now();
    await sleep(20);
    await bus.publish(tenant, { topic: 'c', payload: telemetry(5) });
    const values = async (start: Parameters<Bus['history']>[2]) =>
      (await bus.history(tenant, '+', start)).messages.map(valueOf);
    expect(await values({ sinceMs: 0 })).toEqual([1, 2, 3, 4, 5]);
    expect(await values({ sinceMs: 0, maxHistory: 2 })).toEqual([4, 5]);
    expect(await values({ sinceMs: a2.brokerTimeMs })).toEqual([3, 4, 5]);
    expect(await values({ untilMs })).toEqual([1, 2, 3, 4]);
    expect(await values({ sinceMs: a2.brokerTimeMs, untilMs })).toEqual([3, 4]);
    // A single-topic resume by sequence, bounded by a time window.
    const aOnly = async (start: Parameters<Bus['history']>[2]) =>
      (await bus.history(tenant, 'a', start)).messages.map(valueOf);
    expect(await aOnly({ afterSequence: a1.sequence })).toEqual([3]);
    expect(await aOnly({ afterSequence: a2.sequence })).toEqual([]);
    expect(b1.sequence).toBeGreaterThan(0);
  });

  it('recovers a resume from a position of its own history: everything after it, nothing stated missing', async () => {
    const tenant = freshTenant();
    await bus.publish(tenant, { topic: 'a', payload: telemetry(1) });
    await bus.publish(tenant, { topic: 'b', payload: telemetry(2) });
    await bus.publish(tenant, { topic: 'a', payload: telemetry(3) });
    const all = await bus.history(tenant, '#', { sinceMs: 0 });
    const from = { epoch: all.epoch, offset: all.messages[0].ordinal };
    const read = await bus.history(tenant, '#', { from });
    expect(read).toMatchObject({ epoch: all.epoch, recovered: true, gaps: [] });
    expect(read.messages.map(valueOf)).toEqual([2, 3]);
    // Live continues after the resumed history with nothing twice.
    const live: number[] = [];
    const sub = await bus.subscribe(tenant, '#', { from }, (message) => live.push(valueOf(message)!));
    await bus.publish(tenant, { topic: 'b', payload: telemetry(4) });
    await waitFor(() => live.length >= 1);
    expect([...sub.history.messages.map(valueOf), ...live]).toEqual([2, 3, 4]);
    sub.close();
  });

  it('answers a position from another history with its own from the start, not recovered', async () => {
    const tenant = freshTenant();
    await bus.publish(tenant, { topic: 'a', payload: telemetry(1) });
    await bus.publish(tenant, { topic: 'a', payload: telemetry(2) });
    const read = await bus.history(tenant, 'a', { from: { epoch: 'a-history-long-gone', offset: 1 } });
    expect(read.recovered).toBe(false);
    expect(read.epoch).not.toBe('a-history-long-gone');
    expect(read.messages.map(valueOf)).toEqual([1, 2]);
  });

  it('states what retention removed after a position instead of replaying silently from what is left', async () => {
    const small = await make({ retained: 2 });
    const tenant = freshTenant();
    for (let i = 1; i <= 5; i++) {
      await small.publish(tenant, { topic: 'a', payload: telemetry(i) });
    }
    const { epoch } = await small.history(tenant, 'a', { sinceMs: 0 });
    const read = await small.history(tenant, 'a', { from: { epoch, offset: 1 } });
    expect(read.recovered).toBe(false);
    expect(read.gaps).toEqual([{ topic: 'a', fromSequence: 0, toSequence: 3, reason: 'retention' }]);
    expect(read.messages.map(valueOf)).toEqual([4, 5]);
  });

  it('states every message a resume leaves out for max_history, per topic', async () => {
    const tenant = freshTenant();
    for (let i = 1; i <= 6; i++) {
      await bus.publish(tenant, { topic: 'a', payload: telemetry(i) });
    }
    const all = await bus.history(tenant, 'a', { sinceMs: 0 });
    const read = await bus.history(tenant, 'a', {
      from: { epoch: all.epoch, offset: all.messages[0].ordinal },
      maxHistory: 2,
    });
    expect(read.messages.map(valueOf)).toEqual([5, 6]);
    expect(read.recovered).toBe(false);
    expect(read.gaps).toEqual([
      {
        topic: 'a',
        fromSequence: all.messages[1].sequence,
        toSequence: all.messages[3].sequence,
        reason: 'history_limit',
      },
    ]);
  });

  it('caps a replay at its maxReplay whatever max_history asks', async () => {
    const small = await make({ maxReplay: 2 });
    const tenant = freshTenant();
    for (let i = 0; i < 5; i++) {
      await small.publish(tenant, { topic: 'a', payload: telemetry(i) });
    }
    const capped = await small.history(tenant, 'a', { sinceMs: 0, maxHistory: 100 });
    expect(capped.messages.map(valueOf)).toEqual([3, 4]);
    // The cap is the broker's, below what the backfill asked: what it cut is stated.
    expect(capped.gaps).toEqual([{ topic: 'a', fromSequence: 1, toSequence: 3, reason: 'history_limit' }]);
  });

  it('matches filters like MQTT: "#" includes the parent, "$" topics stay out of leading wildcards', async () => {
    const tenant = freshTenant();
    for (const topic of ['a', 'a/b', 'a/b/c', 'b/a', '$sys/x']) {
      await bus.publish(tenant, { topic, payload: telemetry(1) });
    }
    const topicsOf = async (filter: string) =>
      (await bus.history(tenant, filter, { sinceMs: 0 })).messages.map((m) => m.topic);
    expect(await topicsOf('a/#')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(await topicsOf('a/+')).toEqual(['a/b']);
    expect(await topicsOf('+/a')).toEqual(['b/a']);
    expect(await topicsOf('#')).toEqual(['a', 'a/b', 'a/b/c', 'b/a']);
    expect(await topicsOf('$sys/#')).toEqual(['$sys/x']);
  });

  it('carries topics with characters NATS reserves and empty levels intact', async () => {
    const tenant = 'tenant.with*odd>chars ' + freshTenant();
    const topics = ['dots.in.level/x', 'star*/gt>', 'white space/tab\t', '//', 'ünï/😀', '~tilde/!bang'];
    for (const topic of topics) {
      await bus.publish(tenant, { topic, payload: telemetry(1) });
    }
    const history = (await bus.history(tenant, '#', { sinceMs: 0 })).messages;
    expect(history.map((m) => m.topic)).toEqual(topics);
    expect(history.map((m) => eventEnvelope(m).topic)).toEqual(topics);
    expect((await bus.history(tenant, 'dots.in.level/+', { sinceMs: 0 })).messages.map((m) => m.topic)).toEqual([
      'dots.in.level/x',
    ]);
    expect((await bus.history(freshTenant(), '#', { sinceMs: 0 })).messages).toEqual([]);
  });

  it('refuses oversize messages with a validation error and keeps working', async () => {
    const small = await make({ maxMessageBytes: 200 });
    const tenant = freshTenant();
    await expect(small.publish(tenant, { topic: 'a', payload: { raw: new Uint8Array(400) } })).rejects.toThrow(
      ValidationError
    );
    await expect(small.publish(tenant, { topic: 'a', payload: telemetry(1) })).resolves.toMatchObject({
      sequence: expect.any(Number),
    });
  });

  it('reports topics with counts, fields and last sequence, sorted by name', async () => {
    const tenant = freshTenant();
    await bus.publish(tenant, { topic: 'b', payload: { telemetry: { values: { y: 1, x: 2 } } } });
    await bus.publish(tenant, { topic: 'a', payload: { json: { fields: { state: { stringValue: 'on' } } } } });
    const last = await bus.publish(tenant, { topic: 'b', payload: { telemetry: { values: { y: 3, x: 4 } } } });
    const topics = await bus.topics(tenant);
    expect(topics.map(({ name, messageCount, fields }) => ({ name, messageCount, fields }))).toEqual([
      { name: 'a', messageCount: 1, fields: ['json.state'] },
      { name: 'b', messageCount: 2, fields: ['x', 'y'] },
    ]);
    expect(topics[1].lastSequence).toBe(last.sequence);
    expect(topics[1].lastTimeMs).toBeGreaterThan(0);
    expect((await bus.topics(tenant, 'a')).map((t) => t.name)).toEqual(['a']);
    expect(await bus.topicCount(tenant)).toBe(2);
    expect(await bus.topics(freshTenant())).toEqual([]);
  });

  it('refuses work after close, and close is safe twice', async () => {
    await bus.close();
    await bus.close();
    await expect(bus.publish(freshTenant(), { topic: 'a', payload: telemetry(1) })).rejects.toThrow(/shutting down/);
  });
});

describe('MemoryBus only', () => {
  it('refuses topics beyond the per-tenant limit with a rate-limit error', async () => {
    const bus = new MemoryBus({ maxTopicsPerTenant: 1 });
    await bus.publish('t', { topic: 'a', payload: telemetry(1) });
    await expect(bus.publish('t', { topic: 'b', payload: telemetry(1) })).rejects.toThrow(RateLimitError);
    await bus.close();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await sleep(10);
  }
}
