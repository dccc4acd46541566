import type { StoredMessage } from './Bus';
import type { RingRange } from './HistoryRing';

/** The merged messages, oldest first, and per range how many of its oldest messages the limit cut. */
export interface MergedHistory {
  messages: StoredMessage[];
  cut: number[];
}

/**
 * Merges per-topic ranges (each in offset order) into the newest `limit` messages in offset order.
 * It walks back from the ranges' ends with a heap, so a read costs O(limit · log topics) whatever
 * the broker retains: nothing retained is sorted and the event loop is held only for what is sent.
 */
export function mergeNewest(ranges: readonly RingRange[], limit: number): MergedHistory {
  const ends = ranges.map((range) => range.to);
  const cut = ranges.map((range) => range.to - range.from);
  const heap: number[] = [];
  const newestOf = (index: number) => ranges[index].items[ends[index] - 1].ordinal;
  const less = (a: number, b: number) => newestOf(heap[a]) > newestOf(heap[b]);
  const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b], heap[a]]);
  const siftUp = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!less(at, parent)) {
        return;
      }
      swap(at, parent);
      at = parent;
    }
  };
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let top = at;
      if (left < heap.length && less(left, top)) {
        top = left;
      }
      if (right < heap.length && less(right, top)) {
        top = right;
      }
      if (top === at) {
        return;
      }
      swap(at, top);
      at = top;
    }
  };
  for (let i = 0; i < ranges.length; i++) {
    if (ranges[i].to > ranges[i].from) {
      heap.push(i);
      siftUp(heap.length - 1);
    }
  }
  const newestFirst: StoredMessage[] = [];
  while (heap.length > 0 && newestFirst.length < limit) {
    const index = heap[0];
    ends[index]--;
    cut[index]--;
    newestFirst.push(ranges[index].items[ends[index]]);
    if (ends[index] > ranges[index].from) {
      siftDown(0);
    } else {
      heap[0] = heap[heap.length - 1];
      heap.pop();
      siftDown(0);
    }
  }
  return { messages: newestFirst.reverse(), cut };
}
