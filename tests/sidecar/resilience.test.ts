/**
 * Upstream breaks: the connection to the broker cut and restored (resume covers the outage, or a gap
 * marker shows exactly what history could not cover), and a broker process killed and restarted.
 */
import { StreamPositions } from '../../common/positions/StreamPositions';
import { StreamState } from '../../common/proto';
import { startBroker, spawnBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, StreamTestClient, type StartedSidecar } from '../helpers/sidecar';
import { crashBroker, publishValue, publisher, startTcpProxy, type TcpProxy } from '../helpers/sidecarFixtures';

const FAST_BACKOFF = { initialMs: 50, maxMs: 300, factor: 2 };

function sequences(client: StreamTestClient, id: number): number[] {
  return client.envelopesOf(id).map((envelope) => Number(envelope.sequence));
}

function states(client: StreamTestClient, id: number): number[] {
  return client.frames.filter((frame) => frame.status?.subscriptionId === id).map((frame) => frame.status!.state ?? 0);
}

describe('sidecar upstream resilience', () => {
  describe('through a proxy that cuts the broker connection', () => {
    let broker: StartedBroker;
    let proxy: TcpProxy;
    let sidecar: StartedSidecar;

    afterEach(async () => {
      await sidecar?.close();
      await proxy?.close();
      await broker?.close();
    });

    async function setUp(historyMaxMessages: number): Promise<StreamTestClient> {
      broker = await startBroker({ historyMaxMessages });
      proxy = await startTcpProxy(broker.target);
      sidecar = await startSidecar({
        brokerTarget: proxy.target,
        backoff: FAST_BACKOFF,
        timeouts: { connectMs: 500, brokerCallMs: 1_000 },
      });
      const client = await StreamTestClient.connect(sidecar.streamUrl);
      client.subscribe({ id: 1, filter: 'r/#' });
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_LIVE);
      return client;
    }

    async function outage(client: StreamTestClient, publishDuring: () => Promise<void>): Promise<void> {
      proxy.cut();
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_RECONNECTING, 10_000, 'RECONNECTING');
      await publishDuring();
      const before = client.frames.length;
      proxy.restore();
      await client.until(
        (frames) => frames.slice(before).some((frame) => frame.status?.state === StreamState.STATE_LIVE),
        10_000,
        'LIVE again'
      );
    }

    it('resumes by sequence: nothing lost, nothing repeated, no gap marker', async () => {
      const client = await setUp(1_000);
      const pub = publisher(broker.target);
      for (let i = 1; i <= 20; i++) {
        await publishValue(pub, 'r/t', { v: i });
      }
      await client.until(() => sequences(client, 1).length === 20);
      await outage(client, async () => {
        for (let i = 21; i <= 50; i++) {
          await publishValue(pub, 'r/t', { v: i });
        }
      });
      for (let i = 51; i <= 55; i++) {
        await publishValue(pub, 'r/t', { v: i });
      }
      await client.until(() => sequences(client, 1).at(-1) === 55, 10_000, 'message 55');
      pub.close();
      expect(sequences(client, 1)).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
      expect(client.batchesOf(1).flatMap((batch) => batch.gaps ?? [])).toEqual([]);
      const seen = states(client, 1);
      expect(seen.indexOf(StreamState.STATE_RECONNECTING)).toBeLessThan(seen.lastIndexOf(StreamState.STATE_LIVE));
    });

    it('marks exactly the range the broker no longer retains as a gap', async () => {
      const client = await setUp(5);
      const pub = publisher(broker.target);
      for (let i = 1; i <= 10; i++) {
        await publishValue(pub, 'r/t', { v: i });
      }
      await client.until(() => sequences(client, 1).length === 10);
      await outage(client, async () => {
        for (let i = 11; i <= 30; i++) {
          await publishValue(pub, 'r/t', { v: i });
        }
      });
      // LIVE means the resumed call is placed; the broker answers it with what it still retains.
      await client.until(() => sequences(client, 1).at(-1) === 30, 10_000, 'message 30');
      await publishValue(pub, 'r/t', { v: 31 });
      await client.until(() => sequences(client, 1).at(-1) === 31, 10_000, 'message 31');
      pub.close();
      expect(sequences(client, 1)).toEqual([...Array.from({ length: 10 }, (_, i) => i + 1), 26, 27, 28, 29, 30, 31]);
      const gaps = client.batchesOf(1).flatMap((batch) => batch.gaps ?? []);
      expect(
        gaps.map((gap) => ({
          topic: gap.topic,
          from: Number(gap.fromSequence),
          to: Number(gap.toSequence),
          restarted: gap.restarted,
        }))
      ).toEqual([{ topic: 'r/t', from: 11, to: 25, restarted: false }]);
    });
  });

  it('survives the broker process being killed and restarted on the same port', async () => {
    let broker = await spawnBroker();
    const port = broker.port;
    const sidecar = await startSidecar({
      brokerTarget: broker.target,
      backoff: FAST_BACKOFF,
      timeouts: { connectMs: 500, brokerCallMs: 1_000 },
    });
    const client = await StreamTestClient.connect(sidecar.streamUrl);
    try {
      client.subscribe({ id: 1, filter: 'k/#' });
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_LIVE);
      let pub = publisher(broker.target);
      for (let i = 1; i <= 10; i++) {
        await publishValue(pub, 'k/t', { v: i });
      }
      await client.until(() => sequences(client, 1).length === 10);
      pub.close();
      await crashBroker(broker);
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_RECONNECTING, 10_000, 'RECONNECTING');
      broker = await spawnBroker({ BROKER_LISTEN: `127.0.0.1:${port}` });
      pub = publisher(broker.target);
      for (let i = 1; i <= 5; i++) {
        await publishValue(pub, 'k/t', { v: 100 + i });
      }
      await client.until(() => client.envelopesOf(1).length === 15, 15_000, "the new broker's messages");
      pub.close();
      const envelopes = client.envelopesOf(1);
      // The restarted broker lost its memory and numbers the topic from 1 again, in a new epoch that
      // the batches carry: the client's positions take it as a new history and state the loss themselves.
      expect(envelopes.map((envelope) => Number(envelope.sequence))).toEqual([
        ...Array.from({ length: 10 }, (_, i) => i + 1),
        1,
        2,
        3,
        4,
        5,
      ]);
      expect(envelopes.slice(10).map((envelope) => envelope.payload?.telemetry?.values?.v)).toEqual([
        101, 102, 103, 104, 105,
      ]);
      const positions = new StreamPositions();
      const lost = client.batchesOf(1).flatMap((batch) => {
        const stated = positions.enter(batch.position?.epoch ?? '');
        for (const envelope of batch.envelopes ?? []) {
          positions.accept(envelope.topic ?? '', Number(envelope.sequence));
        }
        return stated;
      });
      expect(lost).toEqual([{ topic: 'k/t', fromSequence: 11, toSequence: 0, restarted: true }]);
    } finally {
      await client.close();
      await sidecar.close();
      await crashBroker(broker);
    }
  }, 40_000);
});
