/** The rows a live channel sends: one sample of one series per row, in Grafana's "labels" frame layout. */

/** A value cell as frame JSON carries it; null: no value. */
export type Cell = number | string | boolean | null;

/** The value types a live frame's fields can have. */
export type LiveFieldType = 'number' | 'string' | 'boolean';

/** One value field of a live frame (after the `labels` and `time` fields). */
export interface LiveField {
  name: string;
  type: LiveFieldType;
}

export interface LiveRow {
  /** The series' labels in Prometheus form (`{device="d1", topic="a/b"}`); '' when not split. */
  labels: string;
  /** Epoch ms. */
  time: number;
  /** By the channel's field index; shorter than the field list when later fields were added since. */
  values: Cell[];
}

/** A Grafana frame notice (QueryResultMetaNotice). */
export interface LiveNotice {
  severity: 'info' | 'warning' | 'error';
  text: string;
}
