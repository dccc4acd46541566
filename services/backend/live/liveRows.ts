/**
 * The rows a live channel keeps and sends: one sample (or one gap marker) of one series per row.
 * Packets lay them out in Grafana's wide frame form (see frameJson.ts); the rows stay per sample so
 * the rings and the pending list need not know the layout.
 */

/** A value cell as frame JSON carries it; null: no value. */
export type Cell = number | string | boolean | null;

/** The value types a live frame's fields can have. */
export type LiveFieldType = 'number' | 'string' | 'boolean';

/** One value field a channel has seen (over all series), by name and type. */
export interface LiveField {
  name: string;
  type: LiveFieldType;
}

export interface LiveRow {
  /** The series' key (its labels as the split names them); '' when not split. */
  series: string;
  /** Epoch ms. */
  time: number;
  /**
   * By the channel's value field index; shorter than the field list when later fields were added
   * since. Empty for a gap marker: every field of the series is null there, so the line breaks.
   */
  values: Cell[];
}

/** A Grafana frame notice (QueryResultMetaNotice). */
export interface LiveNotice {
  severity: 'info' | 'warning' | 'error';
  text: string;
}
