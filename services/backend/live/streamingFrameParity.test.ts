/**
 * The proof that Live packets mean what the direct path means: the backend's initial data and
 * RunStream packets, fed into @grafana/data's own StreamingDataFrame (the consumer Grafana's frontend
 * uses), give every series the same rows, labels and display names as the plugin's targetStream
 * pipeline over the same batches, also when a notice or a new series arrives mid-stream.
 */
import type { DataFrame, DataQueryResponse } from '@grafana/data';
import { Observable, Subject, type Subscription } from 'rxjs';
import { iot } from '../../../common/proto';
import { FakeSource, quietLogger, testMetrics } from '../../sidecar/stream/fakeSource.testing';
import { resolveOptions } from '../../sidecar/options';
import { batchFromEnvelopes } from '../../../src/stream/messageBatch';
import type { SubscriptionEvent } from '../../../src/stream/subscriptionTypes';
import { ConnectionState } from '../../../src/stream/connectionState';
import type { ResolvedQuery } from '../../../src/types';
import { targetStream } from '../../../src/query/targetStream';
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import { LiveChannels } from './LiveChannels';
import { StreamingDataFrame, type DataFrameJSON, type StreamingDataFrameInstance } from './grafanaDataInNode.testing';

// targetStream and storeToFrames need two enums of @grafana/data at run time; its entry point needs a browser.
jest.mock('@grafana/data', () => {
  const path = require('node:path') as typeof import('node:path');
  const dist = path.resolve(__dirname, '../../../node_modules/@grafana/data/dist/cjs/types');
  return {
    LoadingState: require(`${dist}/data.cjs`).LoadingState,
    FieldType: require(`${dist}/dataFrame.cjs`).FieldType,
  };
});

type Envelope = iot.broker.v1.IEnvelope;
/** Per series (labels as JSON): rows of time and the non-empty values by display name. */
type RowsBySeries = Record<string, Array<{ time: number; values: Record<string, unknown> }>>;

const BASE_MS = 1_700_000_000_000;
let offset = 0;
const sequences = new Map<string, number>();

/** A message of a device on a topic; JSON or telemetry payload, one or two fields. */
function message(topic: string, deviceId: string, step: number): Envelope {
  const sequence = (sequences.get(topic) ?? 0) + 1;
  sequences.set(topic, sequence);
  const timeMs = BASE_MS + step * 100 + (deviceId === 'd2' ? 7 : 0);
  const brokerTime = { seconds: Math.floor(timeMs / 1000), nanos: (timeMs % 1000) * 1e6 };
  const payload: iot.broker.v1.IPayload =
    step % 3 === 0
      ? {
          json: {
            fields: {
              temperature: { numberValue: step + 0.5 },
              motor: { structValue: { fields: { rpm: { numberValue: step * 10 } } } },
            },
          },
        }
      : { telemetry: { values: step % 2 === 0 ? { temperature: step } : { temperature: step, humidity: 50 - step } } };
  return iot.broker.v1.Envelope.create({ topic, deviceId, sequence, offset: ++offset, brokerTime, payload });
}

/** Two devices on two topics; from batch `thirdFrom` on, every fifth message is a third device on a third topic. */
function batches(count: number, perBatch: number, thirdFrom = count): Envelope[][] {
  const out: Envelope[][] = [];
  let step = 0;
  for (let b = 0; b < count; b++) {
    const batch: Envelope[] = [];
    for (let i = 0; i < perBatch; i++, step++) {
      if (b >= thirdFrom && i % 5 === 0) {
        batch.push(message('site/c/env', 'd3', step));
        continue;
      }
      const topic = step % 4 < 2 ? 'site/a/env' : 'site/b/env';
      batch.push(message(topic, step % 2 === 0 ? 'd1' : 'd2', step));
    }
    out.push(batch);
  }
  return out;
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

function addRow(
  into: RowsBySeries,
  labels: Record<string, string> | undefined,
  time: number,
  name: string,
  value: unknown
) {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return;
  }
  const rows = (into[JSON.stringify(labels ?? {})] ??= []);
  let row = rows.find((r) => r.time === time);
  if (!row) {
    row = { time, values: {} };
    rows.push(row);
  }
  row.values[name] = value;
}

function sorted(rows: RowsBySeries): RowsBySeries {
  const out: RowsBySeries = {};
  for (const key of Object.keys(rows).sort()) {
    out[key] = [...rows[key]].sort((a, b) => a.time - b.time);
  }
  return out;
}

/** The name a legend shows for a field before Grafana's own naming: the data source's, else the field's. */
const shownName = (field: DataFrame['fields'][number]): string => field.config.displayNameFromDS ?? field.name;

