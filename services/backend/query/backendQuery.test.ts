import type { DataQuery } from '../grpc/messages';
import { parseBackendQuery } from './backendQuery';

function query(json: unknown, overrides: Partial<DataQuery> = {}): DataQuery {
  return {
    refId: 'A',
    maxDataPoints: 500,
    intervalMS: 2000,
    timeRange: { fromEpochMS: 1_700_000_000_000, toEpochMS: 1_700_000_600_000 },
    json: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    queryType: '',
    ...overrides,
  };
}

describe('parseBackendQuery', () => {
  it('reads the frontend query model plus what Grafana adds', () => {
    const parsed = parseBackendQuery(
      query({
        refId: 'A',
        datasource: { uid: 'x' },
        intervalMs: 2000,
        maxDataPoints: 500,
        topic: ' a/+/t ',
        fields: ['v'],
        splitBy: 'device',
        aggregation: 'max',
        timeSource: 'arrival',
      })
    );
    expect(parsed).toMatchObject({
      topic: 'a/+/t',
      fields: ['v'],
      splitBy: 'device',
      aggregation: 'max',
      timeSource: 'broker',
      maxDataPoints: 500,
      intervalMs: 2000,
    });
  });

  it('treats a missing or "auto" aggregation as automatic', () => {
    expect(parseBackendQuery(query({ topic: 'a' })).aggregation).toBeUndefined();
    expect(parseBackendQuery(query({ topic: 'a', aggregation: 'auto' })).aggregation).toBeUndefined();
  });

  it.each([
    ['{', /not valid JSON/],
    [{ topic: 'a', colour: 1 }, /unknown query field "colour"/],
    [{}, /no topic/],
    [{ topic: 'a/#/b' }, /#/],
    [{ topic: 'a', aggregation: 'p99' }, /aggregation/],
    [{ topic: 'a', splitBy: 'site' }, /splitBy/],
    [{ topic: 'a', fields: [1] }, /fields/],
  ])('refuses %j with a message naming the problem', (json, message) => {
    expect(() => parseBackendQuery(query(json))).toThrow(message);
  });

  it('refuses reversed or absurd ranges and huge maxDataPoints', () => {
    expect(() => parseBackendQuery(query({ topic: 'a' }, { timeRange: { fromEpochMS: 10, toEpochMS: 5 } }))).toThrow(
      /reversed/
    );
    expect(() =>
      parseBackendQuery(query({ topic: 'a' }, { timeRange: { fromEpochMS: 1, toEpochMS: 1_700_000_000_000 } }))
    ).toThrow(/year/);
    expect(() => parseBackendQuery(query({ topic: 'a' }, { maxDataPoints: 5_000_000 }))).toThrow(/maxDataPoints/);
  });
});
