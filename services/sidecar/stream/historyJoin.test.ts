import { iot, ServerFrameCodec } from '../../../common/proto';
import { encodeBatch, type EncodedBatch } from './encodedBatch';
import { FakeSource, quietLogger, settle, testMetrics } from './fakeSource.testing';
import { HistoryJoin } from './historyJoin';
import type { SharedStream, StreamListener } from './sharedStream';

function setUp(withShared = true, maxHeldBytes = 100_000) {
  const source = new FakeSource();
  const sent: EncodedBatch[] = [];
  const listeners = new Set<StreamListener>();
  const shared = {
    id: 1,
    dropped: 0,
    settledPosition: undefined as { epoch: string; offset: number } | undefined,
    addListener: (l: StreamListener) => listeners.add(l),
    removeListener: (l: StreamListener) => listeners.delete(l),
  } as unknown as SharedStream;
  let completed = false;
  const join = new HistoryJoin({
    subscriptionId: 4,
    privateStreamId: 9,
    spec: {
      id: 4,
      filter: 'a/#',
      start: { sinceMs: 1_000 },
      maxHistory: 100,
      untilMs: withShared ? undefined : 5_000,
      telemetryBlocks: false,
    },
    shared: withShared ? shared : undefined,
    source,
    batch: { windowMs: 0, maxCount: 100, maxBytes: 100_000 },
    historyTimeoutMs: 1_000,
    maxHeldBytes,
    metrics: testMetrics(),
    logger: quietLogger,
    now: () => 2_000,
    send: (batch) => sent.push(batch),
    onComplete: () => (completed = true),
    onError: () => undefined,
  });
  /** A shared batch: [topic, sequence, offset] per message. */
  const held = (...messages: Array<[string, number, number]>) => {
    for (const listener of listeners) {
      listener.onBatch(
        encodeBatch(
          1,
          messages.map(([topic, sequence, offset]) => ({ topic, sequence, offset })),
          [],
          0,
          false,
          'e1'
        )
      );
    }
  };
  const received = () =>
    sent
      .map((batch) => ServerFrameCodec.decode(batch.bytes).batch as iot.stream.v1.Batch)
      .flatMap((batch) => [
        ...batch.gaps.map((gap) => `gap ${gap.topic} ${Number(gap.fromSequence)}-${Number(gap.toSequence)}`),
        ...batch.envelopes.map((envelope) => `${envelope.topic} ${Number(envelope.sequence)}`),
      ]);
  return { source, join, held, received, listeners, completed: () => completed, sent, shared };
}

