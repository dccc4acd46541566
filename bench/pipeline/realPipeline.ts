/**
 * The plugin's own pipeline, operator for operator as a live query runs it: decode → dedupe →
 * project fields → time → split series → append to the columnar rings. Isomorphic.
 */
import { Subject } from 'rxjs';
import { decodeFrameBytes } from '../../src/stream/decodeServerFrame';
import { dedupeBySequence } from '../../src/stream/dedupeBySequence';
import { projectFields } from '../../src/stream/projectFields';
import { stampTime } from '../../src/stream/stampTime';
import { splitSeries } from '../../src/stream/splitSeries';
import { appendToRings } from '../../src/stream/appendToRings';
import type { SeriesStore } from '../../src/stream/SeriesStore';
import type { MessageBatch } from '../../src/stream/batchTypes';
import { batchFromWire } from '../../src/stream/messageBatch';

export interface PipelineRun {
  elapsedMs: number;
  /** Rows held by the rings afterwards (across series). */
  rowsHeld: number;
  /** The newest time in the rings afterwards. */
  newestTimeMs: number;
}

/** Pushes every frame through the pipeline synchronously and times it. */
export function runRealPipeline(frames: Uint8Array[], capacity: number, now: () => number): PipelineRun {
  const input = new Subject<MessageBatch>();
  let store: SeriesStore | undefined;
  const subscription = input
    .pipe(
      dedupeBySequence(),
      projectFields([]),
      stampTime('event'),
      splitSeries('device'),
      appendToRings({ capacity, maxSeries: 1_000 })
    )
    .subscribe((s) => (store = s));
  const t0 = now();
  for (const bytes of frames) {
    const decoded = decodeFrameBytes(bytes);
    if (decoded.ok && decoded.frame.batch) {
      input.next(batchFromWire(decoded.frame.batch, Date.now()));
    }
  }
  const elapsedMs = now() - t0;
  subscription.unsubscribe();
  let rowsHeld = 0;
  let newestTimeMs = Number.NEGATIVE_INFINITY;
  for (const series of store?.series ?? []) {
    rowsHeld += series.ring.size;
    newestTimeMs = Math.max(newestTimeMs, series.ring.lastTime);
  }
  return { elapsedMs, rowsHeld, newestTimeMs };
}
