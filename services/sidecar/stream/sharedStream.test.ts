import type { iot } from '../../../common/proto/generated';
import { AuthError, UpstreamError } from '../../../common/errors/errors';
import { ServerFrameCodec } from '../../../common/proto';
import type { EncodedBatch } from './encodedBatch';
import { FakeSource, quietLogger, settle, testMetrics } from './fakeSource.testing';
import { SharedStream, type SharedStreamState } from './sharedStream';

function setUp() {
  const source = new FakeSource();
  const batches: EncodedBatch[] = [];
  const states: SharedStreamState[] = [];
  const failures: string[] = [];
  const stream = new SharedStream({
    id: 3,
    tenant: 't',
    token: 'tok',
    filter: 'a/#',
    batch: { windowMs: 0, maxCount: 100, maxBytes: 100_000 },
    backoff: { initialMs: 1, maxMs: 1, factor: 1 },
    maxHistory: 50,
    source,
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
  it('resumes from one position after a break and forwards the gaps the broker states', async () => {
    const { source, stream, states, decoded } = setUp();
    stream.start();
    await settle();
    expect(source.calls[0].request.since).toBeDefined();
    source.calls[0].start('e1');
    source.calls[0].emit('a/x', 1, 2);
    source.calls[0].emit('a/y', 1);
    source.calls[0].handlers.onError(new UpstreamError('stream reset'));
    await settle(20);
    // Not live again until the broker has answered the new stream.
    expect(states).toEqual(['connecting', 'live', 'reconnecting']);
    // One position however many topics: the resume request stays a few bytes.
    expect(source.calls[1].request.from).toEqual({ epoch: 'e1', offset: 3 });
    expect(source.calls[1].token).toBe('tok');
    source.calls[1].start('e1', false);
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    source.calls[1].gap('a/x', 0, 4);
    source.calls[1].emit('a/x', 2, 5, 6);
    await settle();
    const all = decoded();
    expect(all.flatMap((batch) => batch.envelopes.map((envelope) => Number(envelope.sequence)))).toEqual([
      1, 2, 1, 5, 6,
    ]);
    expect(all.flatMap((batch) => batch.gaps.map((gap) => [Number(gap.fromSequence), Number(gap.toSequence)]))).toEqual(
      [[3, 4]]
    );
    expect(all.every((batch) => batch.streamId === 3 && batch.position?.epoch === 'e1')).toBe(true);
    expect(Number(all[all.length - 1].position?.offset)).toBe(source.offset);
    stream.close();
    stream.close();
    expect(source.calls[1].cancelled).toBe(true);
  });

  it('passes a new epoch on with its batches, so the new history is never taken for repeats', async () => {
    const { source, stream, decoded } = setUp();
    stream.start();
    await settle();
    source.calls[0].start('before');
    source.calls[0].emit('a/x', 7);
    source.calls[0].handlers.onEnd();
    await settle(20);
    expect(source.calls[1].request.from).toEqual({ epoch: 'before', offset: 1 });
    // The broker restarted: a new epoch, numbered from 1 again.
    source.calls[1].start('after');
    source.calls[1].emit('a/x', 1, 2);
    await settle();
    const batches = decoded();
    expect(batches.flatMap((batch) => batch.envelopes.map((envelope) => Number(envelope.sequence)))).toEqual([7, 1, 2]);
    expect(batches.map((batch) => batch.position?.epoch)).toEqual(['before', 'after']);
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
