/** A query's series as Arrow frames: one wide time series frame per series, its values labelled. */
import { arrowFrame, type FrameMeta } from './arrowFrame';
import type { BackendQuery } from './backendQuery';
import { downsample } from './downsample';
import type { SeriesSamples } from './samplesFromEnvelopes';

export interface FramesSummary {
  frames: Uint8Array[];
  samples: number;
  rows: number;
  /** The widest bucket used, in ms (0: every series returned as it is). */
  bucketMs: number;
}

/** Labels that say where a series comes from; alert rules need them to tell series apart. */
function labelsFor(series: SeriesSamples, query: BackendQuery, forAlert: boolean): Record<string, string> {
  if (forAlert && query.splitBy === 'none') {
    return { topic: query.topic };
  }
  return series.labels;
}

export function seriesFrames(
  series: readonly SeriesSamples[],
  query: BackendQuery,
  options: { forAlert: boolean; notices: FrameMeta['notices'] }
): FramesSummary {
  let samples = 0;
  let rows = 0;
  let bucketMs = 0;
  const frames = series.map((one) => {
    const result = downsample(one, query);
    samples += one.values.length;
    rows += result.times.length;
    bucketMs = Math.max(bucketMs, result.bucketMs);
    const labels = labelsFor(one, query, options.forAlert);
    const meta: FrameMeta = {
      type: 'timeseries-wide',
      typeVersion: [0, 1],
      executedQueryString: `history of ${query.topic} from ${new Date(query.fromMs).toISOString()} to ${new Date(query.toMs).toISOString()}`,
      custom: {
        samples: one.values.length,
        rows: result.times.length,
        bucketMs: result.bucketMs,
        aggregation: result.bucketMs === 0 ? 'none' : (query.aggregation ?? 'avg'),
      },
      notices: options.notices && options.notices.length > 0 ? options.notices : undefined,
    };
    return arrowFrame({
      name: one.key || query.topic,
      refId: query.refId,
      meta,
      times: result.times,
      fields: one.columns.map((name, index) => ({ name, values: result.columns[index], labels })),
    });
  });
  return { frames, samples, rows, bucketMs };
}
