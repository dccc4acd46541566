import {
  dateTime,
  LoadingState,
  type DataQueryRequest,
  type DataSourceInstanceSettings,
  type DataQueryResponse,
} from '@grafana/data';
import { lastValueFrom, NEVER, of, throwError, type Observable } from 'rxjs';
import { timestampFromMs } from '../common/time/timestamp';
import { DataSource } from './datasource';
import { fakeSocketFactory } from './testing/FakeSocket';
import type { IoTOptions, IoTQuery } from './types';

const fetchMock = jest.fn();
const replaceMock = jest.fn((text: string, _vars?: unknown, format?: (v: unknown) => string) =>
  text.replace('$site', format ? format(['north', 'south']) : 'north')
);

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({ fetch: fetchMock }),
  getTemplateSrv: () => ({ replace: replaceMock, getVariables: () => [] }),
}));

const NOW = 1_700_000_000_000;

function settings(jsonData: IoTOptions = {}): DataSourceInstanceSettings<IoTOptions> {
  return {
    uid: 'ds1',
    id: 1,
    name: 'IoT',
    type: 'iotlive-grpc-datasource',
    url: '/api/datasources/proxy/uid/ds1',
    jsonData,
    meta: {} as never,
    readOnly: false,
    access: 'proxy',
  };
}

function request(targets: IoTQuery[], from = NOW - 3_600_000, to = NOW): DataQueryRequest<IoTQuery> {
  return {
    targets,
    range: { from: dateTime(from), to: dateTime(to), raw: { from: 'now-1h', to: 'now' } },
    maxDataPoints: 300,
    scopedVars: {},
    requestId: 'r',
    interval: '1s',
    intervalMs: 1000,
    timezone: 'utc',
    app: 'dashboard',
    startTime: NOW,
  };
}

const ok = <T>(data: T): Observable<unknown> => of({ data, status: 200 });

function newDataSource(jsonData?: IoTOptions) {
  const sockets = fakeSocketFactory();
  const ds = new DataSource(settings(jsonData), {
    createSocket: sockets.factory,
    now: () => NOW,
    baseUrl: 'https://grafana.example/d/1',
  });
  return { ds, sockets };
}

beforeEach(() => {
  fetchMock.mockReset();
  replaceMock.mockClear();
});

describe('DataSource in backend mode (mocked Grafana runtime)', () => {
  it("tests through Grafana's health endpoint, which runs the backend's CheckHealth", async () => {
    fetchMock.mockReturnValue(ok({ status: 'OK', message: 'Broker 1.0 at b:50051 reachable from the plugin backend' }));
    const result = await newDataSource({ transport: 'backend' }).ds.testDatasource();
    expect(result).toMatchObject({
      status: 'success',
      message: 'Broker 1.0 at b:50051 reachable from the plugin backend',
    });
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/datasources/uid/ds1/health', method: 'GET' })
    );
  });

  it("shows the backend's explanation when the check fails", async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({
        status: 400,
        data: { status: 'ERROR', message: 'Cannot reach the broker at b:50051: check the Broker address setting' },
      }))
    );
    const result = await newDataSource({ transport: 'backend' }).ds.testDatasource();
    expect(result).toMatchObject({
      status: 'error',
      message: 'Cannot reach the broker at b:50051: check the Broker address setting',
    });
  });

  it('says so when Grafana cannot run the backend at all', async () => {
    fetchMock.mockReturnValue(throwError(() => ({ status: 500, data: 'Plugin unavailable' })));
    const result = await newDataSource({ transport: 'backend' }).ds.testDatasource();
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/could not run the plugin backend's health check \(HTTP 500\)/);
  });

  it("lists topics through the backend's resources", async () => {
    fetchMock.mockReturnValue(ok({ topics: [] }));
    await newDataSource({ transport: 'backend' }).ds.listTopics('a/#');
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/datasources/uid/ds1/resources/api/topics', params: { filter: 'a/#' } })
    );
  });
});

