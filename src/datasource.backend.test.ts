import {
  dateTime,
  LoadingState,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type ScopedVars,
} from '@grafana/data';
import { setBackendSrv, type BackendSrv, type LiveDataStreamOptions } from '@grafana/runtime';
import { lastValueFrom, of, Subject } from 'rxjs';
import { specOfPath, type LiveSubscribeData } from '../common/live/liveChannel';
import { DataSource } from './datasource';
import type { LiveDataSource } from './query/liveChannelStream';
import { fakeSocketFactory } from './testing/FakeSocket';
import type { IoTOptions, IoTQuery } from './types';

const fetchMock = jest.fn();
// DataSourceWithBackend posts /api/ds/query through the BackendSrv Grafana installs at startup.
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);

const NOW = 1_700_000_000_000;
const HOUR = 3_600_000;

function settings(transport: IoTOptions['transport']): DataSourceInstanceSettings<IoTOptions> {
  return {
    uid: 'ds1',
    id: 1,
    name: 'IoT',
    type: 'iotlive-grpc-datasource',
    url: '/api/datasources/proxy/uid/ds1',
    jsonData: { transport },
    meta: {} as never,
    readOnly: false,
    access: 'proxy',
  };
}

function request(targets: IoTQuery[], from: number, to: number, maxDataPoints = 300): DataQueryRequest<IoTQuery> {
  return {
    targets,
    range: { from: dateTime(from), to: dateTime(to), raw: { from: 'now-1h', to: 'now' } },
    maxDataPoints,
    scopedVars: {},
    requestId: 'r1',
    interval: '1s',
    intervalMs: 1000,
    timezone: 'utc',
    app: 'dashboard',
    startTime: NOW,
  };
}

/** `$site` is a multi-value variable; "All" is chosen when `all` is set. */
function templates(values: string[], all = false) {
  return {
    templateReplace: (text: string, _vars?: ScopedVars, format?: unknown) =>
      text.replace('$site', typeof format === 'function' ? format(values, { name: 'site' }) : values.join(',')),
    isAllSelected: () => all,
  };
}

/** A stand-in for Grafana Live (Grafana cannot run here) that records what is subscribed. */
function standInLive() {
  const calls: LiveDataStreamOptions[] = [];
  const packets = new Subject<DataQueryResponse>();
  const live: LiveDataSource = {
    getDataStream: (options) => {
      calls.push(options);
      return packets;
    },
  };
  return { live, calls, packets };
}

function backendDataSource(values: string[] = ['north'], all = false) {
  const sockets = fakeSocketFactory();
  const stand = standInLive();
  const ds = new DataSource(settings('backend'), {
    createSocket: sockets.factory,
    now: () => NOW,
    live: () => stand.live,
    ...templates(values, all),
  });
  return { ds, sockets, ...stand };
}

beforeEach(() => fetchMock.mockReset());

