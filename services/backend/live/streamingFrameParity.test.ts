/**
 * The proof that Live packets mean what the direct path means: the backend's initial data and
 * RunStream packets, fed into @grafana/data's own StreamingDataFrame (the consumer Grafana's frontend
 * uses), give every series the same rows as the plugin's targetStream pipeline over the same batches.
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
/** Per series (labels as JSON): rows of time and the non-empty values by field name. */
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

function batches(count: number, perBatch: number): Envelope[][] {
  const out: Envelope[][] = [];
  let step = 0;
  for (let b = 0; b < count; b++) {
    const batch: Envelope[] = [];
    for (let i = 0; i < perBatch; i++, step++) {
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

/** What Grafana's streaming frame holds, per series. */
function fromStreamingFrame(frame: StreamingDataFrameInstance): RowsBySeries {
  const rows: RowsBySeries = {};
  const time = frame.fields[0].values;
  for (const field of frame.fields.slice(1)) {
    field.values.forEach((value, i) => addRow(rows, field.labels, time[i] as number, field.name, value));
  }
  return sorted(rows);
}

/** What the direct path's frames hold, per series. */
function fromDirectFrames(frames: DataFrame[]): RowsBySeries {
  const rows: RowsBySeries = {};
  for (const frame of frames) {
    const time = frame.fields[0].values;
    for (const field of frame.fields.slice(1)) {
      field.values.forEach((value, i) => addRow(rows, field.labels, time[i] as number, field.name, value));
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
  return settle(100).then(() => {
    subscription.unsubscribe();
    return (last?.data ?? []) as DataFrame[];
  });
}

async function livePath(spec: LiveStreamSpec, all: Envelope[][]): Promise<StreamingDataFrameInstance> {
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
      for (const envelope of batch) {
        upstream.handlers.onEnvelope({ envelope: envelope as iot.broker.v1.Envelope, byteLength: 64 });
      }
      await settle(10);
    }
    await settle(120);
  };
  await deliver(all.slice(0, half));
  // The newcomer: its initial data from the rings, then only the packets sent after it.
  const initial = JSON.parse(channel.initialData(0).toString('utf8')) as DataFrameJSON;
  const seen = packets.length;
  const frame = StreamingDataFrame.fromDataFrameJSON(initial, { maxLength: 100_000 });
  await deliver(all.slice(half));
  for (const packet of packets.slice(seen)) {
    frame.push(JSON.parse(packet) as DataFrameJSON);
  }
  reader.detach();
  channels.close();
  return frame;
}

describe("Live packets in Grafana's StreamingDataFrame", () => {
  it.each([
    ['split by topic, every value', { splitBy: 'topic', fields: [] as string[] }],
    ['split by device, named fields', { splitBy: 'device', fields: ['temperature', 'humidity'] }],
    ['no split', { splitBy: 'none', fields: ['temperature'] }],
  ])("gives the direct path's rows per series: %s", async (_name, shape) => {
    const spec: LiveStreamSpec = {
      filter: 'site/#',
      fields: shape.fields,
      timeSource: 'broker',
      splitBy: shape.splitBy,
      conflation: 'none',
      conflationRateHz: 0,
      maxUpdateHz: 60,
      bufferSize: null,
      maxHistory: 0,
    };
    const all = batches(12, 25);
    const [direct, live] = await Promise.all([directPath(spec, all), livePath(spec, all)]);
    const expected = fromDirectFrames(direct);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(Object.values(expected).reduce((n, rows) => n + rows.length, 0)).toBe(300);
    expect(fromStreamingFrame(live)).toEqual(expected);
  });
});