/** What Grafana's streaming frame holds, per series. */
function fromStreamingFrame(frame: StreamingDataFrameInstance): RowsBySeries {
  const rows: RowsBySeries = {};
  expect(frame.fields[0].type).toBe('time');
  const time = frame.fields[0].values;
  for (const field of frame.fields.slice(1)) {
    field.values.forEach((value, i) => addRow(rows, field.labels, time[i] as number, shownName(field), value));
  }
  return sorted(rows);
}

/** What the direct path's frames hold, per series. */
function fromDirectFrames(frames: DataFrame[]): RowsBySeries {
  const rows: RowsBySeries = {};
  for (const frame of frames) {
    const time = frame.fields[0].values;
    for (const field of frame.fields.slice(1)) {
      field.values.forEach((value, i) => addRow(rows, field.labels, time[i] as number, shownName(field), value));
    }
  }
  return sorted(rows);
}

function directPath(spec: LiveStreamSpec, all: Envelope[][]): Promise<DataFrame[]> {
  const events = new Subject<SubscriptionEvent>();
  const query = {
    refId: 'A',
    topic: spec.filter,
    fields: spec.fields,
    timeSource: spec.timeSource,
    splitBy: spec.splitBy,
    maxUpdateHz: 60,
    conflation: 'none',
    conflationRateHz: 0,
    maxHistory: 0,
  } as unknown as ResolvedQuery;
  let last: DataQueryResponse | undefined;
  const subscription: Subscription = targetStream({
    source: {
      subscribe: () => new Observable<SubscriptionEvent>((subscriber) => events.subscribe(subscriber)),
      connection$: new Observable((subscriber) =>
        subscriber.next({ previous: ConnectionState.Connecting, state: ConnectionState.Open, detail: '', attempt: 0 })
      ),
    },
    key: 'k',
    query,
    filter: spec.filter,
    fields: spec.fields,
    window: { mode: 'live', sinceMs: undefined },
    capacity: 10_000,
    maxSeries: 100,
  }).subscribe((response) => (last = response));
  for (const batch of all) {
    events.next({ kind: 'batch', batch: batchFromEnvelopes(batch, [], 0, Date.now()) });
  }
  // The last frame holds every batch once the update-rate cap has let it out.
  const rowsOfLast = () => (last?.data ?? []).reduce((n: number, frame: DataFrame) => n + frame.length, 0);
  const wanted = all.reduce((n, batch) => n + batch.length, 0);
  return (async () => {
    for (let waited = 0; rowsOfLast() < wanted && waited < 5_000; waited += 20) {
      await settle(20);
    }
    subscription.unsubscribe();
    return (last?.data ?? []) as DataFrame[];
  })();
}

/** Something that happens between two batches of the live path. */
type Midway = 'notice' | undefined;

async function livePath(spec: LiveStreamSpec, all: Envelope[][], midway?: Midway): Promise<StreamingDataFrameInstance> {
  const source = new FakeSource();
  const channels = new LiveChannels({
    tenant: 't',
    source,
    sidecarOptions: resolveOptions({ brokerTarget: '127.0.0.1:1', insecure: true }),
    metrics: testMetrics(),
    logger: quietLogger,
    live: { defaultCapacity: 10_000 },
  });
  const path = 'v1/parity';
  // A first viewer without history keeps a reader attached, so the second viewer joins mid-stream.
  const channel = channels.open(path, spec, undefined);
  channel.initialData(undefined);
  const packets: string[] = [];
  const reader = channel.attach({ write: (packet) => packets.push(packet.toString('utf8')) > 0, end: () => undefined });
  const upstream = source.calls[0];
  upstream.handlers.onStart({ epoch: 'e1', recovered: false });
  const half = Math.floor(all.length / 2);
  const deliver = async (part: Envelope[][]) => {
    for (const batch of part) {
      if (midway === 'notice' && batch === all[half + 2]) {
        // A loss on a topic no series has: a notice in the next packet's schema, no row.
        upstream.handlers.onGap({ topic: 'site/z/env', fromSequence: 1, toSequence: 3 });
      }
      for (const envelope of batch) {
        upstream.handlers.onEnvelope({ envelope: envelope as iot.broker.v1.Envelope, byteLength: 64 });
      }
      await settle(10);
    }
    // Everything delivered so far has left in packets (the first reader gets every row).
    const delivered = all.slice(0, all.indexOf(part[part.length - 1]) + 1).reduce((n, b) => n + b.length, 0);
    const sent = () => packets.reduce((n, p) => n + ((JSON.parse(p) as DataFrameJSON).data?.values[0]?.length ?? 0), 0);
    for (let waited = 0; sent() < delivered && waited < 5_000; waited += 20) {
      await settle(20);
    }
  };
  await deliver(all.slice(0, half));
  // The newcomer: its initial data from the rings, then only the packets sent after it.
  const initial = JSON.parse(channel.initialData(0).toString('utf8')) as DataFrameJSON;
  const seen = packets.length;
  const frame = StreamingDataFrame.fromDataFrameJSON(initial, { maxLength: 100_000 });
  await deliver(all.slice(half));
  const later = packets.slice(seen).map((packet) => JSON.parse(packet) as DataFrameJSON);
  if (midway === 'notice') {
    const notices = later.flatMap((packet) => packet.schema?.meta?.notices ?? []);
    expect(notices.map((n) => n.text)).toContain('3 messages on site/z/env are missing: the broker could not deliver them');
  }
  for (const packet of later) {
    frame.push(packet);
  }
  reader.detach();
  channels.close();
  return frame;
}

