/**
 * The real DataSource in Node against a real broker and sidecar on loopback. Grafana cannot run
 * here, so the preview host's data source proxy stands in for Grafana's (see grafanaProxy).
 */
import './browserGlobals';
import {
  dateTime,
  LoadingState,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
} from '@grafana/data';
import type { Subscription } from 'rxjs';
import { DataSource } from '../../src/datasource';
import type { IoTOptions, IoTQuery } from '../../src/types';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { startSidecar, TEST_API_KEY, type StartedSidecar } from '../helpers/sidecar';
import { backendSrvFetcher, GrafanaProxyHost, webSocketFactory, type ProxiedDataSource } from './grafanaProxy';

// Grafana's runtime cannot run here: the DataSource is given the proxy stand-in instead, so the
// runtime's services must never be reached. The editors and the rendering-only packages
// @grafana/data pulls in (ES modules this test project does not transform) are not under test.
jest.mock('@grafana/runtime', () => ({
  // Sidecar mode never reaches the plugin backend, so Grafana's base class is its plain parent here.
  DataSourceWithBackend: jest.requireActual('@grafana/data').DataSourceApi,
  getGrafanaLiveSrv: () => {
    throw new Error('sidecar mode must not use Grafana Live');
  },
  getBackendSrv: () => {
    throw new Error('the integration test must inject the proxy stand-in');
  },
  getTemplateSrv: () => {
    throw new Error('the integration test must inject templateReplace');
  },
}));
jest.mock('../../src/variables/VariableQueryEditor', () => ({ VariableQueryEditor: () => null }));
jest.mock('marked', () => ({ marked: (text: string) => text, Marked: class {}, Renderer: class {} }));
jest.mock('d3-interpolate', () => ({}));
jest.mock('d3-scale-chromatic', () => ({}));
jest.mock('react-use', () => ({}));

jest.setTimeout(60_000);

let broker: StartedBroker;
let sidecar: StartedSidecar;
let grafana: GrafanaProxyHost;

beforeAll(async () => {
  broker = await startBroker();
  sidecar = await startSidecar({ brokerTarget: broker.target });
  grafana = await GrafanaProxyHost.start();
});

const created: DataSource[] = [];
let dataSources = 0;

afterEach(() => created.splice(0).forEach((ds) => ds.dispose()));

afterAll(async () => {
  await grafana?.close();
  await sidecar?.close();
  await broker?.close();
});

function newDataSource(apiKey = TEST_API_KEY, proxy: Pick<ProxiedDataSource, 'role'> = {}): DataSource {
  const uid = `it-${++dataSources}`;
  const settings = {
    uid,
    id: 1,
    name: 'IoT Live',
    type: 'iotlive-grpc-datasource',
    url: grafana.add(uid, { url: sidecar.url, apiKey, ...proxy }),
    jsonData: { requestTimeoutMs: 5_000 },
    meta: {},
    readOnly: false,
    access: 'proxy',
  } as unknown as DataSourceInstanceSettings<IoTOptions>;
  const ds = new DataSource(settings, {
    fetcher: () => backendSrvFetcher,
    createSocket: webSocketFactory,
    templateReplace: (text) => text,
    streamOptions: { backoff: { initialMs: 100, maxMs: 500, factor: 2 } },
  });
  created.push(ds);
  return ds;
}

function request(query: IoTQuery, fromMs: number, toMs: number): DataQueryRequest<IoTQuery> {
  return {
    targets: [query],
    range: { from: dateTime(fromMs), to: dateTime(toMs), raw: { from: 'now-1h', to: 'now' } },
    maxDataPoints: 1000,
    scopedVars: {},
    requestId: 'it',
    interval: '1s',
    intervalMs: 1000,
    timezone: 'utc',
    app: 'dashboard',
    startTime: Date.now(),
  };
}

