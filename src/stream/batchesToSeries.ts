import { pipe, tap, type OperatorFunction } from 'rxjs';
import type { SplitBy, TimeSource } from '../types';
import { appendToRings, type AppendOptions } from './appendToRings';
import type { MessageBatch } from './batchTypes';
import { projectFields } from './projectFields';
import type { SeriesStore } from './SeriesStore';
import { splitSeries } from './splitSeries';
import { stampTime } from './stampTime';

export interface SeriesPipelineOptions extends AppendOptions {
  /** The field paths the query names; empty: every value. */
  fields: readonly string[];
  timeSource: TimeSource;
  splitBy: SplitBy;
  /** Told of each batch's messages that had nothing to plot, counted by what they were. */
  onUnplotted?: (counts: ReadonlyMap<string, number> | undefined) => void;
}

/**
 * The operators a live query runs on the sidecar's batches, in order: project the fields, stamp
 * the time, split into series, append to the columnar rings. One definition, so the query and the
 * benchmark run the same pipeline:
 * `batches$.pipe(batchesToSeries({ fields: [], timeSource: 'event', splitBy: 'topic', capacity, maxSeries }))`.
 */
export function batchesToSeries(options: SeriesPipelineOptions): OperatorFunction<MessageBatch, SeriesStore> {
  const { onUnplotted } = options;
  return pipe(
    projectFields(options.fields),
    tap((rows) => onUnplotted?.(rows.unplotted)),
    stampTime(options.timeSource),
    splitSeries(options.splitBy),
    appendToRings({ capacity: options.capacity, maxSeries: options.maxSeries })
  );
}
