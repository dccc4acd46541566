import type { iot } from '../../../common/proto/generated';
import { AuthError, UpstreamError } from '../../../common/errors/errors';
import { ServerFrameCodec } from '../../../common/proto';
import type { EncodedBatch } from './encodedBatch';
import { FakeSource, quietLogger, settle, testMetrics } from './fakeSource.testing';
import { SharedStream, type SharedStreamState } from './sharedStream';

function setUp(incarnations: number[] = [1_000]) {
  const source = new FakeSource();
  const batches: EncodedBatch[] = [];
  const states: SharedStreamState[] = [];
  const failures: string[] = [];
  let probe = 0;
  const stream = new SharedStream({
    id: 3,
    tenant: 't',
    token: 'tok',
    filter: 'a/#',
    batch: { windowMs: 0, maxCount: 100, maxBytes: 100_000 },
    backoff: { initialMs: 1, maxMs: 1, factor: 1 },
    maxHistory: 50,
    source,
    brokerIncarnation: async () => incarnations[Math.min(probe++, incarnations.length - 1)],
    metrics: testMetrics(),
    logger: quietLogger,
    random: () => 0,
  });
  stream.addListener({
    onBatch: (batch) => batches.push(batch),
    onStateChange: (state) => states.push(state),
    onFailure: (err) => failures.push(err.message),
  });
  const decoded = () => batches.map((batch) => ServerFrameCodec.decode(batch.bytes).batch as iot.stream.v1.Batch);
  return { source, stream, batches, states, failures, decoded };
}

describe('SharedStream', () => {
  it('resumes per topic after a break and marks what the broker could not replay', async () => {
    const { source, stream, states, decoded } = setUp();
    stream.start();
    await settle();
    expect(source.calls[0].request.since).toBeDefined();
    source.calls[0].emit('a/x', 1, 2, 2);
    source.calls[0].handlers.onError(new UpstreamError('stream reset'));
    await settle(20);
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    expect(source.calls[1].request.resume).toEqual({ 'a/x': 2 });
    expect(source.calls[1].token).toBe('tok');
    source.calls[1].emit('a/x', 5, 6);
    await settle();
    const all = decoded();
    expect(all.flatMap((batch) => batch.envelopes.map((envelope) => Number(envelope.sequence)))).toEqual([1, 2, 5, 6]);
    expect(all.flatMap((batch) => batch.gaps.map((gap) => [Number(gap.fromSequence), Number(gap.toSequence)]))).toEqual(
      [[3, 4]]
    );
    expect(all.every((batch) => batch.streamId === 3)).toBe(true);
    stream.close();
    stream.close();
    expect(source.calls[1].cancelled).toBe(true);
  });

  it('tells a restarted broker from a resumed one and says the topic restarted', async () => {
    const { source, stream, decoded } = setUp([1_000, 9_000]);
    stream.start();
    await settle();
    source.calls[0].emit('a/x', 7);
    source.calls[0].handlers.onEnd();
    await settle(20);
    expect(source.calls[1].request.resume).toBeUndefined();
    expect(source.calls[1].request.since).toEqual({ seconds: 9, nanos: 0 });
    source.calls[1].emit('a/x', 1, 2);
    await settle();
    const gaps = decoded().flatMap((batch) => batch.gaps as iot.stream.v1.Gap[]);
    expect(gaps.map((gap) => ({ topic: gap.topic, from: Number(gap.fromSequence), restarted: gap.restarted }))).toEqual(
      [{ topic: 'a/x', from: 8, restarted: true }]
    );
    expect(decoded().flatMap((batch) => batch.envelopes.map((envelope) => Number(envelope.sequence)))).toEqual([
      7, 1, 2,
    ]);
    stream.close();
  });

  it('stops for good when the broker refuses the subscription', async () => {
    const { source, stream, failures } = setUp();
    stream.start();
    await settle();
    source.calls[0].handlers.onError(new AuthError('bad token'));
    await settle(20);
    expect(stream.state).toBe('failed');
    expect(failures).toEqual(['bad token']);
    expect(source.calls).toHaveLength(1);
    stream.close();
  });
});