/** The temperature values of the latest response, in frame order. */
function temperatures(response: DataQueryResponse | undefined): number[] {
  const frame = response?.data[0];
  const field = frame?.fields.find((f: { name: string }) => f.name === 'temperature');
  return (field?.values ?? []) as number[];
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function publishAll(ds: DataSource, topic: string, values: number[]): Promise<void> {
  for (const temperature of values) {
    await ds.publish({ topic, values: { temperature }, deviceId: 'dev1' });
  }
}

describe('DataSource in Node with a stand-in for Grafana proxy (real sidecar and broker on loopback)', () => {
  it('passes Save & test and lists the topics through the proxy route', async () => {
    const ds = newDataSource();
    await ds.publish({ topic: 'it/health/env', values: { temperature: 1 } });
    const result = await ds.testDatasource();
    expect(result.status).toBe('success');
    expect(result.message).toMatch(/^Broker .*reachable through sidecar/);
    const topics = await ds.listTopics('it/#');
    expect(topics.map((t) => t.name)).toContain('it/health/env');
  });

  it("says the API key was refused when Grafana turns the sidecar's 401 into a 400", async () => {
    const ds = newDataSource('not-the-sidecar-key-0123456789');
    const result = await ds.testDatasource();
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/^The API key was refused/);
    await expect(ds.listTopics('#')).rejects.toThrow(/^the API key was refused/);
  });

  it('says the Grafana role cannot send commands when the proxy denies the route', async () => {
    const viewer = newDataSource(TEST_API_KEY, { role: 'Viewer' });
    const refusal = /^your Grafana role cannot publish or send commands \(Editor required\)/;
    await expect(viewer.sendCommand({ deviceId: 'dev1', name: 'reboot' })).rejects.toThrow(refusal);
    await expect(viewer.publish({ topic: 'it/role/env', values: { temperature: 1 } })).rejects.toThrow(refusal);
    expect((await viewer.testDatasource()).status).toBe('success');
  });

  it('backfills history, then streams live frames that match what was published, across a sidecar restart', async () => {
    const ds = newDataSource();
    const topic = 'it/restart/env';
    await publishAll(ds, topic, [1, 2, 3]);

    let latest: DataQueryResponse | undefined;
    const subscription: Subscription = ds
      .query(
        request(
          { refId: 'A', topic, fields: ['temperature'], timeSource: 'broker' },
          Date.now() - 3_600_000,
          Date.now()
        )
      )
      .subscribe((r) => (latest = r));
    try {
      await until(() => temperatures(latest).length === 3, 'the backfilled history');
      expect(latest?.state).toBe(LoadingState.Streaming);
      expect(temperatures(latest)).toEqual([1, 2, 3]);

      await publishAll(ds, topic, [4, 5]);
      await until(() => temperatures(latest).length === 5, 'live samples');
      expect(temperatures(latest)).toEqual([1, 2, 3, 4, 5]);

      sidecar = await sidecar.restart();
      await publishAll(ds, topic, [6, 7]);
      await until(() => temperatures(latest).length >= 7, 'samples after the sidecar restart');
      await publishAll(ds, topic, [8]);
      await until(() => temperatures(latest).length >= 8, 'live samples after the reconnect');
      expect(temperatures(latest)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(ds.streamClient.state).toBe('open');
    } finally {
      subscription.unsubscribe();
    }
  });

  it('returns history alone, ending Done, for a range in the past', async () => {
    const ds = newDataSource();
    const topic = 'it/history/env';
    await publishAll(ds, topic, [10, 20, 30]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const end = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await publishAll(ds, topic, [40]);

    const responses: DataQueryResponse[] = [];
    let done = false;
    // Ends a minute before now: history only. (End before the last publish, so 40 is left out.)
    const past = request({ refId: 'H', topic, fields: ['temperature'], timeSource: 'broker' }, end - 3_600_000, end);
    const realNow = Date.now;
    Date.now = () => realNow() + 60_000;
    try {
      ds.query(past).subscribe({ next: (r) => responses.push(r), complete: () => (done = true) });
    } finally {
      Date.now = realNow;
    }
    await until(() => done, 'the history to complete');
    const last = responses[responses.length - 1];
    expect(last.state).toBe(LoadingState.Done);
    expect(temperatures(last)).toEqual([10, 20, 30]);
  });

  it('shows an authentication error on a panel with a wrong key, and stops reconnecting', async () => {
    const ds = newDataSource('a-wrong-key-of-enough-length');
    let latest: DataQueryResponse | undefined;
    const subscription = ds
      .query(request({ refId: 'K', topic: 'it/key/#', fields: [] }, Date.now() - 60_000, Date.now()))
      .subscribe((r) => (latest = r));
    try {
      await until(() => latest?.state === LoadingState.Error, 'the authentication error');
      expect(latest?.errors?.[0]).toMatchObject({ refId: 'K', status: 401 });
      expect(latest?.errors?.[0].message).toMatch(/API key was refused/);
      expect(ds.streamClient.state).toBe('idle');
    } finally {
      subscription.unsubscribe();
    }
  });

  it('says so when a past range has nothing retained, instead of an empty panel', async () => {
    const ds = newDataSource();
    const end = Date.now() - 60_000;
    const past = request({ refId: 'E', topic: 'it/never/published', fields: ['temperature'] }, end - 3_600_000, end);
    const responses: DataQueryResponse[] = [];
    let done = false;
    ds.query(past).subscribe({ next: (r) => responses.push(r), complete: () => (done = true) });
    await until(() => done, 'the empty history to complete');
    const notices = responses[responses.length - 1].data.flatMap(
      (frame: { meta?: { notices?: Array<{ text: string }> } }) => frame.meta?.notices ?? []
    );
    expect(notices.map((notice: { text: string }) => notice.text)).toContain('nothing is retained for this time range');
  });
});
