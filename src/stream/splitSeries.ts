import { map, type OperatorFunction } from 'rxjs';
import type { SplitBy } from '../types';
import type { RowBatch } from './batchTypes';

/** The label name a split by device or by label uses: "device", or the label's own name. */
function splitLabelName(splitBy: SplitBy): string {
  return splitBy.startsWith('label:') ? splitBy.slice('label:'.length) : splitBy;
}

/**
 * The labels a series carries on its fields: `{ topic }` for a split by topic; for a split by
 * device or label, the split value and the topic (`{ device: "d1", topic: "site/a/env" }`).
 */
export function seriesLabelsFor(splitBy: SplitBy, value: string, topic: string): Record<string, string> {
  if (splitBy === 'none') {
    return {};
  }
  if (splitBy === 'topic') {
    return { topic };
  }
  return { [splitLabelName(splitBy)]: value, topic };
}

/**
 * Assigns every row to a series: `splitSeries('device')` gives one series per device id and topic,
 * with both as labels on its fields. A device that publishes on several topics gets one series per
 * topic, because the topics carry different fields at different times: in one series each field
 * would be interleaved with the other topics' empty rows (dots instead of lines), and two topics'
 * fields of the same name would merge. A gap row belongs to its topic's series; when the split is
 * by device or label the lost messages' series are unknown, so it gets -1: every series of the topic.
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
      const topic = topics[row];
      let value: string;
      let key: string;
      if (splitBy === 'topic') {
        value = key = topic;
      } else if (splitBy === 'none') {
        value = key = '';
      } else {
        value = splitBy === 'device' ? deviceIds[row - gapRows] : (labels[row - gapRows][labelName] ?? '');
        // NUL cannot occur in a topic, so the key is unambiguous.
        key = `${value}\u0000${topic}`;
      }
      let index = indexOfKey.get(key);
      if (index === undefined) {
        index = seriesKeys.length;
        seriesKeys.push(key);
        seriesLabels.push(seriesLabelsFor(splitBy, value, topic));
        indexOfKey.set(key, index);
      }
      series[row] = index;
    }
    return rows;
  });
}
