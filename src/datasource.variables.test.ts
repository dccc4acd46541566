import { dateTime, type DataQueryRequest, type DataSourceInstanceSettings, type ScopedVars } from '@grafana/data';
import { config, setTemplateSrv, type TemplateSrv } from '@grafana/runtime';
import { DataSource } from './datasource';
import { fakeSocketFactory } from './testing/FakeSocket';
import type { IoTOptions, IoTQuery } from './types';

const SETTINGS = {
  uid: 'abc',
  id: 1,
  name: 'IoT Live',
  type: 'iotlive-grpc-datasource',
  url: '/api/datasources/proxy/uid/abc',
  jsonData: {},
  meta: {},
  readOnly: false,
  access: 'proxy',
} as unknown as DataSourceInstanceSettings<IoTOptions>;

/**
 * A TemplateSrv shaped like Grafana's (Grafana itself cannot run here): a custom format function
 * gets the values and the variable's name; "All" arrives as every value, and only the variable
 * list says it is "All".
 */
function installTemplateSrv(variables: Record<string, { values: string[]; all: boolean }>): void {
  const replace = (target?: string, _scoped?: ScopedVars, format?: unknown) =>
    (target ?? '').replace(/\$(\w+)/g, (whole, name: string) => {
      const variable = variables[name];
      if (!variable) {
        return whole;
      }
      return typeof format === 'function' ? format(variable.values, { name }) : variable.values.join(',');
    });
  setTemplateSrv({
    replace,
    getVariables: () =>
      Object.entries(variables).map(([name, v]) => ({
        name,
        current: { value: v.all ? ['$__all'] : v.values, text: v.all ? ['All'] : v.values },
      })),
    containsTemplate: (target?: string) => (target ?? '').includes('$'),
    updateTimeRange: () => undefined,
  } as unknown as TemplateSrv);
}

function request(targets: IoTQuery[]): DataQueryRequest<IoTQuery> {
  const now = Date.now();
  return {
    targets,
    range: { from: dateTime(now - 60_000), to: dateTime(now), raw: { from: 'now-1m', to: 'now' } },
    maxDataPoints: 100,
    scopedVars: {},
    requestId: 'r',
    interval: '1s',
    intervalMs: 1000,
    timezone: 'utc',
    app: 'dashboard',
    startTime: now,
  };
}

describe('DataSource (fake socket; Grafana’s TemplateSrv stand-in)', () => {
  const originalSubUrl = config.appSubUrl;
  afterEach(() => {
    config.appSubUrl = originalSubUrl;
  });

  it('opens the stream under Grafana’s sub-path (config.appSubUrl)', () => {
    config.appSubUrl = '/grafana';
    const sockets = fakeSocketFactory();
    const ds = new DataSource(SETTINGS, { createSocket: sockets.factory, baseUrl: 'https://example.com/grafana/d/x' });
    installTemplateSrv({});
    const subscription = ds.query(request([{ refId: 'A', topic: 'site/#' }])).subscribe();
    expect(sockets.latest().url).toBe('wss://example.com/grafana/api/datasources/proxy/uid/abc/api/stream');
    subscription.unsubscribe();
    ds.dispose();
  });

  it('opens one stream for "All" on a multi-value variable, one per value otherwise', () => {
    const filtersSubscribed = (all: boolean) => {
      installTemplateSrv({ site: { values: ['a', 'b', 'c'], all } });
      const sockets = fakeSocketFactory();
      const ds = new DataSource(SETTINGS, { createSocket: sockets.factory, baseUrl: 'http://grafana/' });
      const subscription = ds.query(request([{ refId: 'A', topic: 'site/$site/env' }])).subscribe();
      sockets.latest().open();
      const filters = sockets.latest().subscribes.map((s) => s.filter);
      subscription.unsubscribe();
      ds.dispose();
      return filters;
    };
    expect(filtersSubscribed(true)).toEqual(['site/+/env']);
    expect(filtersSubscribed(false)).toEqual(['site/a/env', 'site/b/env', 'site/c/env']);
  });

  it('interpolates variables for Explore: "All" as a wildcard, other selections as one query each', () => {
    const ds = new DataSource(SETTINGS);
    installTemplateSrv({ site: { values: ['a', 'b'], all: true }, dev: { values: ['d1', 'd2'], all: false } });
    const queries = ds.interpolateVariablesInQueries(
      [
        { refId: 'A', topic: 'site/$site/env', fields: ['temperature'] },
        { refId: 'B', topic: 'site/x/device/$dev' },
      ],
      {}
    );
    expect(queries.map((q) => [q.refId, q.topic])).toEqual([
      ['A', 'site/+/env'],
      ['B', 'site/x/device/d1'],
      ['B-2', 'site/x/device/d2'],
    ]);
    expect(queries[0].fields).toEqual(['temperature']);
  });
});
