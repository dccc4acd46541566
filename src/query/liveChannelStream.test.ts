import {
  FieldType,
  LiveChannelScope,
  LoadingState,
  StreamingDataFrame,
  StreamingFrameAction,
  type DataFrameJSON,
  type DataQueryResponse,
} from '@grafana/data';
import type { LiveDataStreamOptions } from '@grafana/runtime';
import { Observable, Subject } from 'rxjs';
import { specOfPath, type LiveSubscribeData } from '../../common/live/liveChannel';
import { resolveQuery } from '../types';
import {
  liveBufferOptions,
  liveChannelStream,
  liveStreamSpec,
  SPLIT_ROWS_FACTOR,
  type LiveDataSource,
} from './liveChannelStream';

/** A stand-in for Grafana Live: records each getDataStream call and plays what the test pushes. */
function standInLive() {
  const calls: LiveDataStreamOptions[] = [];
  const responses = new Subject<DataQueryResponse>();
  let unsubscribed = 0;
  const live: LiveDataSource = {
    getDataStream: (options) => {
      calls.push(options);
      return new Observable<DataQueryResponse>((subscriber) => {
        const subscription = responses.subscribe(subscriber);
        return () => {
          unsubscribed++;
          subscription.unsubscribe();
        };
      });
    },
  };
  return { live, calls, responses, unsubscribedCount: () => unsubscribed };
}

const query = resolveQuery({ refId: 'A', topic: 'site/+/env', fields: ['temperature'], splitBy: 'device' });

function open(live: LiveDataSource, overrides: { filter?: string; sinceMs?: number; key?: string } = {}) {
  const received: DataQueryResponse[] = [];
  const subscription = liveChannelStream({
    live,
    datasourceUid: 'ds1',
    key: overrides.key ?? 'key-1',
    query,
    filter: overrides.filter ?? 'site/+/env',
    fields: ['temperature'],
    window: { mode: 'live', sinceMs: overrides.sinceMs },
    capacity: 300,
    rangeMs: 3_600_000,
  }).subscribe((r) => received.push(r));
  return { received, subscription };
}

/** A packet in Grafana's wide layout (one field per series and value field), as the backend's RunStream sends it. */
const firstPacket: DataFrameJSON = {
  schema: {
    fields: [
      { name: 'time', type: FieldType.time },
      { name: 'temperature {device="d1"}', type: FieldType.number, labels: { device: 'd1' } },
      { name: 'temperature {device="d2"}', type: FieldType.number, labels: { device: 'd2' } },
    ],
  },
  data: {
    values: [[1000], [20.5], [21]],
  },
};

