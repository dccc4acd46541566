/** Bad frames and bad bodies get categorized errors while the connection and the process carry on. */
import { WireErrorCategory, StreamState } from '../../common/proto';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, StreamTestClient, TEST_API_KEY, type StartedSidecar } from '../helpers/sidecar';
import { apiFetch, sleep } from '../helpers/sidecarFixtures';

describe('sidecar robustness', () => {
  let broker: StartedBroker;
  let sidecar: StartedSidecar;

  beforeAll(async () => {
    broker = await startBroker();
    sidecar = await startSidecar({
      brokerTarget: broker.target,
      limits: {
        maxSubscriptionsPerConnection: 3,
        maxBodyBytes: 1024,
        clientFrameRatePerSecond: 1,
        clientFrameBurst: 40,
      },
    });
  });
  afterAll(async () => {
    await sidecar?.close();
    await broker?.close();
  });

  async function pingPong(client: StreamTestClient, nonce: number): Promise<void> {
    client.send({ ping: { nonce } });
    await client.waitFor((frame) => Number(frame.pong?.nonce) === nonce, 5_000, `pong ${nonce}`);
  }

  it('answers bad frames with categorized errors and keeps the connection', async () => {
    const client = await StreamTestClient.connect(sidecar.streamUrl);
    try {
      client.socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
      await client.waitFor((frame) => frame.error?.category === WireErrorCategory.ERROR_CATEGORY_VALIDATION);
      client.socket.send('{"subscribe":{}}');
      await client.until(() => client.errors(0).length === 2);
      client.subscribe({ id: 1, filter: 'a/#/b' });
      await client.waitFor(
        (frame) =>
          frame.error?.subscriptionId === 1 && frame.error.category === WireErrorCategory.ERROR_CATEGORY_VALIDATION
      );
      client.subscribe({ id: 0, filter: 'ok' });
      client.subscribe({ id: 2, filter: 'ok', options: { conflation: 2 } });
      await client.waitFor((frame) => frame.error?.subscriptionId === 2);
      client.send({ unsubscribe: { id: 99 } });
      await client.waitFor((frame) => frame.error?.subscriptionId === 99);

      for (const id of [10, 11, 12]) {
        client.subscribe({ id, filter: `t/${id}` });
      }
      client.subscribe({ id: 10, filter: 'dup' });
      client.subscribe({ id: 13, filter: 't/13' });
      await client.waitFor(
        (frame) =>
          frame.error?.subscriptionId === 13 && frame.error.category === WireErrorCategory.ERROR_CATEGORY_RATE_LIMIT
      );
      await client.waitFor(
        (frame) =>
          frame.error?.subscriptionId === 10 && frame.error.category === WireErrorCategory.ERROR_CATEGORY_VALIDATION
      );
      expect(client.frames.filter((frame) => frame.subscribed)).toHaveLength(3);
      await pingPong(client, 42);
    } finally {
      await client.close();
    }
  });

  it('rate-limits frames per connection and then carries on', async () => {
    const client = await StreamTestClient.connect(sidecar.streamUrl);
    try {
      for (let i = 0; i < 60; i++) {
        client.send({ ping: { nonce: i + 1 } });
      }
      await client.waitFor((frame) => frame.error?.category === WireErrorCategory.ERROR_CATEGORY_RATE_LIMIT);
      expect(client.frames.filter((frame) => frame.pong).length).toBeLessThan(60);
      // One token per second refills: the connection works again.
      await sleep(1_100);
      await pingPong(client, 1_000);
    } finally {
      await client.close();
    }
  });

  it('answers bad bodies with JSON errors of the right category and status', async () => {
    const cases: Array<[Parameters<typeof apiFetch>[3], number, string]> = [
      [{ body: '{not json' }, 400, 'validation'],
      [{ json: { topic: 'a/b' } }, 400, 'validation'],
      [{ json: { topic: 'a/+', values: { v: 1 } } }, 400, 'validation'],
      [{ json: { topic: 'a/b', values: { v: 1 }, extra: true } }, 400, 'validation'],
      [{ json: { topic: 'a/b', values: { v: 'x'.repeat(2_000) } } }, 413, 'validation'],
      [{ body: 'topic=a', contentType: 'text/plain' }, 415, 'validation'],
    ];
    for (const [init, status, category] of cases) {
      const res = await apiFetch(sidecar.url, '/api/publish', TEST_API_KEY, init);
      expect({ status: res.status, body: await res.json() }).toEqual({
        status,
        body: { error: { category, message: expect.any(String) } },
      });
    }
    const badFilter = await apiFetch(sidecar.url, '/api/topics?filter=a%2F%23%2Fb', TEST_API_KEY);
    expect(badFilter.status).toBe(400);
    const unknownDevice = await apiFetch(sidecar.url, '/api/command', TEST_API_KEY, {
      json: { deviceId: 'nobody', name: 'reboot', timeoutMs: 1000 },
    });
    expect(unknownDevice.status).toBe(404);
    expect((await unknownDevice.json()).error.category).toBe('validation');
    const tooLong = await apiFetch(sidecar.url, '/api/command', TEST_API_KEY, {
      json: { deviceId: 'd', name: 'n', timeoutMs: 60_000 },
    });
    expect(tooLong.status).toBe(400);
    expect((await apiFetch(sidecar.url, '/api/nowhere', TEST_API_KEY)).status).toBe(404);
    expect((await apiFetch(sidecar.url, '/api/publish', TEST_API_KEY)).status).toBe(405);
    const ok = await apiFetch(sidecar.url, '/api/publish', TEST_API_KEY, {
      json: { topic: 'a/b', json: { on: true, level: [1, 2] } },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ sequence: 1, brokerTimeMs: expect.any(Number) });
  });

  it('lists topics sorted by name, one page at a time', async () => {
    for (const topic of ['pg/c', 'pg/a', 'pg/b']) {
      const published = await apiFetch(sidecar.url, '/api/publish', TEST_API_KEY, {
        json: { topic, values: { v: 1 } },
      });
      expect(published.status).toBe(200);
    }
    const first = await (await apiFetch(sidecar.url, '/api/topics?filter=pg%2F%23', TEST_API_KEY)).json();
    expect(first.topics.map((topic: { name: string }) => topic.name)).toEqual(['pg/a', 'pg/b', 'pg/c']);
    expect(first.nextPageToken).toBeUndefined();
    const after = await (
      await apiFetch(sidecar.url, '/api/topics?filter=pg%2F%23&pageToken=pg%2Fa', TEST_API_KEY)
    ).json();
    expect(after.topics.map((topic: { name: string }) => topic.name)).toEqual(['pg/b', 'pg/c']);
  });

  it('reports an unreachable broker as 502 on /api/health and 503 on /readyz', async () => {
    const orphan = await startSidecar({ brokerTarget: '127.0.0.1:1', timeouts: { brokerCallMs: 500, connectMs: 500 } });
    try {
      const health = await apiFetch(orphan.url, '/api/health', TEST_API_KEY);
      expect(health.status).toBe(502);
      expect(await health.json()).toMatchObject({
        broker: { reachable: false, target: '127.0.0.1:1' },
        error: { category: 'upstream' },
      });
      expect((await apiFetch(orphan.url, '/readyz', null)).status).toBe(503);
      // A subscription still gets its Subscribed, then stays reconnecting.
      const client = await StreamTestClient.connect(orphan.streamUrl);
      client.subscribe({ id: 1, filter: 'x' });
      await client.waitFor((frame) => frame.status?.state === StreamState.STATE_RECONNECTING);
      await client.close();
    } finally {
      await orphan.close();
    }
  });

  it('closes every socket with 1001 on graceful shutdown', async () => {
    const local = await startSidecar({ brokerTarget: broker.target });
    const client = await StreamTestClient.connect(local.streamUrl);
    client.subscribe({ id: 1, filter: 'x/#' });
    await client.waitFor((frame) => frame.status?.state === StreamState.STATE_LIVE);
    await local.close();
    expect((await client.closed).code).toBe(1001);
    await expect(StreamTestClient.connect(local.streamUrl)).rejects.toThrow();
  });
});
