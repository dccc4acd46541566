import { ClientFrameCodec, StreamState, WireErrorCategory } from '../../common/proto';
import { telemetryBlockOf } from '../../common/proto/telemetryBlock';
import { timestampFromMs } from '../../common/time/timestamp';
import { envelope, rowKeys } from '../testing/fixtures';
import { fakeSocketFactory } from '../testing/FakeSocket';
import { ConnectionState } from './connectionState';
import { StreamClient } from './StreamClient';
import type { SubscriptionEvent, SubscriptionRequest } from './subscriptionTypes';

const OPTIONS = { conflation: 'none' as const, maxRateHz: 10, maxHistory: 100 };
const live = (filter = 'site/#', sinceMs?: number): SubscriptionRequest => ({ filter, options: OPTIONS, sinceMs });

function setup() {
  const sockets = fakeSocketFactory();
  let now = 1_700_000_000_000;
  const client = new StreamClient({
    url: 'ws://grafana/api/datasources/proxy/uid/x/api/stream',
    createSocket: sockets.factory,
    random: () => 0.5,
    now: () => now,
    backoff: { initialMs: 1000, maxMs: 8000, factor: 2 },
  });
  const states: ConnectionState[] = [];
  client.state$.subscribe((s) => states.push(s));
  return { client, sockets, states, advance: (ms: number) => ((now += ms), jest.advanceTimersByTime(ms)) };
}

function collect(client: StreamClient, request: SubscriptionRequest) {
  const events: SubscriptionEvent[] = [];
  const result = { events, completed: false, error: undefined as unknown };
  const subscription = client.subscribe(request).subscribe({
    next: (e) => events.push(e),
    complete: () => (result.completed = true),
    error: (err) => (result.error = err),
  });
  const sequences = () => events.flatMap((e) => (e.kind === 'batch' ? rowKeys(e.batch) : []));
  return { ...result, result, subscription, sequences };
}

