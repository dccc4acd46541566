/**
 * Short, readable series names for legends: the part of each topic that the filter's wildcards
 * matched (`sim-0001/env` of `site/lab/device/+/+`), and the split value, instead of whole topics.
 */
import type { SplitBy } from '../types';

/** The levels of `topic` that the wildcards of `filter` matched, in order; [] for a plain filter. */
export function wildcardLevels(filter: string, topic: string): string[] {
  const filterLevels = filter.split('/');
  const topicLevels = topic.split('/');
  const matched: string[] = [];
  for (let i = 0; i < filterLevels.length; i++) {
    if (filterLevels[i] === '#') {
      matched.push(...topicLevels.slice(i));
      break;
    }
    if (filterLevels[i] === '+' && i < topicLevels.length) {
      matched.push(topicLevels[i]);
    }
  }
  return matched;
}

/** What naming needs to know of one series. */
export interface NamedSeries {
  /** The split value (device id, label value); '' when split by topic or not split. */
  value: string;
  topic: string;
}

/** The label name a series' split value is stored under, or undefined for topic and none. */
export function splitValueLabel(splitBy: SplitBy): string | undefined {
  if (splitBy === 'device') {
    return 'device';
  }
  return splitBy.startsWith('label:') ? splitBy.slice('label:'.length) : undefined;
}

/**
 * One short name per series, '' where Grafana's own naming is best (one series, nothing varying).
 * A split by device or label names the value, and adds the varying part of the topic only where
 * one value has several topics; a split by topic names the varying part of the topic.
 */
export function seriesNames(filter: string, splitBy: SplitBy, series: readonly NamedSeries[]): string[] {
  if (splitBy === 'none') {
    return series.map(() => '');
  }
  const topicPart = (s: NamedSeries): string =>
    wildcardLevels(filter, s.topic)
      // The device id is often a level of the topic: say it once.
      .filter((level) => level !== s.value)
      .join('/');
  if (splitBy === 'topic') {
    return series.map(topicPart);
  }
  const seriesPerValue = new Map<string, number>();
  for (const s of series) {
    seriesPerValue.set(s.value, (seriesPerValue.get(s.value) ?? 0) + 1);
  }
  return series.map((s) => {
    const parts = [s.value];
    if ((seriesPerValue.get(s.value) ?? 0) > 1) {
      parts.push(topicPart(s));
    }
    return parts.filter((p) => p !== '').join(' ');
  });
}

const collator = new Intl.Collator('en', { numeric: true });

/** Compares names the way people sort them: "sim-2" before "sim-10". */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
