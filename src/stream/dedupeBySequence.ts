import { defer, filter, map, type OperatorFunction } from 'rxjs';
import type { MessageBatch } from './batchTypes';
import { StreamPositions } from '../../common/positions/StreamPositions';
import { filterBatch } from './filterBatch';

/**
 * Drops messages whose per-topic sequence was already seen, so history and live (or a resumed
 * stream) join with no duplicate: `batches$.pipe(dedupeBySequence())`. Empty batches are dropped.
 */
export function dedupeBySequence(): OperatorFunction<MessageBatch, MessageBatch> {
  return (source) =>
    defer(() => {
      const positions = new StreamPositions();
      return source.pipe(
        map((batch) => filterBatch(positions, batch)),
        filter((batch) => batch.length > 0 || batch.gaps.length > 0)
      );
    });
}