describe('DataSource in backend mode with a stand-in Grafana Live', () => {
  it('subscribes a live range to one channel per filter and opens no sidecar socket', () => {
    const { ds, sockets, calls } = backendDataSource(['north', 'south']);
    const subscription = ds
      .query(request([{ refId: 'A', topic: 'site/$site/env', fields: ['temperature'] }], NOW - HOUR, NOW))
      .subscribe();
    expect(sockets.sockets).toHaveLength(0);
    expect(fetchMock).not.toHaveBeenCalled();
    const filters = calls.map((c) => specOfPath(c.addr.path, c.addr.data as LiveSubscribeData).filter);
    expect(filters).toEqual(['site/north/env', 'site/south/env']);
    expect(calls.map((c) => (c.addr.data as LiveSubscribeData).sinceMs)).toEqual([NOW - HOUR, NOW - HOUR]);
    expect(new Set(calls.map((c) => c.key)).size).toBe(2);
    subscription.unsubscribe();
  });

  it('subscribes "All" of a whole-level variable as one wildcard channel', () => {
    const { ds, calls } = backendDataSource(['north', 'south'], true);
    ds.query(request([{ refId: 'A', topic: 'site/$site/env' }], NOW - HOUR, NOW)).subscribe();
    expect(calls.map((c) => specOfPath(c.addr.path, c.addr.data as LiveSubscribeData).filter)).toEqual(['site/+/env']);
  });

  it('keeps the same key for the same stream, so the panel merges its packets', () => {
    const { ds, calls } = backendDataSource();
    const target = { refId: 'A', topic: 'site/#' };
    ds.query(request([target], NOW - HOUR, NOW)).subscribe();
    ds.query(request([target], NOW - HOUR + 5_000, NOW + 5_000)).subscribe();
    expect(calls[0].key).toBe(calls[1].key);
    expect(calls[0].addr.path).toBe(calls[1].addr.path);
  });

  it('honours the query backfill as the history start, and none as live only', () => {
    const { ds, calls } = backendDataSource();
    ds.query(request([{ refId: 'A', topic: 't', backfill: '5m' }], NOW - HOUR, NOW)).subscribe();
    ds.query(request([{ refId: 'B', topic: 't', backfill: 'none' }], NOW - HOUR, NOW)).subscribe();
    expect(calls.map((c) => c.addr.data)).toEqual([{ sinceMs: NOW - 300_000 }, {}]);
  });

  it('streams with state Streaming under its key (what Explore shows as live)', () => {
    const { ds, packets } = backendDataSource();
    const received: DataQueryResponse[] = [];
    ds.query({
      ...request([{ refId: 'A', topic: 't' }], NOW - 60_000, NOW),
      app: 'explore',
      liveStreaming: true,
    }).subscribe((r) => received.push(r));
    packets.next({ state: LoadingState.Streaming, data: [] });
    expect(received).toEqual([expect.objectContaining({ state: LoadingState.Streaming, key: expect.any(String) })]);
  });

  it('refuses an invalid interpolated filter on the panel without subscribing', async () => {
    const { ds, calls } = backendDataSource(['a/#/b']);
    const response = await lastValueFrom(ds.query(request([{ refId: 'A', topic: 'x/$site' }], NOW - HOUR, NOW)));
    expect(response.state).toBe(LoadingState.Error);
    expect(calls).toHaveLength(0);
  });

  it("runs a range in the past through the backend's QueryData, variables replaced, one query per value", async () => {
    const { ds, calls, sockets } = backendDataSource(['north', 'south']);
    fetchMock.mockReturnValue(
      of({ data: { results: { A: { status: 200, frames: [] }, 'A-2': { status: 200, frames: [] } } }, status: 200 })
    );
    const target: IoTQuery = {
      refId: 'A',
      topic: 'site/$site/env',
      datasource: { type: 'iotlive-grpc-datasource', uid: '${ds}' },
    };
    await lastValueFrom(
      ds.query(request([target, { refId: 'B', topic: ' ', hide: false }], NOW - 2 * HOUR, NOW - HOUR))
    );
    expect(calls).toHaveLength(0);
    expect(sockets.sockets).toHaveLength(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, data } = fetchMock.mock.calls[0][0] as { url: string; data: { queries: IoTQuery[]; from: string } };
    expect(url).toMatch(/^\/api\/ds\/query\?/);
    expect(data.from).toBe(String(NOW - 2 * HOUR));
    expect(data.queries.map((q) => [q.refId, q.topic, q.datasource?.uid])).toEqual([
      ['A', 'site/north/env', 'ds1'],
      ['A-2', 'site/south/env', 'ds1'],
    ]);
  });

  it('answers an empty panel without asking anything', async () => {
    const { ds, calls } = backendDataSource();
    const response = await lastValueFrom(ds.query(request([{ refId: 'A', topic: '' }], NOW - 2 * HOUR, NOW - HOUR)));
    expect(response).toEqual({ data: [], state: LoadingState.Done });
    expect(calls).toHaveLength(0);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('DataSource in sidecar mode', () => {
  it('still streams over its own socket and never asks Grafana Live', () => {
    const sockets = fakeSocketFactory();
    const stand = standInLive();
    const ds = new DataSource(settings(undefined), {
      createSocket: sockets.factory,
      now: () => NOW,
      live: () => stand.live,
      baseUrl: 'https://grafana.example/d/1',
      ...templates(['north']),
    });
    const subscription = ds.query(request([{ refId: 'A', topic: 'site/#' }], NOW - HOUR, NOW)).subscribe();
    expect(sockets.sockets).toHaveLength(1);
    expect(stand.calls).toHaveLength(0);
    subscription.unsubscribe();
    ds.dispose();
  });
});
