import { StreamPositions } from '../../common/positions/StreamPositions';
import type { MessageBatch, WireGap } from './batchTypes';
import { selectRows } from './messageBatch';

/**
 * Passes a batch through a subscriber's positions (common/positions): a new epoch in the batch's
 * position is a new history, whose loss on every known topic is added as restart gaps; stated gaps
 * are narrowed to what was not received yet (a gap from sequence 0 starts after the last received);
 * rows already accepted are dropped. Returns the same object when nothing changes, so the common
 * case allocates nothing.
 */
export function filterBatch(positions: StreamPositions, batch: MessageBatch): MessageBatch {
  let gaps: WireGap[] = batch.gaps;
  let gapsChanged = false;
  if (batch.position) {
    const lost = positions.enter(batch.position.epoch);
    if (lost.length > 0) {
      gaps = [...lost, ...gaps];
      gapsChanged = true;
    }
  }
  if (batch.gaps.length > 0) {
    const stated: WireGap[] = gapsChanged ? gaps.slice(0, gaps.length - batch.gaps.length) : [];
    for (const gap of batch.gaps) {
      const lost = positions.skip(gap.topic ?? '', Number(gap.fromSequence ?? 0), Number(gap.toSequence ?? 0));
      if (lost) {
        stated.push(
          lost.fromSequence === Number(gap.fromSequence ?? 0) ? gap : { ...gap, fromSequence: lost.fromSequence }
        );
      }
    }
    gapsChanged = gapsChanged || stated.length !== batch.gaps.length || stated.some((gap, i) => gap !== batch.gaps[i]);
    gaps = stated;
  }
  const { topics, sequences } = batch;
  let kept: number[] | undefined;
  for (let row = 0; row < batch.length; row++) {
    const fresh = positions.accept(topics[row], sequences[row]);
    if (!fresh && !kept) {
      kept = Array.from({ length: row }, (_, i) => i);
    } else if (fresh) {
      kept?.push(row);
    }
  }
  if (batch.position) {
    positions.advance(batch.position.offset);
  }
  if (kept) {
    return { ...selectRows(batch, kept, gaps), position: batch.position };
  }
  return gapsChanged ? { ...batch, gaps } : batch;
}
