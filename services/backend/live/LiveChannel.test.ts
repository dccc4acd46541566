import { AuthError, UpstreamError, type IoTError } from '../../../common/errors/errors';
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import { iot } from '../../../common/proto';
import { resolveOptions } from '../../sidecar/options';
import { FakeSource, quietLogger, testMetrics, type FakeCall } from '../../sidecar/stream/fakeSource.testing';
import { LiveChannels, type LiveOptions } from './LiveChannels';

const spec: LiveStreamSpec = {
  filter: 'site/#',
  fields: [],
  timeSource: 'broker',
  splitBy: 'topic',
  conflation: 'none',
  conflationRateHz: 0,
  maxUpdateHz: 50,
  bufferSize: 3,
  maxHistory: 0,
};

interface Packet {
  schema?: { fields: Array<{ name: string }>; meta?: { notices?: Array<{ text: string }> } };
  data: { values: unknown[][] };
}

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds (timers run late on a busy machine); fails after 3 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 3_000) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await settle(10);
  }
}

function setup(live: Partial<LiveOptions> = {}) {
  const source = new FakeSource();
  const channels = new LiveChannels({
    tenant: 't',
    source,
    sidecarOptions: resolveOptions({
      brokerTarget: '127.0.0.1:1',
      insecure: true,
      backoff: { initialMs: 1, maxMs: 1 },
    }),
    metrics: testMetrics(),
    logger: quietLogger,
    live: { lingerMs: 100, ...live },
  });
  const channel = channels.open('v1/test', spec, undefined);
  const upstream = () => source.calls[source.calls.length - 1];
  upstream().handlers.onStart({ epoch: 'e1', recovered: false });
  let sequence = 0;
  const send = (call: FakeCall, topic: string, ...values: number[]) => {
    for (const value of values) {
      sequence++;
      call.handlers.onEnvelope({
        envelope: iot.broker.v1.Envelope.create({
          topic,
          sequence,
          offset: sequence,
          brokerTime: { seconds: 1_700_000_000 + sequence },
          payload: { telemetry: { values: { value } } },
        }),
        byteLength: 40,
      });
    }
  };
  const reader = (accept: () => boolean = () => true) => {
    const packets: Packet[] = [];
    const ended: Array<IoTError | undefined> = [];
    const handle = channel.attach({
      write: (packet) => {
        packets.push(JSON.parse(packet.toString('utf8')) as Packet);
        return accept();
      },
      end: (error) => ended.push(error),
    });
    return { packets, ended, handle };
  };
  return { source, channels, channel, upstream, send, reader };
}

const values = (packets: Packet[]) => packets.flatMap((p) => (p.data.values[1] ?? []) as number[]);
const notices = (packets: Packet[]) => packets.flatMap((p) => p.schema?.meta?.notices?.map((n) => n.text) ?? []);