describe('HistoryJoin', () => {
  it('reads its own stream until it meets the held live batches, then sends them without what it already had', async () => {
    const { source, join, held, received, completed, listeners, sent } = setUp();
    join.start();
    const call = source.calls[0];
    // Its own stream goes on live: no time bound that clock skew could misplace.
    expect(call.request).toMatchObject({ filter: 'a/#', since: { seconds: 1 } });
    expect(call.request.until).toBeUndefined();
    call.start('e1');
    held(['a/x', 4, 4], ['a/x', 5, 5]);
    call.emit('a/x', 1, 2);
    expect(completed()).toBe(false);
    call.emit('a/x', 3);
    await settle();
    expect(completed()).toBe(true);
    expect(call.cancelled).toBe(true);
    expect(received()).toEqual(['a/x 1', 'a/x 2', 'a/x 3', 'a/x 4', 'a/x 5']);
    expect(sent.every((batch) => batch.streamId === 9 && batch.position?.epoch === 'e1')).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('forwards the gaps the broker states, leaving where an unknown loss starts to the client', async () => {
    const { source, join, held, received, completed } = setUp();
    join.start();
    const call = source.calls[0];
    call.start('e1', false);
    call.gap('a/y', 0, 4);
    source.offset = 10;
    call.emit('a/y', 5);
    held(['a/y', 6, 12]);
    await settle();
    expect(completed()).toBe(true);
    expect(received()).toEqual(['gap a/y 0-4', 'a/y 5', 'a/y 6']);
  });

  it('lets held batches go when they exceed their bound: its own stream covers them', async () => {
    const { source, join, held, received, completed } = setUp(true, 1);
    join.start();
    const call = source.calls[0];
    call.start('e1');
    held(['a/x', 2, 2]);
    held(['a/x', 3, 3]);
    call.emit('a/x', 1);
    expect(completed()).toBe(false);
    call.emit('a/x', 2);
    await settle();
    expect(completed()).toBe(true);
    expect(received()).toEqual(['a/x 1', 'a/x 2', 'a/x 3']);
  });

  it('joins a quiet shared stream once both stand at the same position with nothing pending', () => {
    jest.useFakeTimers();
    const { source, join, received, completed, shared } = setUp();
    join.start();
    const call = source.calls[0];
    call.start('e1');
    call.emit('a/x', 1, 2);
    (shared as unknown as { settledPosition: unknown }).settledPosition = { epoch: 'e1', offset: 1 };
    jest.advanceTimersByTime(200);
    expect(completed()).toBe(false);
    (shared as unknown as { settledPosition: unknown }).settledPosition = { epoch: 'e1', offset: 2 };
    jest.advanceTimersByTime(200);
    jest.useRealTimers();
    expect(completed()).toBe(true);
    expect(call.cancelled).toBe(true);
    expect(received()).toEqual(['a/x 1', 'a/x 2']);
  });

  it('joins a shared stream opened after the last matching message once the broker says the history is over', () => {
    jest.useFakeTimers();
    const { source, join, received, completed, shared } = setUp();
    join.start();
    const call = source.calls[0];
    call.start('e1');
    source.offset = 40;
    call.emit('a/x', 1, 2);
    // The shared stream has received nothing: it stands at the start of the history.
    (shared as unknown as { settledPosition: unknown }).settledPosition = { epoch: 'e1', offset: 0 };
    jest.advanceTimersByTime(200);
    expect(completed()).toBe(false);
    call.historyEnd();
    jest.useRealTimers();
    expect(completed()).toBe(true);
    expect(call.cancelled).toBe(true);
    expect(received()).toEqual(['a/x 1', 'a/x 2']);
  });

  it('does not join at the very start of a quiet history before the broker says it is over', () => {
    jest.useFakeTimers();
    const { source, join, completed, shared } = setUp();
    join.start();
    const call = source.calls[0];
    call.start('e1');
    (shared as unknown as { settledPosition: unknown }).settledPosition = { epoch: 'e1', offset: 0 };
    jest.advanceTimersByTime(200);
    expect(completed()).toBe(false);
    call.historyEnd();
    jest.useRealTimers();
    expect(completed()).toBe(true);
    expect(join.historySummary).toEqual({ count: 0, oldestMs: undefined, limited: false, evicted: false });
  });

  it('sums up the history alone, and whether the broker stated that its history limit cut it', async () => {
    const { source, join, held, completed } = setUp();
    join.start();
    const call = source.calls[0];
    call.start('e1', false);
    call.gap('a/x', 1, 2, iot.broker.v1.GapReason.GAP_REASON_HISTORY_LIMIT);
    call.emit('a/x', 3, 4);
    call.historyEnd();
    held(['a/x', 6, 4]);
    // A live message on the private stream before the seam is not history.
    call.emit('a/x', 5);
    await settle();
    expect(completed()).toBe(true);
    expect(join.historySummary).toEqual({ count: 2, oldestMs: 3_000, limited: true, evicted: false });
  });

  it('replays history only when there is no shared stream', async () => {
    const { source, join, received, completed } = setUp(false);
    join.start();
    expect(source.calls[0].request.until).toEqual({ seconds: 5, nanos: 0 });
    source.calls[0].start('e1');
    source.calls[0].emit('a/x', 1);
    source.calls[0].handlers.onEnd();
    await settle();
    expect(received()).toEqual(['a/x 1']);
    expect(completed()).toBe(true);
    join.close();
    join.close();
  });
});