describe("Live packets in Grafana's StreamingDataFrame", () => {
  const spec = (splitBy: string, fields: string[]): LiveStreamSpec => ({
    filter: 'site/#',
    fields,
    timeSource: 'broker',
    splitBy,
    conflation: 'none',
    conflationRateHz: 0,
    maxUpdateHz: 60,
    bufferSize: null,
    maxHistory: 0,
  });

  it.each<[string, LiveStreamSpec, number, Midway]>([
    ['split by topic, every value', spec('topic', []), 12, undefined],
    ['split by device, named fields', spec('device', ['temperature', 'humidity']), 12, undefined],
    ['no split, several topics (one series, as on the direct path)', spec('none', ['temperature']), 12, undefined],
    ['a notice mid-stream, split by device', spec('device', []), 12, 'notice'],
    ['a new series after two exist, split by topic', spec('topic', []), 8, undefined],
    ['a new series after two exist, split by device', spec('device', ['temperature', 'motor.rpm']), 8, undefined],
  ])("gives the direct path's rows per series: %s", async (_name, liveSpec, thirdFrom, midway) => {
    const all = batches(12, 25, thirdFrom);
    const [direct, live] = await Promise.all([directPath(liveSpec, all), livePath(liveSpec, all, midway)]);
    const expected = fromDirectFrames(direct);
    expect(Object.keys(expected).length).toBeGreaterThan(thirdFrom < 12 ? 2 : 0);
    expect(Object.values(expected).reduce((n, rows) => n + rows.length, 0)).toBe(300);
    expect(fromStreamingFrame(live)).toEqual(expected);
  });
});

/**
 * Why the channel sends Grafana's wide layout and not its "labels" layout (one row per sample with a
 * labels cell): in @grafana/data 12.4, a labels-mode frame loses its series' labels for good when a
 * packet restates the same schema (which every notice needs, since notices live in the schema's
 * meta), and fails once the schema grows after two series exist. If these start failing, Grafana has
 * lifted a limit.
 */
describe("StreamingDataFrame's labels mode limits", () => {
  const schema = {
    fields: [
      { name: 'labels', type: 'string' },
      { name: 'time', type: 'time' },
      { name: 'v', type: 'number' },
    ],
  } as DataFrameJSON['schema'];
  const twoSeries = (): StreamingDataFrameInstance =>
    StreamingDataFrame.fromDataFrameJSON(
      {
        schema,
        data: {
          values: [
            ['{d="a"}', '{d="b"}'],
            [1, 2],
            [10, 20],
          ],
        },
      },
      { maxLength: 100 }
    );

  it('resets the series labels when a packet restates the same schema (as a notice in its meta does)', () => {
    const frame = twoSeries();
    expect(frame.fields.slice(1).map((f) => f.labels)).toEqual([{ d: 'a' }, { d: 'b' }]);
    frame.push({
      schema: { ...schema!, meta: { notices: [{ severity: 'warning', text: 'gap' }] } },
      data: { values: [['{d="a"}'], [3], [30]] },
    });
    expect(frame.fields.slice(1).map((f) => f.labels)).toEqual([undefined, undefined]);
  });

  it('fails on the next data after a new field once two series exist', () => {
    const frame = twoSeries();
    const grown = { fields: [...schema!.fields, { name: 'w', type: 'number' }] } as DataFrameJSON['schema'];
    expect(() => frame.push({ schema: grown, data: { values: [['{d="a"}'], [3], [30], [300]] } })).toThrow(
      /push message mismatch/
    );
  });
});