describe('liveChannelStream against a stand-in Grafana Live', () => {
  it('subscribes to the datasource channel whose path decodes back to the query spec', () => {
    const { live, calls } = standInLive();
    open(live, { sinceMs: 1_699_999_000_000.7 });
    expect(calls).toHaveLength(1);
    const { addr, buffer, key } = calls[0];
    expect(addr.scope).toBe(LiveChannelScope.DataSource);
    expect(addr.stream).toBe('ds1');
    expect(addr.path).toMatch(/^v1\//);
    expect(specOfPath(addr.path, addr.data as LiveSubscribeData)).toEqual(
      liveStreamSpec(query, 'site/+/env', ['temperature'])
    );
    expect(addr.data).toEqual({ sinceMs: 1_699_999_000_000 });
    expect(key).toBe('key-1');
    expect(buffer).toEqual({
      maxLength: 300 * SPLIT_ROWS_FACTOR,
      maxDelta: 3_600_000,
      action: StreamingFrameAction.Append,
    });
  });

  it('puts the viewer history start only in the data, so two viewers share one channel', () => {
    const { live, calls } = standInLive();
    open(live, { sinceMs: 1000 });
    open(live, { sinceMs: 2000 });
    open(live);
    expect(calls[0].addr.path).toBe(calls[1].addr.path);
    expect(calls[2].addr.path).toBe(calls[0].addr.path);
    expect(calls.map((c) => c.addr.data)).toEqual([{ sinceMs: 1000 }, { sinceMs: 2000 }, {}]);
  });

  it('sends the spec in the data when the filter is too long for the path', () => {
    const { live, calls } = standInLive();
    const filter = `plant/${'line-'.repeat(40)}/+/env`;
    open(live, { filter, sinceMs: 5 });
    const { path, data } = calls[0].addr;
    expect(path).toMatch(/^h1\//);
    expect(`ds/ds1/${path}`.length).toBeLessThanOrEqual(160);
    expect((data as LiveSubscribeData).spec?.filter).toBe(filter);
    expect(specOfPath(path, data as LiveSubscribeData).filter).toBe(filter);
  });

  it("answers with Grafana's streaming frames under the stable key and the query's refId", () => {
    const { live, responses } = standInLive();
    const { received } = open(live);
    const frame = StreamingDataFrame.fromDataFrameJSON(firstPacket, { maxLength: 100 });
    responses.next({ key: 'ignored', state: LoadingState.Streaming, data: [frame] });
    frame.push({ data: { values: [[2000], [22], [null]], entities: [null, null, { Undef: [0] }] } });
    responses.next({ key: 'ignored', state: LoadingState.Streaming, data: [frame] });

    expect(received.map((r) => r.key)).toEqual(['key-1', 'key-1']);
    expect(received.map((r) => r.state)).toEqual([LoadingState.Streaming, LoadingState.Streaming]);
    const last = received[1].data[0] as StreamingDataFrame;
    expect(last.refId).toBe('A');
    const d1 = last.fields.find((f) => f.labels?.device === 'd1');
    expect(d1?.values).toEqual([20.5, 22]);
  });

  it('gives a subscribe error the refId of the query', () => {
    const { live, responses } = standInLive();
    const { received } = open(live);
    responses.next({ state: LoadingState.Error, data: [], errors: [{ message: 'permission denied' }] });
    expect(received[0]).toMatchObject({ key: 'key-1', state: LoadingState.Error, errors: [{ refId: 'A' }] });
  });

  it('turns a failing Grafana Live into an error response instead of ending the panel silently', () => {
    const live: LiveDataSource = {
      getDataStream: () => {
        throw new Error('Grafana Live is not available');
      },
    };
    const { received } = open(live);
    expect(received).toEqual([
      {
        key: 'key-1',
        state: LoadingState.Error,
        data: [],
        errors: [expect.objectContaining({ refId: 'A', message: expect.stringContaining('Grafana Live') })],
      },
    ]);
  });

  it('leaves the channel when the panel unsubscribes', () => {
    const stand = standInLive();
    const { subscription } = open(stand.live);
    subscription.unsubscribe();
    expect(stand.unsubscribedCount()).toBe(1);
  });
});

describe('liveBufferOptions', () => {
  it('keeps the capacity for one series, multiplies it for split queries and caps it', () => {
    expect(liveBufferOptions(500, 'none', 60_000).maxLength).toBe(500);
    expect(liveBufferOptions(500, 'topic', 60_000).maxLength).toBe(500 * SPLIT_ROWS_FACTOR);
    expect(liveBufferOptions(50_000, 'device', 60_000).maxLength).toBe(100_000);
  });

  it('trims by time only when the range has a width', () => {
    expect(liveBufferOptions(10, 'none', 0).maxDelta).toBe(Infinity);
    expect(liveBufferOptions(10, 'none', 5_000).maxDelta).toBe(5_000);
  });
});

describe('liveStreamSpec', () => {
  it('drops the conflation rate when there is no conflation, so it cannot split a channel', () => {
    const plain = resolveQuery({ refId: 'A', topic: 't', conflationRateHz: 7 });
    expect(liveStreamSpec(plain, 't', []).conflationRateHz).toBe(0);
    const conflated = resolveQuery({ refId: 'A', topic: 't', conflation: 'avg', conflationRateHz: 7 });
    expect(liveStreamSpec(conflated, 't', [])).toMatchObject({ conflation: 'avg', conflationRateHz: 7 });
  });
});
