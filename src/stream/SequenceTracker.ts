import type { MessageBatch } from './batchTypes';
import { selectRows } from './messageBatch';

/**
 * The last sequence seen per topic. It drops what was already seen (a resume that overlaps, a
 * history that meets live) and gives the resume positions after a reconnect.
 */
export class SequenceTracker {
  private readonly last = new Map<string, number>();

  /** The last sequence seen of a topic, or undefined. */
  lastOf(topic: string): number | undefined {
    return this.last.get(topic);
  }

  /** Every topic's last sequence, as the `resume` map of a Subscribe. */
  resumeMap(): Record<string, number> {
    return Object.fromEntries(this.last);
  }

  /** True when nothing has been seen yet. */
  get empty(): boolean {
    return this.last.size === 0;
  }

  /**
   * The batch without messages already seen, and without gaps that are already covered.
   * Returns the same object when nothing is removed, so the common case allocates nothing.
   */
  filter(batch: MessageBatch): MessageBatch {
    let gaps = batch.gaps;
    if (gaps.length > 0) {
      gaps = gaps.filter((gap) => {
        const topic = gap.topic ?? '';
        if (gap.restarted) {
          // The broker numbers this topic from 1 again: old positions mean nothing now.
          this.last.delete(topic);
          return true;
        }
        const seen = this.last.get(topic);
        return seen === undefined || Number(gap.toSequence ?? 0) > seen;
      });
    }
    const { topics, sequences } = batch;
    let kept: number[] | undefined;
    for (let row = 0; row < batch.length; row++) {
      const topic = topics[row];
      const sequence = sequences[row];
      const seen = this.last.get(topic);
      const duplicate = seen !== undefined && sequence <= seen;
      if (duplicate && !kept) {
        kept = Array.from({ length: row }, (_, i) => i);
      } else if (!duplicate) {
        this.last.set(topic, sequence);
        kept?.push(row);
      }
    }
    if (kept) {
      return selectRows(batch, kept, gaps);
    }
    return gaps === batch.gaps ? batch : { ...batch, gaps };
  }
}
