import { FieldType, type DataFrame, type Field, type QueryResultMetaNotice } from '@grafana/data';
import type { SplitBy } from '../types';
import type { ColumnSnapshot } from './ColumnarRing';
import { compareNames, seriesNames, splitValueLabel } from './seriesNames';
import type { SeriesStore } from './SeriesStore';

export interface FrameContext {
  refId: string;
  /** The topic filter, shown as the frame name when a query has one unnamed series. */
  filter: string;
  notices: QueryResultMetaNotice[];
  /** How the query splits series (default: by topic). */
  splitBy?: SplitBy;
  /** The field paths the query names, in its order; empty: every value, sorted by name. */
  fields?: readonly string[];
}

const FIELD_TYPES: Record<ColumnSnapshot['kind'], FieldType> = {
  number: FieldType.number,
  boolean: FieldType.boolean,
  string: FieldType.string,
};

/**
 * Builds one Grafana data frame per series from the store, copying the rings out in time order.
 * A frame carries only the fields its series has values for; frames come sorted by name and
 * fields in the query's order (or by name), so legends do not follow the order messages arrived
 * in. Each value field gets a short display name (series name, then field), which panel overrides
 * still replace. Called at most maxUpdateHz times a second, so the copies never follow the message rate.
 */
export function storeToFrames(store: SeriesStore | undefined, context: FrameContext): DataFrame[] {
  const meta = context.notices.length > 0 ? { notices: context.notices } : undefined;
  const splitBy = context.splitBy ?? 'topic';
  const valueLabel = splitValueLabel(splitBy);
  const all = store?.series ?? [];
  const names = seriesNames(
    context.filter,
    splitBy,
    all.map((s) => ({ value: valueLabel ? (s.labels[valueLabel] ?? '') : '', topic: s.labels.topic ?? s.lastTopic }))
  );
  const fieldRank = new Map((context.fields ?? []).map((path, i) => [path.trim(), i]));
  const byField = (a: ColumnSnapshot, b: ColumnSnapshot): number =>
    (fieldRank.get(a.name) ?? Infinity) - (fieldRank.get(b.name) ?? Infinity) || compareNames(a.name, b.name);

  const named = all
    .map((series, i) => ({ series, name: names[i] }))
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.series.key, b.series.key));
  const frames: DataFrame[] = [];
  for (const { series, name } of named) {
    const { time, columns } = series.ring.snapshot();
    // A column another series of the batch brought in, but never given a value here, is not this series' field.
    const own = columns.filter((c) => c.values.some((v) => v !== null)).sort(byField);
    if (own.length === 0) {
      continue;
    }
    const labels = Object.keys(series.labels).length > 0 ? series.labels : undefined;
    const fields: Field[] = [
      { name: 'Time', type: FieldType.time, config: {}, values: time },
      ...own.map((column): Field => ({
        name: column.name,
        type: FIELD_TYPES[column.kind],
        config: name ? { displayNameFromDS: `${name} ${column.name}` } : {},
        values: column.values,
        labels,
      })),
    ];
    frames.push({
      refId: context.refId,
      // A split series is told apart by its labels; naming the frame after them too would repeat
      // them in every legend ("sim-1 celsius sim-1").
      name: labels ? undefined : context.filter,
      fields,
      length: time.length,
      meta,
    });
  }
  if (frames.length === 0) {
    return [
      {
        refId: context.refId,
        name: context.filter,
        fields: [{ name: 'Time', type: FieldType.time, config: {}, values: [] }],
        length: 0,
        meta,
      },
    ];
  }
  return frames;
}
