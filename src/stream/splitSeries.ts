import { map, type OperatorFunction } from 'rxjs';
import type { SplitBy } from '../types';
import type { RowBatch } from './batchTypes';

/** The label a series carries on its fields, given its key: e.g. { device: "d1" }. */
export function seriesLabelsFor(splitBy: SplitBy, key: string): Record<string, string> {
  if (splitBy === 'none') {
    return {};
  }
  const name = splitBy.startsWith('label:') ? splitBy.slice('label:'.length) : splitBy;
  return { [name]: key };
}

/**
 * Assigns every row to a series: `splitSeries('device')` gives one series per device id, with the
 * device as a label on its fields. A gap row belongs to its topic's series; when the split is by
 * device or label the lost messages' series are unknown, so it gets -1: every series of the topic.
 */
export function splitSeries(splitBy: SplitBy): OperatorFunction<RowBatch, RowBatch> {
  const labelName = splitBy.startsWith('label:') ? splitBy.slice('label:'.length) : '';
  const byTopic = splitBy === 'topic' || splitBy === 'none';
  return map((rows) => {
    const indexOfKey = new Map<string, number>();
    const { series, seriesKeys, seriesLabels, topics, gapRows } = rows;
    const { deviceIds, labels } = rows.messages;
    for (let row = 0; row < rows.length; row++) {
      if (row < gapRows && !byTopic) {
        series[row] = -1;
        continue;
      }
      let key: string;
      if (splitBy === 'topic') {
        key = topics[row];
      } else if (splitBy === 'none') {
        key = '';
      } else if (splitBy === 'device') {
        key = deviceIds[row - gapRows];
      } else {
        key = labels[row - gapRows][labelName] ?? '';
      }
      let index = indexOfKey.get(key);
      if (index === undefined) {
        index = seriesKeys.length;
        seriesKeys.push(key);
        seriesLabels.push(seriesLabelsFor(splitBy, key));
        indexOfKey.set(key, index);
      }
      series[row] = index;
    }
    return rows;
  });
}
