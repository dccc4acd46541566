import { batch, blockBatch, envelope, rowKeys as seqs } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { dedupeBySequence } from './dedupeBySequence';
import { StreamPositions } from '../../common/positions/StreamPositions';
import type { MessageBatch } from './batchTypes';
import { filterBatch } from './filterBatch';

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

describe('filterBatch', () => {
  const at = (b: MessageBatch, epoch: string, offset = 0): MessageBatch => ({ ...b, position: { epoch, offset } });

  it('returns the same batch when nothing is removed, and resumes from its position', () => {
    const positions = new StreamPositions();
    const b = at(batch([envelope({ sequence: 1 })]), 'e1', 5);
    expect(filterBatch(positions, b)).toBe(b);
    expect(positions.position).toEqual({ epoch: 'e1', offset: 5 });
  });

  it('narrows stated gaps to what was not received, starting an unknown one after the last received', () => {
    const positions = new StreamPositions();
    filterBatch(positions, at(batch([envelope({ topic: 'a', sequence: 10 })]), 'e1'));
    expect(filterBatch(positions, batch([], [{ topic: 'a', fromSequence: 5, toSequence: 8 }])).gaps).toEqual([]);
    const unknownStart = filterBatch(positions, batch([], [{ topic: 'a', fromSequence: 0, toSequence: 14 }]));
    expect(unknownStart.gaps).toEqual([{ topic: 'a', fromSequence: 11, toSequence: 14 }]);
  });

  it('takes a new epoch as a new history: states the loss and keeps every new message, never dropping them as repeats', () => {
    // The broker and the sidecar were killed together: no restart marker reaches the plugin, only a new epoch.
    const positions = new StreamPositions();
    filterBatch(positions, at(batch([envelope({ topic: 'a', sequence: 500 })]), 'before', 900));
    const after = filterBatch(
      positions,
      at(batch([envelope({ topic: 'a', sequence: 1 }), envelope({ topic: 'a', sequence: 2 })]), 'after', 2)
    );
    expect(seqs(after)).toEqual(['a#1', 'a#2']);
    expect(after.gaps).toEqual([{ topic: 'a', fromSequence: 501, toSequence: 0, restarted: true }]);
    expect(positions.position).toEqual({ epoch: 'after', offset: 2 });
  });
});
