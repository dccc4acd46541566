import { LoadingState, type DataQueryResponse } from '@grafana/data';
import { BehaviorSubject, Observable, Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { Writer } from 'protobufjs/minimal';
import type { Envelope } from '../stream/batchTypes';
import { ValidationError } from '../../common/errors/errors';
import { batch, envelope } from '../testing/fixtures';
import { resolveQuery } from '../types';
import { ConnectionState, type ConnectionChange } from '../stream/connectionState';
import type { SubscriptionEvent, SubscriptionRequest } from '../stream/subscriptionTypes';
import { targetStream, type StreamSource } from './targetStream';

function fakeSource() {
  const events = new Subject<SubscriptionEvent>();
  const connection = new BehaviorSubject<ConnectionChange>({
    previous: ConnectionState.Connecting,
    state: ConnectionState.Open,
    detail: '',
    attempt: 0,
  });
  const requests: SubscriptionRequest[] = [];
  const source: StreamSource = {
    subscribe: (request) => {
      requests.push(request);
      return new Observable((subscriber) => events.subscribe(subscriber));
    },
    connection$: connection,
  };
  return { source, events, connection, requests };
}

const query = resolveQuery({
  refId: 'A',
  topic: 't/#',
  fields: ['temperature'],
  timeSource: 'broker',
  maxUpdateHz: 10,
});
const at = (sequence: number) =>
  envelope({ topic: 't/1', sequence, brokerMs: sequence * 1000, values: { temperature: sequence } });

function run(mode: 'live' | 'history', source: StreamSource, scheduler: TestScheduler) {
  const responses: DataQueryResponse[] = [];
  let completed = false;
  const window = mode === 'live' ? { mode, sinceMs: 0 } : { mode, sinceMs: 0, untilMs: 10_000 };
  targetStream({
    source,
    key: 'k',
    query,
    filter: 't/#',
    fields: query.fields,
    window,
    capacity: 100,
    maxSeries: 10,
    scheduler,
  }).subscribe({
    next: (r) => responses.push(r),
    complete: () => (completed = true),
  });
  return { responses, isComplete: () => completed };
}

const values = (r: DataQueryResponse) => r.data.flatMap((f) => f.fields[1]?.values ?? []);

describe('targetStream', () => {
  it('streams frames under its key, at most maxUpdateHz times a second', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events, requests } = fakeSource();
      const { responses } = run('live', source, scheduler);
      expect(requests[0]).toMatchObject({ filter: 't/#', sinceMs: 0, untilMs: undefined });
      for (let i = 1; i <= 50; i++) {
        events.next({ kind: 'batch', batch: batch([at(i)]) });
      }
      flush();
      expect(responses.length).toBeLessThanOrEqual(3);
      const last = responses[responses.length - 1];
      expect(last).toMatchObject({ key: 'k', state: LoadingState.Streaming });
      expect(values(last)).toHaveLength(50);
    });
  });

  it('shows connection and lag notices on the frames', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events, connection } = fakeSource();
      const { responses } = run('live', source, scheduler);
      connection.next({
        previous: ConnectionState.Open,
        state: ConnectionState.Reconnecting,
        detail: 'lost',
        attempt: 1,
      });
      events.next({
        kind: 'status',
        status: { state: 'lagging', lagMs: 5, droppedBatches: 1, droppedMessages: 1240, detail: '' },
      });
      flush();
      const notices = responses[responses.length - 1].data[0].meta?.notices?.map((n: { text: string }) => n.text);
      expect(notices).toEqual([
        'not live, reconnecting: lost',
        '1,240 messages dropped: this browser could not keep up (consider conflation or a lower update rate)',
      ]);
    });
  });

  const noticesOf = (r: DataQueryResponse): string[] =>
    r.data[0].meta?.notices?.map((n: { text: string }) => n.text) ?? [];

  it('does not look healthy during an outage: Loading, not Streaming, until the socket is back', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events, connection } = fakeSource();
      const { responses } = run('live', source, scheduler);
      events.next({ kind: 'batch', batch: batch([at(1)]) });
      flush();
      expect(responses[responses.length - 1].state).toBe(LoadingState.Streaming);
      connection.next({
        previous: ConnectionState.Open,
        state: ConnectionState.Reconnecting,
        detail: 'lost',
        attempt: 1,
      });
      // The client also tells its subscriptions; the notice says it once.
      events.next({
        kind: 'status',
        status: { state: 'reconnecting', lagMs: 0, droppedBatches: 0, droppedMessages: 0, detail: 'lost' },
      });
      flush();
      const during = responses[responses.length - 1];
      expect(during.state).toBe(LoadingState.Loading);
      expect(noticesOf(during)).toEqual(['not live, reconnecting: lost']);
      connection.next({ previous: ConnectionState.Reconnecting, state: ConnectionState.Open, detail: '', attempt: 0 });
      flush();
      const after = responses[responses.length - 1];
      expect(after.state).toBe(LoadingState.Streaming);
      expect(noticesOf(after)).toEqual([]);
    });
  });

  it('says a broker outage once, in plain words, and is not Streaming meanwhile', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events } = fakeSource();
      const { responses } = run('live', source, scheduler);
      events.next({
        kind: 'status',
        status: {
          state: 'reconnecting',
          lagMs: 0,
          droppedBatches: 0,
          droppedMessages: 0,
          detail: 'reconnecting to the broker: reconnecting to the broker: 14 UNAVAILABLE: No connection established',
        },
      });
      flush();
      const last = responses[responses.length - 1];
      expect(last.state).toBe(LoadingState.Loading);
      expect(noticesOf(last)).toEqual([
        'not live: the sidecar lost the broker and is reconnecting (14 UNAVAILABLE: No connection established)',
      ]);
    });
  });

  it('keeps drops for a slow browser on the panel for a while after it caught up', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events } = fakeSource();
      const { responses } = run('live', source, scheduler);
      const status = (state: 'lagging' | 'live', droppedMessages: number) =>
        events.next({ kind: 'status', status: { state, lagMs: 0, droppedBatches: 1, droppedMessages, detail: '' } });
      // A stall: lagging and caught up arrive together, between two redraws.
      status('lagging', 134_000);
      status('live', 134_000);
      scheduler.schedule(() => events.next({ kind: 'batch', batch: batch([at(1)]) }), 30_000);
      scheduler.schedule(() => events.next({ kind: 'batch', batch: batch([at(2)]) }), 61_000);
      flush();
      const text =
        '134,000 messages dropped: this browser could not keep up (consider conflation or a lower update rate)';
      const at30s = responses.find((r) => values(r).length === 1)!;
      expect(noticesOf(at30s)).toEqual([text]);
      expect(noticesOf(responses[responses.length - 1])).toEqual([]);
    });
  });

  it('ends a history-only window with LoadingState.Done and every sample', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events } = fakeSource();
      const { responses, isComplete } = run('history', source, scheduler);
      events.next({ kind: 'batch', batch: batch([at(1), at(2)]) });
      events.next({ kind: 'batch', batch: batch([at(3)]) });
      events.complete();
      flush();
      expect(isComplete()).toBe(true);
      const last = responses[responses.length - 1];
      expect(last.state).toBe(LoadingState.Done);
      expect(values(last)).toEqual([1, 2, 3]);
      expect(responses.slice(0, -1).every((r) => r.state === LoadingState.Loading)).toBe(true);
    });
  });

  it('reports a refused subscription as an error on this key only', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events } = fakeSource();
      const { responses } = run('live', source, scheduler);
      events.error(new ValidationError('bad filter'));
      flush();
      expect(responses[responses.length - 1]).toMatchObject({
        key: 'k',
        state: LoadingState.Error,
        errors: [{ message: 'bad filter', refId: 'A', status: 400 }],
      });
    });
  });

  it('plots typed wrapper payloads and says which payloads could not be plotted, instead of rows with only Time', () => {
    const typed = (sequence: number, type: string, value: Uint8Array): Envelope => ({
      ...at(sequence),
      topic: 't/typed',
      payload: { typed: { type_url: `type.googleapis.com/${type}`, value } },
    });
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(({ flush }) => {
      const { source, events } = fakeSource();
      const responses: DataQueryResponse[] = [];
      const allValues = resolveQuery({ refId: 'T', topic: 't/#', fields: [], timeSource: 'broker' });
      targetStream({
        source,
        key: 'typed',
        query: allValues,
        filter: 't/#',
        fields: [],
        window: { mode: 'live', sinceMs: 0 },
        capacity: 10,
        maxSeries: 10,
        scheduler,
      }).subscribe((r) => responses.push(r));
      events.next({
        kind: 'batch',
        batch: batch([
          typed(1, 'acme.Reading', new Uint8Array([8, 1])),
          typed(2, 'acme.Reading', new Uint8Array([8, 2])),
          { ...at(3), topic: 't/raw', payload: { raw: new Uint8Array([1]) } },
        ]),
      });
      flush();
      const first = responses[responses.length - 1];
      expect(first.data).toHaveLength(1);
      expect(first.data[0].length).toBe(0);
      expect(noticesOf(first)).toEqual([
        'typed payloads of type acme.Reading cannot be plotted (decoded: the protobuf wrappers, Struct and Value) (2 messages)',
        'raw bytes payloads cannot be plotted (1 message)',
      ]);
      events.next({
        kind: 'batch',
        batch: batch([typed(4, 'google.protobuf.DoubleValue', Writer.create().uint32(9).double(21.5).finish())]),
      });
      flush();
      const last = responses[responses.length - 1];
      expect(
        last.data.map((f) =>
          f.fields.map((field: { name: string; values: unknown[] }) => [field.name, field.values.length])
        )
      ).toEqual([
        [
          ['Time', 1],
          ['value', 1],
        ],
      ]);
    });
  });
});
