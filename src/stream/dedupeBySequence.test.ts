import { batch, blockBatch, envelope, rowKeys as seqs } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { dedupeBySequence } from './dedupeBySequence';
import { SequenceTracker } from './SequenceTracker';

describe('dedupeBySequence', () => {
  it('joins history and live with no duplicate at the seam, per topic', async () => {
    const history = batch([
      envelope({ topic: 'a', sequence: 1 }),
      envelope({ topic: 'a', sequence: 2 }),
      envelope({ topic: 'b', sequence: 7 }),
    ]);
    const live = batch([
      envelope({ topic: 'a', sequence: 2 }),
      envelope({ topic: 'b', sequence: 7 }),
      envelope({ topic: 'a', sequence: 3 }),
    ]);
    const out = await runOperator([history, live], dedupeBySequence());
    expect(out.map(seqs)).toEqual([['a#1', 'a#2', 'b#7'], ['a#3']]);
  });

  it('keeps the surviving rows of a block with their values', async () => {
    const first = blockBatch([envelope({ topic: 'a', sequence: 1, values: { t: 1 } })]);
    const overlapping = blockBatch([
      envelope({ topic: 'a', sequence: 1, values: { t: 1 } }),
      envelope({ topic: 'b', sequence: 5, values: { t: 5 }, deviceId: 'd5' }),
      envelope({ topic: 'a', sequence: 2, values: { t: 2 } }),
    ]);
    const [, fresh] = await runOperator([first, overlapping], dedupeBySequence());
    expect(seqs(fresh)).toEqual(['b#5', 'a#2']);
    expect(fresh.deviceIds).toEqual(['d5', '']);
    expect(Array.from(fresh.telemetry!.values[0])).toEqual([5, 2]);
  });

  it('drops a batch that only repeats', async () => {
    const once = batch([envelope({ sequence: 4 })]);
    expect(await runOperator([once, batch([envelope({ sequence: 4 })])], dedupeBySequence())).toHaveLength(1);
  });
});

describe('SequenceTracker', () => {
  it('returns the same batch when nothing is removed', () => {
    const tracker = new SequenceTracker();
    const b = batch([envelope({ sequence: 1 })]);
    expect(tracker.filter(b)).toBe(b);
    expect(tracker.resumeMap()).toEqual({ 'site/a/device/d1/env': 1 });
  });

  it('drops gaps already covered and forgets a topic whose broker restarted', () => {
    const tracker = new SequenceTracker();
    tracker.filter(batch([envelope({ topic: 'a', sequence: 10 })]));
    const covered = tracker.filter(batch([], [{ topic: 'a', fromSequence: 5, toSequence: 8 }]));
    expect(covered.gaps).toEqual([]);
    const restarted = tracker.filter(
      batch([envelope({ topic: 'a', sequence: 1 })], [{ topic: 'a', fromSequence: 11, toSequence: 0, restarted: true }])
    );
    expect(seqs(restarted)).toEqual(['a#1']);
    expect(restarted.gaps).toHaveLength(1);
    expect(tracker.lastOf('a')).toBe(1);
  });
});