describe('LiveChannel', () => {
  it('holds what arrives while a subscribed viewer waits for its reader, then sends it first', async () => {
    const { channels, channel, upstream, send, reader } = setup({ lingerMs: 1_000 });
    const initial = JSON.parse(channel.initialData(undefined).toString('utf8')) as Packet;
    expect(initial.data.values).toEqual([[]]);
    send(upstream(), 'site/a', 1, 2);
    await settle();
    const { packets } = reader();
    await until(() => values(packets).length >= 2, 'the held rows');
    expect(values(packets)).toEqual([1, 2]);
    expect(packets[0].schema?.fields.map((f) => f.name)).toEqual(['time', 'value {topic="site/a"}']);
    channels.close();
  });

  it('gives a newcomer the rows already sent (bounded per series) and the next packet only the rest', async () => {
    const { channels, channel, upstream, send, reader } = setup();
    const first = reader();
    send(upstream(), 'site/a', 1, 2, 3, 4);
    await until(() => values(first.packets).length === 4, 'the first rows sent');
    const initial = JSON.parse(channel.initialData(0).toString('utf8')) as Packet;
    // bufferSize 3: the oldest row was pushed out, and the newcomer is told where its data starts.
    expect(initial.data.values[1]).toEqual([2, 3, 4]);
    expect(notices([initial])[0]).toMatch(/^Live data starts at /);
    const before = first.packets.length;
    send(upstream(), 'site/a', 5);
    await until(() => values(first.packets.slice(before)).length > 0, 'the next packet');
    expect(values(first.packets.slice(before))).toEqual([5]);
    channels.close();
  });

  it('skips packets for a full reader, bounds what waits, and says what was dropped once it drains', async () => {
    const { channels, upstream, send, reader } = setup({ maxPendingRows: 5 });
    let open = false;
    const slow = reader(() => open);
    send(upstream(), 'site/a', 1);
    await until(() => slow.packets.length === 1, 'the first packet');
    expect(values(slow.packets)).toEqual([1]);
    // Full: nothing is written while it is; only the newest five rows wait.
    send(upstream(), 'site/a', 2, 3, 4, 5, 6, 7, 8, 9);
    await settle();
    expect(slow.packets).toHaveLength(1);
    open = true;
    slow.handle.drained();
    await until(() => slow.packets.length === 2, 'the packet after draining');
    expect(values(slow.packets)).toEqual([1, 5, 6, 7, 8, 9]);
    const last = slow.packets[slow.packets.length - 1];
    expect(last.schema).toBeDefined();
    expect(notices([last])).toContain(
      '3 samples were dropped: Grafana reads this live channel slower than the data arrives'
    );
    channels.close();
  });

  it('states a broken broker stream, its resumption and the gaps the broker names', async () => {
    const { channels, upstream, send, reader, source } = setup();
    const { packets } = reader();
    const first = upstream();
    send(first, 'site/a', 1);
    await settle();
    first.handlers.onError(new UpstreamError('connection reset'));
    await until(() => notices(packets).length > 0, 'the interruption notice');
    expect(notices(packets)).toContain('The broker stream is interrupted (connection reset); reconnecting');
    await until(() => source.calls.length === 2, 'the reconnection');
    const second = upstream();
    expect(second).not.toBe(first);
    expect(source.calls).toHaveLength(2);
    second.handlers.onStart({ epoch: 'e1', recovered: false });
    second.handlers.onGap({ topic: 'site/a', fromSequence: 2, toSequence: 4 });
    send(second, 'site/a', 0, 0, 0, 5);
    await until(() => values(packets).includes(5), 'the sample after the gap');
    const texts = notices(packets);
    expect(texts).toContain('Reconnected to the broker: the stream resumed where it stopped');
    expect(texts).toContain('3 messages on site/a are missing: the broker could not deliver them');
    // The gap breaks the line: an empty row between the samples before and after it.
    const rows = packets.flatMap((p) => (p.data.values[1] ?? []) as Array<number | null>);
    expect(rows[0]).toBe(1);
    expect(rows).toContain(null);
    channels.close();
  });

  it('ends its readers with the reason when the broker refuses the stream', async () => {
    const { channels, channel, upstream, reader } = setup();
    const { ended } = reader();
    upstream().handlers.onError(new AuthError('the broker token is not valid'));
    await until(() => ended.length > 0, 'the reader to end');
    expect(ended).toHaveLength(1);
    expect(ended[0]?.message).toBe('the broker token is not valid');
    expect(channel.state).toBe('closed');
    expect(channels.size).toBe(0);
    channels.close();
  });

  it('ends its broker stream a linger after the last reader left', async () => {
    const { channels, channel, upstream, reader } = setup();
    const call = upstream();
    const a = reader();
    const b = reader();
    a.handle.detach();
    await settle(150);
    expect(call.cancelled).toBe(false);
    b.handle.detach();
    b.handle.detach();
    await until(() => call.cancelled, 'the broker stream to end');
    expect(channel.state).toBe('closed');
    expect(channels.upstreamCount).toBe(0);
    channels.close();
  });
});

describe('LiveChannel schema', () => {
  it('has only time before any message, then a field per value of each series in the order the query names them', async () => {
    const source = new FakeSource();
    const channels = new LiveChannels({
      tenant: 't',
      source,
      sidecarOptions: resolveOptions({ brokerTarget: '127.0.0.1:1', insecure: true }),
      metrics: testMetrics(),
      logger: quietLogger,
    });
    const channel = channels.open('v1/named', { ...spec, fields: ['temperature', ' humidity '] }, undefined);
    const initial = JSON.parse(channel.initialData(undefined).toString('utf8')) as Packet;
    expect(initial.schema?.fields.map((f) => f.name)).toEqual(['time']);
    const packets: Packet[] = [];
    channel.attach({ write: (p) => packets.push(JSON.parse(p.toString('utf8')) as Packet) > 0, end: () => undefined });
    const call = source.calls[0];
    call.handlers.onStart({ epoch: 'e1', recovered: false });
    call.handlers.onEnvelope({
      envelope: iot.broker.v1.Envelope.create({
        topic: 'site/a',
        sequence: 1,
        offset: 1,
        brokerTime: { seconds: 1_700_000_000 },
        payload: { telemetry: { values: { humidity: 40, temperature: 21 } } },
      }),
      byteLength: 40,
    });
    await until(() => packets.length > 0, 'the first packet');
    expect(packets[0].schema?.fields.map((f) => f.name)).toEqual([
      'time',
      'temperature {topic="site/a"}',
      'humidity {topic="site/a"}',
    ]);
    expect(packets[0].data.values.slice(1)).toEqual([[21], [40]]);
    channels.close();
  });
});
