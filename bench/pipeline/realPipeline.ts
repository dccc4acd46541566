/**
 * The plugin's own pipeline, operator for operator as a live query runs it (src/query/targetStream):
 * decode → the series operators (project fields → time → split series → append to the columnar
 * rings) → capRate → storeToFrames. Isomorphic.
 */
import { asyncScheduler, map, Subject } from 'rxjs';
import { decodeFrameBytes } from '../../src/stream/decodeServerFrame';
import { batchesToSeries } from '../../src/stream/batchesToSeries';
import { capRate } from '../../src/stream/capRate';
import { storeToFrames } from '../../src/stream/storeToFrames';
import type { SeriesStore } from '../../src/stream/SeriesStore';
import type { MessageBatch } from '../../src/stream/batchTypes';
import { batchFromWire } from '../../src/stream/messageBatch';

export interface PipelineRun {
  elapsedMs: number;
  /** Rows held by the rings afterwards (across series). */
  rowsHeld: number;
  /** The newest time in the rings afterwards. */
  newestTimeMs: number;
  /** Frame sets built for the panel (capRate lets the first through at once and flushes the last). */
  redraws: number;
}

/** A live query's default redraw cap. */
const MAX_UPDATE_HZ = 20;

/** Pushes every frame through the pipeline synchronously, then completes it, and times it. */
export function runRealPipeline(frames: Uint8Array[], capacity: number, now: () => number): PipelineRun {
  const input = new Subject<MessageBatch>();
  let store: SeriesStore | undefined;
  let redraws = 0;
  const subscription = input
    .pipe(
      batchesToSeries({ fields: [], timeSource: 'event', splitBy: 'device', capacity, maxSeries: 1_000 }),
      capRate(MAX_UPDATE_HZ, asyncScheduler),
      map((appended) => {
        store = appended;
        return storeToFrames(appended, { refId: 'A', filter: 'bench/#', notices: [], splitBy: 'device', fields: [] });
      })
    )
    .subscribe(() => redraws++);
  const t0 = now();
  for (const bytes of frames) {
    const decoded = decodeFrameBytes(bytes);
    if (decoded.ok && decoded.frame.batch) {
      input.next(batchFromWire(decoded.frame.batch, Date.now()));
    }
  }
  // Completing flushes capRate's pending value: the last redraw, with everything appended.
  input.complete();
  const elapsedMs = now() - t0;
  subscription.unsubscribe();
  let rowsHeld = 0;
  let newestTimeMs = Number.NEGATIVE_INFINITY;
  for (const series of store?.series ?? []) {
    rowsHeld += series.ring.size;
    newestTimeMs = Math.max(newestTimeMs, series.ring.lastTime);
  }
  return { elapsedMs, rowsHeld, newestTimeMs, redraws };
}