describe('DataSource.testDatasource (mocked Grafana runtime)', () => {
  it('reports the broker, its version, round trip and topic count', async () => {
    fetchMock.mockReturnValue(
      ok({
        sidecar: { version: '0.1.0', uptimeMs: 5 },
        broker: { reachable: true, target: 'b:50051', version: '1.2.3', roundTripMs: 3.4, topicCount: 12 },
      })
    );
    const result = await newDataSource().ds.testDatasource();
    expect(result.status).toBe('success');
    expect(result.message).toBe('Broker 1.2.3 reachable through sidecar 0.1.0: 3 ms round trip, 12 topics');
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/datasources/proxy/uid/ds1/api/health', method: 'GET' })
    );
  });

  it('says the API key was refused on 401', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({ status: 401, data: { error: { category: 'auth', message: 'no' } } }))
    );
    const result = await newDataSource().ds.testDatasource();
    expect(result).toMatchObject({
      status: 'error',
      message: "The API key was refused by the sidecar: check the datasource's API key",
    });
  });

  it('says the sidecar is unreachable when the proxy answers 502 without JSON', async () => {
    fetchMock.mockReturnValue(throwError(() => ({ status: 502, data: 'Bad Gateway' })));
    const result = await newDataSource().ds.testDatasource();
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/^The sidecar is unreachable \(HTTP 502 from Grafana's proxy\)/);
  });

  it('says the broker is down when the sidecar answers 502 with its health', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({
        status: 502,
        data: {
          sidecar: { version: '0.1.0', uptimeMs: 5 },
          broker: { reachable: false, target: 'broker:50051' },
          error: { category: 'upstream', message: 'connection refused' },
        },
      }))
    );
    const result = await newDataSource().ds.testDatasource();
    expect(result).toMatchObject({
      status: 'error',
      message: 'The sidecar (0.1.0) is up, but the broker at broker:50051 is down: connection refused',
    });
  });

  it('reports a timeout', async () => {
    fetchMock.mockReturnValue(NEVER);
    const result = await newDataSource({ requestTimeoutMs: 20 }).ds.testDatasource();
    expect(result).toMatchObject({ status: 'error', message: 'The sidecar did not answer /api/health within 20 ms' });
  });
});

describe('DataSource.query (mocked Grafana runtime)', () => {
  it('opens one stream per visible target and filter, each with its own key', () => {
    const { ds, sockets } = newDataSource();
    const responses: DataQueryResponse[] = [];
    ds.query(
      request([
        { refId: 'A', topic: 'site/$site/env' },
        { refId: 'B', topic: 'other/#', hide: true },
        { refId: 'C', topic: '' },
      ])
    ).subscribe((r) => responses.push(r));
    const socket = sockets.latest();
    expect(socket.url).toBe('wss://grafana.example/api/datasources/proxy/uid/ds1/api/stream');
    // While the socket connects nothing is live yet, so the panel does not look healthy.
    expect(responses.every((r) => r.state === LoadingState.Loading)).toBe(true);
    socket.open();
    expect(socket.subscribes.map((s) => s.filter)).toEqual(['site/north/env', 'site/south/env']);
    expect(socket.subscribes[0].since).toEqual(timestampFromMs(NOW - 3_600_000));
    const keys = new Set(responses.map((r) => r.key));
    expect(keys.size).toBe(2);
  });

  it('asks for history alone when the range ends in the past', () => {
    const { ds, sockets } = newDataSource();
    ds.query(request([{ refId: 'A', topic: 'a/b' }], NOW - 7_200_000, NOW - 3_600_000)).subscribe();
    sockets.latest().open();
    expect(sockets.latest().subscribes[0]).toMatchObject({ until: timestampFromMs(NOW - 3_600_000) });
  });

  it('reports an invalid filter on its own key while the others stream', () => {
    const { ds, sockets } = newDataSource();
    const responses: DataQueryResponse[] = [];
    ds.query(
      request([
        { refId: 'A', topic: 'a/#/b' },
        { refId: 'B', topic: 'ok/#' },
      ])
    ).subscribe((r) => responses.push(r));
    sockets.latest().open();
    const failed = responses.find((r) => r.state === LoadingState.Error);
    expect(failed?.errors?.[0]?.message).toMatch(/'#' must stand alone/);
    expect(sockets.latest().subscribes.map((s) => s.filter)).toEqual(['ok/#']);
  });

  it('answers Done with no data when nothing is to be queried', async () => {
    const { ds } = newDataSource();
    await expect(lastValueFrom(ds.query(request([{ refId: 'A', topic: ' ' }])))).resolves.toEqual({
      data: [],
      state: LoadingState.Done,
    });
  });
});

