import { defer, filter, map, type OperatorFunction } from 'rxjs';
import type { MessageBatch } from './batchTypes';
import { SequenceTracker } from './SequenceTracker';

/**
 * Drops messages whose per-topic sequence was already seen, so history and live (or a resumed
 * stream) join with no duplicate: `batches$.pipe(dedupeBySequence())`. Empty batches are dropped.
 */
export function dedupeBySequence(): OperatorFunction<MessageBatch, MessageBatch> {
  return (source) =>
    defer(() => {
      const tracker = new SequenceTracker();
      return source.pipe(
        map((batch) => tracker.filter(batch)),
        filter((batch) => batch.length > 0 || batch.gaps.length > 0)
      );
    });
}
