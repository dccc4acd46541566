/** Keys, rights and tenancy, end to end: the sidecar's keys map to broker tokens of separate tenants. */
import { tokenAuthenticator } from '../../services/broker/auth/Authenticator';
import { StreamState } from '../../common/proto';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, StreamTestClient, type StartedSidecar } from '../helpers/sidecar';
import { apiFetch, publishValue, publisher } from '../helpers/sidecarFixtures';

const KEY_A = 'tenant-a-full-key-000000';
const KEY_A_READ = 'tenant-a-read-only-key-0';
const KEY_B = 'tenant-b-full-key-000000';
const BROKER_TOKEN_A = 'broker-token-a';
const BROKER_TOKEN_B = 'broker-token-b';

describe('sidecar auth and tenancy', () => {
  let broker: StartedBroker;
  let sidecar: StartedSidecar;

  beforeAll(async () => {
    broker = await startBroker({
      auth: tokenAuthenticator({
        tokens: {
          [BROKER_TOKEN_A]: { tenant: 'a', permissions: ['subscribe', 'publish', 'command', 'device'] },
          [BROKER_TOKEN_B]: { tenant: 'b', permissions: ['subscribe', 'publish', 'command', 'device'] },
        },
      }),
    });
    sidecar = await startSidecar({
      brokerTarget: broker.target,
      authEntries: {
        [KEY_A]: { tenant: 'a', rights: ['read', 'publish', 'command'], brokerToken: BROKER_TOKEN_A },
        [KEY_A_READ]: { tenant: 'a', rights: ['read'], brokerToken: BROKER_TOKEN_A },
        [KEY_B]: { tenant: 'b', rights: ['read', 'publish', 'command'], brokerToken: BROKER_TOKEN_B },
      },
    });
  });
  afterAll(async () => {
    await sidecar?.close();
    await broker?.close();
  });

  it('refuses an upgrade without a valid key with 401, before upgrading', async () => {
    await expect(StreamTestClient.connect(sidecar.streamUrl, null)).rejects.toMatchObject({ statusCode: 401 });
    await expect(StreamTestClient.connect(sidecar.streamUrl, 'not-a-key-at-all-000000')).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it('answers the open endpoints without a key and the API only with one', async () => {
    expect((await apiFetch(sidecar.url, '/healthz', null)).status).toBe(200);
    expect((await apiFetch(sidecar.url, '/readyz', null)).status).toBe(200);
    const refused = await apiFetch(sidecar.url, '/api/topics', null);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { category: 'auth', message: expect.any(String) } });
    expect((await apiFetch(sidecar.url, '/api/topics', KEY_A_READ)).status).toBe(200);
  });

  it('serves /metrics only on its own listen address, never on the browser-facing one', async () => {
    // Grafana's proxy forwards unmatched paths without a key, so the browser-facing port must not serve it.
    expect((await apiFetch(sidecar.url, '/metrics', null)).status).toBe(401);
    expect((await apiFetch(sidecar.url, '/metrics', KEY_A_READ)).status).toBe(404);
    const scraped = await fetch(`${sidecar.metricsUrl}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('iotlive_sidecar_connections');
  });

  it('answers 403 to publish and command without those rights', async () => {
    const publish = await apiFetch(sidecar.url, '/api/publish', KEY_A_READ, {
      json: { topic: 'x/y', values: { v: 1 } },
    });
    expect(publish.status).toBe(403);
    expect((await publish.json()).error.category).toBe('auth');
    const command = await apiFetch(sidecar.url, '/api/command', KEY_A_READ, {
      json: { deviceId: 'd1', name: 'reboot' },
    });
    expect(command.status).toBe(403);
  });

  it('keeps each tenant to its own data', async () => {
    const clientA = await StreamTestClient.connect(sidecar.streamUrl, KEY_A);
    const clientB = await StreamTestClient.connect(sidecar.streamUrl, KEY_B);
    try {
      clientA.subscribe({ id: 1, filter: '#' });
      clientB.subscribe({ id: 1, filter: '#' });
      for (const client of [clientA, clientB]) {
        await client.waitFor(
          (frame) => frame.status?.subscriptionId === 1 && frame.status.state === StreamState.STATE_LIVE
        );
      }
      // Same filter, different tenants: different shared streams.
      expect(clientA.streamIdOf(1)).not.toBe(clientB.streamIdOf(1));
      const pub = publisher(broker.target);
      for (let i = 1; i <= 5; i++) {
        await publishValue(pub, 'plant/a/temp', { v: i }, BROKER_TOKEN_A);
        await publishValue(pub, 'plant/b/temp', { v: i }, BROKER_TOKEN_B);
      }
      const viaSidecar = await apiFetch(sidecar.url, '/api/publish', KEY_B, {
        json: { topic: 'plant/b/temp', values: { v: 6 } },
      });
      expect(viaSidecar.status).toBe(200);
      pub.close();
      await clientA.until(() => clientA.envelopesOf(1).length === 5);
      await clientB.until(() => clientB.envelopesOf(1).length === 6);
      expect(new Set(clientA.envelopesOf(1).map((envelope) => envelope.topic))).toEqual(new Set(['plant/a/temp']));
      expect(new Set(clientB.envelopesOf(1).map((envelope) => envelope.topic))).toEqual(new Set(['plant/b/temp']));
      const topicsA = (await (await apiFetch(sidecar.url, '/api/topics', KEY_A)).json()) as {
        topics: Array<{ name: string }>;
      };
      expect(topicsA.topics.map((topic) => topic.name)).toEqual(['plant/a/temp']);
      const health = (await (await apiFetch(sidecar.url, '/api/health', KEY_B)).json()) as {
        broker: { tenant: string; reachable: boolean };
      };
      expect(health.broker).toMatchObject({ reachable: true, tenant: 'b' });
    } finally {
      await clientA.close();
      await clientB.close();
    }
  });
});
