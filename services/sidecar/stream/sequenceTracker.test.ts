import { SequenceTracker } from './sequenceTracker';

describe('SequenceTracker', () => {
  it('passes the next sequence, drops repeats and marks jumps as gaps', () => {
    const tracker = new SequenceTracker();
    expect(tracker.observe('a', 5, 1_000)).toEqual({ kind: 'next' });
    expect(tracker.observe('a', 6, 1_001)).toEqual({ kind: 'next' });
    expect(tracker.observe('a', 6, 1_001)).toEqual({ kind: 'duplicate' });
    expect(tracker.observe('a', 3, 900)).toEqual({ kind: 'duplicate' });
    const jump = tracker.observe('a', 10, 1_010);
    expect(jump).toEqual({
      kind: 'next',
      gap: { topic: 'a', fromSequence: 7, toSequence: 9, afterTime: { seconds: 1, nanos: 1_000_000 } },
    });
    expect(tracker.observe('b', 1, 2_000)).toEqual({ kind: 'next' });
    expect(tracker.resumeMap()).toEqual({ a: 10, b: 1 });
    expect(tracker.newestBrokerTime()).toBe(2_000);
  });

  it('forgets a topic whose numbering restarted', () => {
    const tracker = new SequenceTracker();
    tracker.observe('a', 50, undefined);
    tracker.forget('a');
    expect(tracker.observe('a', 1, undefined)).toEqual({ kind: 'next' });
    tracker.reset();
    expect(tracker.topicCount).toBe(0);
  });
});
