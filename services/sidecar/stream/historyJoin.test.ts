import type { iot } from '../../../common/proto/generated';
import { ServerFrameCodec } from '../../../common/proto';
import { encodeBatch, type EncodedBatch } from './encodedBatch';
import { FakeSource, quietLogger, settle, testMetrics } from './fakeSource.testing';
import { HistoryJoin } from './historyJoin';
import type { SharedStream, StreamListener } from './sharedStream';

function setUp(withShared = true) {
  const source = new FakeSource();
  const sent: EncodedBatch[] = [];
  const listeners = new Set<StreamListener>();
  const shared = {
    id: 1,
    dropped: 0,
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
    sharedConflates: false,
    source,
    batch: { windowMs: 0, maxCount: 100, maxBytes: 100_000 },
    historyTimeoutMs: 1_000,
    maxHeldBytes: 100_000,
    metrics: testMetrics(),
    logger: quietLogger,
    now: () => 2_000,
    send: (batch) => sent.push(batch),
    onComplete: () => (completed = true),
    onError: () => undefined,
  });
  const held = (topic: string, ...sequences: number[]) => {
    for (const listener of listeners) {
      listener.onBatch(
        encodeBatch(
          1,
          sequences.map((sequence) => ({ topic, sequence })),
          [],
          0,
          false
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
  return { source, join, held, received, listeners, completed: () => completed, sent };
}

describe('HistoryJoin', () => {
  it('sends history, then the held live batches without what history already had', async () => {
    const { source, join, held, received, completed, listeners, sent } = setUp();
    join.start();
    expect(source.calls[0].request).toMatchObject({ filter: 'a/#', since: { seconds: 1 }, until: { seconds: 2 } });
    held('a/x', 3, 4);
    source.calls[0].emit('a/x', 1, 2, 3);
    source.calls[0].handlers.onEnd();
    await settle();
    expect(received()).toEqual(['a/x 1', 'a/x 2', 'a/x 3', 'a/x 4']);
    expect(sent.every((batch) => batch.streamId === 9)).toBe(true);
    expect(completed()).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('bridges a seam by sequence, and marks what the broker no longer has', async () => {
    const { source, join, held, received, completed } = setUp();
    join.start();
    held('a/x', 6, 7);
    held('a/y', 9);
    source.calls[0].emit('a/x', 1, 2, 3);
    source.calls[0].emit('a/y', 5);
    source.calls[0].handlers.onEnd();
    await settle();
    const [bridgeX, bridgeY] = source.calls.slice(1);
    expect(bridgeX.request).toMatchObject({ filter: 'a/x', resume: { 'a/x': 3 } });
    expect(bridgeY.request).toMatchObject({ filter: 'a/y', resume: { 'a/y': 5 } });
    bridgeX.emit('a/x', 4, 5, 6);
    expect(bridgeX.cancelled).toBe(true);
    bridgeY.handlers.onEnd();
    await settle();
    expect(completed()).toBe(true);
    expect(received()).toEqual([
      'a/x 1',
      'a/x 2',
      'a/x 3',
      'a/y 5',
      'gap a/y 6-8',
      'a/x 4',
      'a/x 5',
      'a/x 6',
      'a/x 7',
      'a/y 9',
    ]);
  });

  it('replays history only when there is no shared stream', async () => {
    const { source, join, received, completed } = setUp(false);
    join.start();
    expect(source.calls[0].request.until).toEqual({ seconds: 5, nanos: 0 });
    source.calls[0].emit('a/x', 1);
    source.calls[0].handlers.onEnd();
    await settle();
    expect(received()).toEqual(['a/x 1']);
    expect(completed()).toBe(true);
    join.close();
    join.close();
  });
});