const batchFrame = (
  streamId: number,
  sequences: number[],
  topic = 'site/a',
  position?: { epoch: string; offset: number }
) => ({
  batch: { streamId, envelopes: sequences.map((sequence) => envelope({ topic, sequence })), position },
});

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('StreamClient (fake transport)', () => {
  it('opens one binary socket and subscribes with the start and options', () => {
    const { client, sockets, states } = setup();
    collect(client, live('site/#', 1_699_999_000_000));
    const socket = sockets.latest();
    expect(socket.binaryType).toBe('arraybuffer');
    expect(socket.url).toBe('ws://grafana/api/datasources/proxy/uid/x/api/stream');
    socket.open();
    expect(socket.subscribes).toHaveLength(1);
    expect(socket.subscribes[0]).toMatchObject({
      id: 1,
      filter: 'site/#',
      since: timestampFromMs(1_699_999_000_000),
      options: { maxHistory: 100 },
    });
    expect(socket.subscribes[0].from).toBeUndefined();
    expect(states).toEqual([ConnectionState.Idle, ConnectionState.Connecting, ConnectionState.Open]);
  });

  it('shares one subscription between equal live requests and counts its users', () => {
    const { client, sockets, advance, states } = setup();
    const first = collect(client, live());
    sockets.latest().open();
    const second = collect(client, live());
    const socket = sockets.latest();
    expect(socket.subscribes).toHaveLength(1);
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 7 } });
    socket.receive(batchFrame(7, [1, 2]));
    expect(first.sequences()).toEqual(['site/a#1', 'site/a#2']);
    expect(second.sequences()).toEqual(['site/a#1', 'site/a#2']);

    first.subscription.unsubscribe();
    expect(socket.sent.filter((f) => f.unsubscribe)).toHaveLength(0);
    second.subscription.unsubscribe();
    expect(socket.sent.filter((f) => f.unsubscribe)).toEqual([{ unsubscribe: { id: 1 } }]);
    expect(client.openSubscriptions).toBe(0);
    advance(10_000);
    expect(socket.closedWith).toBe(1000);
    expect(states[states.length - 1]).toBe(ConnectionState.Idle);
  });

  it('follows the switch from a history stream to the shared live stream', () => {
    const { client, sockets } = setup();
    const consumer = collect(client, live('site/#', 0));
    const socket = sockets.latest();
    socket.open();
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 100 } });
    socket.receive(batchFrame(100, [1, 2]));
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 5 } });
    socket.receive(batchFrame(100, [99]));
    socket.receive(batchFrame(5, [3]));
    expect(consumer.sequences()).toEqual(['site/a#1', 'site/a#2', 'site/a#3']);
  });

  it('reconnects with backoff and resumes from the last position, without duplicates', () => {
    const { client, sockets, advance, states } = setup();
    const consumer = collect(client, live());
    sockets.latest().open();
    sockets.latest().receive({ subscribed: { subscriptionId: 1, streamId: 1 } });
    sockets.latest().receive(batchFrame(1, [1, 2, 3], 'site/a', { epoch: 'e1', offset: 30 }));
    sockets.latest().receive(batchFrame(1, [8], 'site/b', { epoch: 'e1', offset: 41 }));

    sockets.latest().drop(1006);
    expect(client.state).toBe(ConnectionState.Reconnecting);
    expect(consumer.events.some((e) => e.kind === 'status' && e.status.state === 'reconnecting')).toBe(true);
    advance(499);
    expect(sockets.sockets).toHaveLength(1);
    advance(1);
    expect(sockets.sockets).toHaveLength(2);

    const socket = sockets.latest();
    socket.open();
    // One position for every topic: the frame stays small however many topics the filter matches.
    expect(socket.subscribes[0]).toMatchObject({ id: 1, filter: 'site/#', from: { epoch: 'e1', offset: 41 } });
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 2 } });
    socket.receive(batchFrame(2, [3, 4], 'site/a', { epoch: 'e1', offset: 43 }));
    expect(consumer.sequences()).toEqual(['site/a#1', 'site/a#2', 'site/a#3', 'site/b#8', 'site/a#4']);
    expect(states).toEqual([
      ConnectionState.Idle,
      ConnectionState.Connecting,
      ConnectionState.Open,
      ConnectionState.Reconnecting,
      ConnectionState.Open,
    ]);
  });

  it('resumes thousands of topics with a frame of a few bytes, far below the 64 KB frame limit', () => {
    const { client, sockets, advance } = setup();
    collect(client, live());
    sockets.latest().open();
    sockets.latest().receive({ subscribed: { subscriptionId: 1, streamId: 1 } });
    const envelopes = Array.from({ length: 5_000 }, (_, i) =>
      envelope({ topic: `site/device-${i}/temperature`, sequence: 1 })
    );
    sockets.latest().receive({ batch: { streamId: 1, envelopes, position: { epoch: 'e1', offset: 5_000 } } });
    sockets.latest().drop(1006);
    advance(1_000);
    sockets.latest().open();
    const frame = ClientFrameCodec.encode({ subscribe: sockets.latest().subscribes[0] }).finish();
    expect(frame.length).toBeLessThan(100);
  });

  it('grows the backoff while connection attempts keep failing', () => {
    const { client, sockets, advance } = setup();
    collect(client, live());
    sockets.latest().drop();
    advance(500);
    sockets.latest().drop();
    advance(999);
    expect(sockets.sockets).toHaveLength(2);
    advance(1);
    expect(sockets.sockets).toHaveLength(3);
  });

  it('replaces a socket that went silent', () => {
    const { client, sockets, advance } = setup();
    collect(client, live());
    sockets.latest().open();
    advance(45_000);
    expect(sockets.latest().sent.some((f) => f.ping)).toBe(true);
    advance(15_000);
    expect(sockets.sockets[0].closedWith).toBe(4000);
    expect(client.state).toBe(ConnectionState.Reconnecting);
  });

  it('gives a later panel the retained history from its own start', () => {
    const { client, sockets } = setup();
    collect(client, live('site/#', 0));
    const socket = sockets.latest();
    socket.open();
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 1 } });
    socket.receive({
      batch: {
        streamId: 1,
        envelopes: [1, 2, 3].map((s) => envelope({ topic: 'site/a', sequence: s, brokerMs: s * 1000 })),
      },
    });
    const late = collect(client, live('site/#', 2000));
    expect(late.sequences()).toEqual(['site/a#2', 'site/a#3']);
    expect(socket.subscribes).toHaveLength(1);
  });

  it('fetches older history for a later panel first, holding live batches until it is done', () => {
    const { client, sockets } = setup();
    collect(client, live('site/#', 5000));
    const socket = sockets.latest();
    socket.open();
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 1 } });
    socket.receive({ batch: { streamId: 1, envelopes: [envelope({ topic: 'site/a', sequence: 5, brokerMs: 5000 })] } });

    const late = collect(client, live('site/#', 1000));
    expect(socket.subscribes[1]).toMatchObject({ id: 2, since: timestampFromMs(1000), until: timestampFromMs(5001) });
    socket.receive({ subscribed: { subscriptionId: 2, streamId: 2 } });
    socket.receive(batchFrame(1, [6]));
    socket.receive({
      batch: {
        streamId: 2,
        envelopes: [1, 2, 3, 4, 5].map((s) => envelope({ topic: 'site/a', sequence: s, brokerMs: s * 1000 })),
      },
    });
    expect(late.sequences()).toEqual(['site/a#1', 'site/a#2', 'site/a#3', 'site/a#4', 'site/a#5']);
    socket.receive({ status: { subscriptionId: 2, state: StreamState.STATE_COMPLETE } });
    expect(late.sequences()).toEqual(['site/a#1', 'site/a#2', 'site/a#3', 'site/a#4', 'site/a#5', 'site/a#6']);
    socket.receive(batchFrame(1, [7]));
    expect(late.sequences().slice(-1)).toEqual(['site/a#7']);
  });

  it('completes a history-only subscription when the sidecar says COMPLETE', () => {
    const { client, sockets } = setup();
    const history = collect(client, { filter: 'a', options: OPTIONS, sinceMs: 0, untilMs: 10_000 });
    const socket = sockets.latest();
    socket.open();
    expect(socket.subscribes[0]).toMatchObject({ since: timestampFromMs(0), until: timestampFromMs(10_000) });
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 3 } });
    socket.receive(batchFrame(3, [1]));
    socket.receive({ status: { subscriptionId: 1, state: StreamState.STATE_COMPLETE } });
    expect(history.result.completed).toBe(true);
    expect(client.openSubscriptions).toBe(0);
  });

  it('fails only the subscription the sidecar refused; others carry on', () => {
    const { client, sockets } = setup();
    const bad = collect(client, live('bad/#'));
    const good = collect(client, live('good/#'));
    const socket = sockets.latest();
    socket.open();
    socket.receive({ subscribed: { subscriptionId: 2, streamId: 2 } });
    socket.receive({
      error: { subscriptionId: 1, category: WireErrorCategory.ERROR_CATEGORY_VALIDATION, message: 'bad filter' },
    });
    socket.receive({
      error: { subscriptionId: 2, category: WireErrorCategory.ERROR_CATEGORY_RATE_LIMIT, message: 'slow down' },
    });
    socket.receive(batchFrame(2, [1], 'good/x'));
    expect(bad.result.error).toMatchObject({ category: 'validation', message: 'bad filter' });
    expect(good.result.error).toBeUndefined();
    expect(good.events).toContainEqual({ kind: 'notice', category: 'rate_limit', message: 'slow down' });
    expect(good.sequences()).toEqual(['good/x#1']);
  });

  it('reports statuses (lagging) and malformed frames without dropping the connection', () => {
    const { client, sockets } = setup();
    const consumer = collect(client, live());
    const socket = sockets.latest();
    socket.open();
    socket.receive({
      status: { subscriptionId: 1, state: StreamState.STATE_LAGGING, droppedMessages: 1240, lagMs: 800 },
    });
    socket.onmessage?.({ data: new Uint8Array([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]).buffer });
    expect(consumer.events[0]).toEqual({
      kind: 'status',
      status: { state: 'lagging', droppedMessages: 1240, droppedBatches: 0, lagMs: 800, detail: '' },
    });
    expect(consumer.events[1]).toMatchObject({ kind: 'notice', category: 'validation' });
    expect(client.state).toBe(ConnectionState.Open);
  });

  it('asks for telemetry blocks and delivers them; a malformed block is a notice, the next batch still arrives', () => {
    const { client, sockets } = setup();
    const consumer = collect(client, live());
    const socket = sockets.latest();
    socket.open();
    expect(socket.subscribes[0]).toMatchObject({ options: { telemetryBlocks: true } });
    socket.receive({ subscribed: { subscriptionId: 1, streamId: 1 } });
    const block = telemetryBlockOf([
      envelope({ topic: 'site/a', sequence: 1 }),
      envelope({ topic: 'site/a', sequence: 2 }),
    ])!;
    socket.receive({ batch: { streamId: 1, block: { ...block, values: [1] } } });
    socket.receive({ batch: { streamId: 1, block } });
    expect(consumer.events[0]).toMatchObject({ kind: 'notice', category: 'validation' });
    expect(consumer.sequences()).toEqual(['site/a#1', 'site/a#2']);
    expect(client.state).toBe(ConnectionState.Open);
  });

  it('close() ends every subscription and is safe twice', () => {
    const { client, sockets } = setup();
    const consumer = collect(client, live());
    sockets.latest().open();
    client.close();
    client.close();
    expect(consumer.result.completed).toBe(true);
    expect(client.state).toBe(ConnectionState.Closed);
    expect(sockets.latest().closedWith).toBe(1000);
  });
});
