import { clampNumber, DEFAULT_QUERY, migrateQuery, QUERY_VERSION, resolveQuery, type IoTQuery } from './types';

describe('migrateQuery', () => {
  it('leaves a current query as it is', () => {
    const query: IoTQuery = { refId: 'A', version: QUERY_VERSION, topic: 'a/b', fields: ['x'] };
    expect(migrateQuery(query)).toBe(query);
  });

  it('turns a version 1 comma-separated field list into an array', () => {
    const old = { refId: 'A', version: 1, topic: 'a/+', fields: 'temperature, humidity,,' } as unknown as IoTQuery;
    expect(migrateQuery(old)).toMatchObject({
      version: QUERY_VERSION,
      topic: 'a/+',
      fields: ['temperature', 'humidity'],
    });
  });

  it('renames version 0 `filter` and `rateHz`', () => {
    const old = { refId: 'A', filter: 'site/#', rateHz: 5 } as unknown as IoTQuery;
    const migrated = migrateQuery(old) as IoTQuery & Record<string, unknown>;
    expect(migrated).toMatchObject({ topic: 'site/#', maxUpdateHz: 5, version: QUERY_VERSION });
    expect(migrated.filter).toBeUndefined();
    expect(migrated.rateHz).toBeUndefined();
  });
});

describe('resolveQuery', () => {
  it('fills every default', () => {
    const resolved = resolveQuery({ refId: 'A', topic: ' a/b ' });
    expect(resolved).toMatchObject({ ...DEFAULT_QUERY, refId: 'A', topic: 'a/b', bufferSize: undefined });
  });

  it('keeps numbers within bounds and refuses unknown choices', () => {
    const resolved = resolveQuery({
      refId: 'A',
      version: QUERY_VERSION,
      maxUpdateHz: 500,
      bufferSize: 1,
      timeSource: 'sundial' as never,
      splitBy: 'label:' as never,
      conflation: 'median' as never,
      maxHistory: -3,
    });
    expect(resolved).toMatchObject({
      maxUpdateHz: 60,
      bufferSize: 10,
      timeSource: 'event',
      splitBy: 'topic',
      conflation: 'none',
      maxHistory: 0,
    });
  });

  it('keeps a valid label split', () => {
    expect(resolveQuery({ refId: 'A', splitBy: 'label:site' }).splitBy).toBe('label:site');
  });
});

describe('clampNumber', () => {
  it('accepts 0 when 0 is within bounds', () => {
    expect(clampNumber(0, 0, 10, 5)).toBe(0);
  });
  it('parses numeric text and falls back on anything else', () => {
    expect(clampNumber('7', 0, 10, 5)).toBe(7);
    expect(clampNumber('x', 0, 10, 5)).toBe(5);
    expect(clampNumber(NaN, 0, 10, 5)).toBe(5);
  });
});
