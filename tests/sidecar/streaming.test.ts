/** Shared upstreams, late joiners with history, history-only subscriptions and conflation, against the real broker. */
import { Conflation, StreamState } from '../../common/proto';
import { timestampFromMs } from '../../common/time/timestamp';
import type { BrokerClient } from '../../services/grpc/brokerService';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, StreamTestClient, readMetric, type StartedSidecar } from '../helpers/sidecar';
import { eventually, publishValue, publisher, sleep, waitForMetric } from '../helpers/sidecarFixtures';
import { batchFromWire } from '../../src/stream/messageBatch';

type Env = { topic?: string | null; sequence?: number | null };

function sequencesByTopic(envelopes: readonly Env[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const envelope of envelopes) {
    const list = out.get(envelope.topic ?? '') ?? [];
    list.push(Number(envelope.sequence));
    out.set(envelope.topic ?? '', list);
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('sidecar streaming', () => {
  let broker: StartedBroker;
  let sidecar: StartedSidecar;
  let pub: BrokerClient;
  const clients: StreamTestClient[] = [];

  beforeAll(async () => {
    broker = await startBroker();
    sidecar = await startSidecar({ brokerTarget: broker.target, limits: { lingerMs: 200 } });
    pub = publisher(broker.target);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });
  afterAll(async () => {
    pub?.close();
    await sidecar?.close();
    await broker?.close();
  });

  async function connect(): Promise<StreamTestClient> {
    const client = await StreamTestClient.connect(sidecar.streamUrl);
    clients.push(client);
    return client;
  }

  const isLive =
    (id: number) => (frame: { status?: { subscriptionId?: number | null; state?: number | null } | null }) =>
      frame.status?.subscriptionId === id && frame.status.state === StreamState.STATE_LIVE;

  it('serves many clients of one filter from one broker stream, with the same batches', async () => {
    const many = await Promise.all(Array.from({ length: 12 }, () => connect()));
    many.forEach((client) => client.subscribe({ id: 7, filter: 'share/+/temp' }));
    await Promise.all(many.map((client) => client.waitFor(isLive(7))));
    expect(await readMetric(sidecar.metricsUrl, 'iotlive_sidecar_upstream_streams')).toBe(1);
    expect(await readMetric(sidecar.metricsUrl, 'iotlive_sidecar_shared_streams')).toBe(1);
    const streamIds = new Set(many.map((client) => client.streamIdOf(7)));
    expect(streamIds.size).toBe(1);

    for (let i = 1; i <= 30; i++) {
      await publishValue(pub, `share/d${i % 3}/temp`, { t: i });
    }
    await Promise.all(
      many.map((client) => client.until(() => client.envelopesOf(7).length === 30, 10_000, '30 envelopes'))
    );
    const reference = many[0].batchesOf(7).map((batch) => JSON.stringify(batch));
    for (const client of many) {
      expect(sequencesByTopic(client.envelopesOf(7)).get('share/d1/temp')).toEqual(range(1, 10));
      // Batches are encoded once and sent to all: every client saw the same batches.
      expect(
        client
          .batchesOf(7)
          .map((batch) => JSON.stringify(batch))
          .join()
      ).toBe(reference.join());
    }
    await Promise.all(many.map((client) => client.close()));
    await waitForMetric(sidecar.metricsUrl, 'iotlive_sidecar_upstream_streams', (value) => value === 0);
  });

  it('brings a late joiner from history onto the live stream with no gap and no duplicate, under concurrent publishing', async () => {
    const startMs = Date.now();
    const topics = ['seam/a', 'seam/b', 'seam/c'];
    const live = await connect();
    live.subscribe({ id: 1, filter: 'seam/#' });
    await live.waitFor(isLive(1));
    let publishing = true;
    let published = 0;
    const loop = (async () => {
      while (publishing && published < 3_000) {
        await Promise.all(topics.map((topic) => publishValue(pub, topic, { v: published })));
        published++;
        if (published % 20 === 0) {
          await sleep(2);
        }
      }
    })();
    await eventually(() => published >= 100, 10_000, '100 rounds published');
    const joiner = await connect();
    joiner.subscribe({ id: 2, filter: 'seam/#', since: timestampFromMs(startMs - 1_000) });
    await joiner.until(
      (frames) => frames.filter((frame) => frame.subscribed?.subscriptionId === 2).length === 2,
      10_000,
      'the switch to the shared stream'
    );
    await eventually(() => published >= 250, 10_000, 'publishing after the join');
    publishing = false;
    await loop;
    const rounds = published;
    await joiner.until(
      () => sequencesByTopic(joiner.envelopesOf(2)).get('seam/c')?.at(-1) === rounds,
      10_000,
      'the last message'
    );

    const [first, second] = joiner.frames
      .filter((frame) => frame.subscribed?.subscriptionId === 2)
      .map((frame) => frame.subscribed!.streamId);
    expect(first).not.toBe(second);
    expect(second).toBe(live.streamIdOf(1));
    const byTopic = sequencesByTopic(joiner.envelopesOf(2));
    for (const topic of topics) {
      expect(byTopic.get(topic)).toEqual(range(1, rounds));
    }
    expect(joiner.batchesOf(2).flatMap((batch) => batch.gaps ?? [])).toEqual([]);
  });

  it('sends telemetry as blocks to clients that ask, on a stream of their own, history included', async () => {
    /** Every message a client received for a subscription, read the way the plugin reads it. */
    const rowsOf = (client: StreamTestClient, id: number) =>
      client.batchesOf(id).flatMap((wire) => {
        const batch = batchFromWire(wire, 0);
        return batch.topics.map((topic, row) => {
          const value = batch.telemetry ? batch.telemetry.values[0][row] : batch.payloads?.[row]?.telemetry?.values?.t;
          return `${topic}#${batch.sequences[row]}@${batch.deviceIds[row]}=${value}`;
        });
      });
    const columnar = await connect();
    const plain = await connect();
    columnar.subscribe({ id: 8, filter: 'blocks/+', options: { telemetryBlocks: true } });
    plain.subscribe({ id: 8, filter: 'blocks/+' });
    await Promise.all([columnar.waitFor(isLive(8)), plain.waitFor(isLive(8))]);
    expect(columnar.streamIdOf(8)).not.toBe(plain.streamIdOf(8));

    const startMs = Date.now() - 1;
    for (let i = 1; i <= 20; i++) {
      await publishValue(pub, `blocks/d${i % 2}`, { t: i }, undefined, `dev-${i % 2}`);
    }
    await Promise.all(
      [columnar, plain].map((client) => client.until(() => rowsOf(client, 8).length === 20, 10_000, '20 messages'))
    );
    expect(columnar.batchesOf(8).every((batch) => batch.block && (batch.envelopes ?? []).length === 0)).toBe(true);
    expect(plain.batchesOf(8).every((batch) => !batch.block)).toBe(true);
    expect(rowsOf(columnar, 8)).toEqual(rowsOf(plain, 8));
    expect(rowsOf(columnar, 8)).toContain('blocks/d1#10@dev-1=19');

    const joiner = await connect();
    joiner.subscribe({
      id: 9,
      filter: 'blocks/+',
      since: timestampFromMs(startMs),
      options: { telemetryBlocks: true },
    });
    await joiner.until(() => rowsOf(joiner, 9).length === 20, 10_000, 'the history as blocks');
    expect(joiner.batchesOf(9).every((batch) => batch.block)).toBe(true);
    expect([...rowsOf(joiner, 9)].sort()).toEqual([...rowsOf(plain, 8)].sort());
  });

  it('replays history only, then reports COMPLETE, for a subscription with until', async () => {
    for (let i = 1; i <= 5; i++) {
      await publishValue(pub, 'past/x', { v: i });
    }
    const client = await connect();
    const nowMs = Date.now() + 1;
    client.subscribe({ id: 3, filter: 'past/x', afterSequence: 2, until: timestampFromMs(nowMs) });
    await client.waitFor(
      (frame) => frame.status?.subscriptionId === 3 && frame.status.state === StreamState.STATE_COMPLETE
    );
    expect(client.envelopesOf(3).map((envelope) => Number(envelope.sequence))).toEqual([3, 4, 5]);
    expect(client.frames.filter((frame) => frame.subscribed?.subscriptionId === 3)).toHaveLength(1);
  });

  it('states a history cut short by the replay limit, and a past range with nothing retained', async () => {
    for (let i = 1; i <= 5; i++) {
      await publishValue(pub, 'cut/x', { v: i });
    }
    const client = await connect();
    const nowMs = Date.now() + 1;
    client.subscribe({ id: 11, filter: 'cut/x', since: timestampFromMs(1), options: { maxHistory: 3 } });
    const joined = await client.waitFor(
      (frame) => frame.status?.subscriptionId === 11 && frame.status.state === StreamState.STATE_LIVE
    );
    const oldest = client.envelopesOf(11)[0];
    expect(client.envelopesOf(11).map((envelope) => Number(envelope.sequence))).toEqual([3, 4, 5]);
    expect(joined.status?.historyNote).toMatch(
      /^showing from \d{4}-\d\d-\d\dT[\d:.]+Z; older data is not retained \(at most 3 history messages are replayed\)$/
    );
    expect(Number(joined.status?.historyFrom?.seconds)).toBe(Number(oldest.brokerTime?.seconds));

    // A resume the limit cut: the broker states the cut as a gap, and the note follows it.
    client.subscribe({ id: 13, filter: 'cut/x', afterSequence: 1, options: { maxHistory: 2 } });
    const resumed = await client.waitFor(
      (frame) => frame.status?.subscriptionId === 13 && frame.status.state === StreamState.STATE_LIVE
    );
    expect(client.envelopesOf(13).map((envelope) => Number(envelope.sequence))).toEqual([4, 5]);
    expect(
      client
        .batchesOf(13)
        .flatMap((batch) => batch.gaps ?? [])
        .map((gap) => Number(gap.toSequence))
    ).toEqual([3]);
    expect(resumed.status?.historyNote).toMatch(
      /older data is not retained \(at most 2 history messages are replayed\)$/
    );

    client.subscribe({
      id: 12,
      filter: 'nothing/here',
      since: timestampFromMs(nowMs - 60_000),
      until: timestampFromMs(nowMs),
    });
    const complete = await client.waitFor(
      (frame) => frame.status?.subscriptionId === 12 && frame.status.state === StreamState.STATE_COMPLETE
    );
    expect(complete.status?.historyNote).toBe('nothing is retained for this time range');
  });

  it('conflates to at most the asked rate per series, accounting for every folded message', async () => {
    const client = await connect();
    client.subscribe({ id: 4, filter: 'fast/+', options: { maxRateHz: 5, conflation: Conflation.CONFLATION_MAX } });
    await client.waitFor(isLive(4));
    const total = 60;
    for (let i = 1; i <= total; i++) {
      await publishValue(pub, 'fast/one', { v: i });
    }
    // Every message is either delivered (folded into one envelope) or counted in dropped.
    await client.until(
      () => {
        const batches = client.batchesOf(4);
        const delivered = batches.reduce((sum, batch) => sum + (batch.envelopes?.length ?? 0), 0);
        return delivered + Number(batches.at(-1)?.dropped ?? 0) === total;
      },
      10_000,
      'all messages accounted for'
    );
    const envelopes = client.envelopesOf(4);
    expect(envelopes.length).toBeLessThan(total);
    expect(Number(envelopes.at(-1)?.sequence)).toBe(total);
    expect(envelopes.at(-1)?.payload?.telemetry?.values?.v).toBe(total);
    const sequences = envelopes.map((envelope) => Number(envelope.sequence));
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
  });
});

describe('sidecar streaming: history the broker no longer retains or replays', () => {
  let broker: StartedBroker;
  let sidecar: StartedSidecar;
  let pub: BrokerClient;
  let client: StreamTestClient | undefined;

  beforeAll(async () => {
    broker = await startBroker({ historyMaxMessages: 3, historyMaxAgeMs: 0, maxReplay: 4 });
    sidecar = await startSidecar({ brokerTarget: broker.target, limits: { lingerMs: 200 } });
    pub = publisher(broker.target);
  });
  afterAll(async () => {
    await client?.close();
    pub?.close();
    await sidecar?.close();
    await broker?.close();
  });

  it('states a backfill that reaches back past the broker retention, and one its replay cap cut', async () => {
    for (let i = 1; i <= 5; i++) {
      await publishValue(pub, 'kept/x', { v: i });
    }
    for (const device of ['a', 'b', 'c']) {
      await publishValue(pub, `wide/${device}`, { v: 1 });
      await publishValue(pub, `wide/${device}`, { v: 2 });
    }
    client = await StreamTestClient.connect(sidecar.streamUrl);
    const liveOf =
      (id: number) => (frame: { status?: { subscriptionId?: number | null; state?: number | null } | null }) =>
        frame.status?.subscriptionId === id && frame.status.state === StreamState.STATE_LIVE;

    // Per-topic retention (3 messages) evicted sequences 1-2 of a range asked from the epoch.
    client.subscribe({ id: 1, filter: 'kept/x', since: timestampFromMs(1), options: { maxHistory: 100 } });
    const retained = await client.waitFor(liveOf(1));
    const oldest = client.envelopesOf(1)[0];
    expect(client.envelopesOf(1).map((envelope) => Number(envelope.sequence))).toEqual([3, 4, 5]);
    expect(retained.status?.historyNote).toMatch(
      /^showing from \d{4}-\d\d-\d\dT[\d:.]+Z; older data is not retained \(the broker's retention dropped it\)$/
    );
    expect(Number(retained.status?.historyFrom?.seconds)).toBe(Number(oldest.brokerTime?.seconds));

    // The broker replays at most 4 messages, below the 100 asked: the cut is stated, not silent.
    client.subscribe({ id: 2, filter: 'wide/+', since: timestampFromMs(1), options: { maxHistory: 100 } });
    const capped = await client.waitFor(liveOf(2));
    expect(client.envelopesOf(2)).toHaveLength(4);
    expect(capped.status?.historyNote).toMatch(
      /older data is not retained \(at most 4 history messages are replayed\)$/
    );
  });
});
