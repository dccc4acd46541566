import { FieldType, type DataFrame, type Field, type QueryResultMetaNotice } from '@grafana/data';
import type { SeriesStore } from './SeriesStore';

export interface FrameContext {
  refId: string;
  /** The topic filter, shown as the frame name when a query has one unnamed series. */
  filter: string;
  notices: QueryResultMetaNotice[];
}

/**
 * Builds one Grafana data frame per series from the store, copying the rings out in time order.
 * Called at most maxUpdateHz times a second, so the copies never follow the message rate.
 */
export function storeToFrames(store: SeriesStore | undefined, context: FrameContext): DataFrame[] {
  const meta = context.notices.length > 0 ? { notices: context.notices } : undefined;
  if (!store || store.series.length === 0) {
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
  return store.series.map((series): DataFrame => {
    const { time, columns } = series.ring.snapshot();
    const labels = Object.keys(series.labels).length > 0 ? series.labels : undefined;
    const fields: Field[] = [
      { name: 'Time', type: FieldType.time, config: {}, values: time },
      ...columns.map((column): Field => ({
        name: column.name,
        type: column.kind === 'number' ? FieldType.number : FieldType.string,
        config: {},
        values: column.values,
        labels,
      })),
    ];
    return {
      refId: context.refId,
      // A split series is told apart by its labels; naming the frame after them too would repeat
      // them in every legend ("sim-1 celsius sim-1").
      name: labels ? undefined : context.filter,
      fields,
      length: time.length,
      meta,
    };
  });
}