describe('DataSource variables (mocked Grafana runtime)', () => {
  const topics = {
    topics: [
      { name: 'b/t', fields: [], messageCount: 1, ratePerSecond: 0, lastSequence: 1 },
      { name: 'a/t', fields: [], messageCount: 1, ratePerSecond: 0, lastSequence: 1 },
    ],
  };
  const devices = {
    devices: [
      { deviceId: 'd2', connected: false, metadata: {}, topics: [] },
      { deviceId: 'd1', connected: true, metadata: {}, topics: [] },
    ],
  };

  it('lists topics matching a filter, sorted', async () => {
    fetchMock.mockReturnValue(ok(topics));
    const { ds } = newDataSource();
    await expect(ds.metricFindQuery('topics(site/#)')).resolves.toEqual([
      { text: 'a/t', value: 'a/t' },
      { text: 'b/t', value: 'b/t' },
    ]);
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/datasources/proxy/uid/ds1/api/topics', params: { filter: 'site/#' } })
    );
  });

  it('lists devices, optionally connected only, through the custom variable support', async () => {
    fetchMock.mockReturnValue(ok(devices));
    const { ds } = newDataSource();
    await expect(ds.metricFindQuery('devices')).resolves.toHaveLength(2);
    const response = await lastValueFrom(
      (ds.variables as unknown as { query: (r: unknown) => Observable<DataQueryResponse> }).query({
        targets: [{ refId: 'V', kind: 'devices', connectedOnly: true }],
        scopedVars: {},
      })
    );
    expect(response.data[0].fields[0].values).toEqual(['d1']);
  });
});

describe('DataSource commands (mocked Grafana runtime)', () => {
  it('publishes through the publish route', async () => {
    fetchMock.mockReturnValue(ok({ sequence: 4, brokerTimeMs: 1 }));
    const { ds } = newDataSource();
    await expect(ds.publish({ topic: 'a/b', values: { t: 1 } })).resolves.toEqual({ sequence: 4, brokerTimeMs: 1 });
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/datasources/proxy/uid/ds1/api/publish',
        method: 'POST',
        data: { topic: 'a/b', values: { t: 1 } },
      })
    );
  });

  it('refuses invalid bodies before sending', async () => {
    const { ds } = newDataSource();
    await expect(ds.publish({ topic: 'a/+', values: { t: 1 } })).rejects.toMatchObject({ category: 'validation' });
    await expect(ds.publish({ topic: 'a', values: { t: NaN } })).rejects.toMatchObject({ category: 'validation' });
    await expect(ds.sendCommand({ deviceId: '', name: 'x' })).rejects.toMatchObject({ category: 'validation' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a command and maps a viewer refused by the route to an auth error', async () => {
    fetchMock.mockReturnValueOnce(
      ok({ commandId: 'c', deviceId: 'd1', ok: true, result: { done: true }, roundTripMs: 12 })
    );
    const { ds } = newDataSource();
    await expect(ds.sendCommand({ deviceId: 'd1', name: 'reboot' })).resolves.toMatchObject({ ok: true });
    fetchMock.mockReturnValueOnce(throwError(() => ({ status: 403, data: { message: 'Permission denied' } })));
    await expect(ds.sendCommand({ deviceId: 'd1', name: 'reboot' })).rejects.toMatchObject({
      category: 'auth',
      httpStatus: 403,
    });
  });
});
