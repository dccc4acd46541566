/**
 * The fields of a live channel's wide frame: after `time`, one field per series and value field
 * that series has had a value for. Each field keeps the unique name it was given when it appeared,
 * because Grafana's StreamingDataFrame carries a field's values over a schema change by name and
 * type. The version changes when a field is added (series names can change with it), so a reader
 * gets the schema again exactly when the frame's shape or names moved.
 */
import type { SplitBy } from '../../../common/query/splitBy';
import { compareNames, seriesNames, splitValueLabel } from '../../../src/stream/seriesNames';
import type { LiveField, LiveFieldType } from './liveRows';

/** One field of the wide frame after `time`: one value field of one series. */
export interface WideColumn {
  /** Unique in the frame and never changed once given. */
  name: string;
  type: LiveFieldType;
  /** The value field's index in the channel's field list. */
  field: number;
  series: string;
  /** The series' labels; undefined when the query is not split. */
  labels?: Readonly<Record<string, string>>;
  /** The direct path's display name for this series' field; undefined where Grafana's own is best. */
  displayName?: string;
}

/** The frame's fields in order, for one schema version. */
export interface WideLayout {
  readonly version: number;
  readonly columns: readonly WideColumn[];
}

/** What naming and ordering need of the query. */
export interface SchemaQuery {
  filter: string;
  splitBy: SplitBy;
  /** The field paths the query names, in its order (they come first); empty: every value by name. */
  fields: readonly string[];
}

/** `{device="d1", topic="site/a/env"}`, the part of a field name that tells series apart. */
function labelsText(labels: Readonly<Record<string, string>>): string {
  return `{${Object.entries(labels)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(', ')}}`;
}

export class LiveSchema {
  private readonly valueFields: LiveField[] = [];
  private readonly indexByKey = new Map<string, number>();
  private readonly seriesLabels = new Map<string, Readonly<Record<string, string>>>();
  private readonly columns: WideColumn[] = [];
  /** Per series, which value fields have a column: looked up per sample, so no key string is built. */
  private readonly fieldsOfSeries = new Map<string, boolean[]>();
  private readonly names = new Set<string>();
  private readonly fieldRank: Map<string, number>;
  private _version = 0;
  private cached?: WideLayout;

  constructor(private readonly query: SchemaQuery) {
    this.fieldRank = new Map(query.fields.map((path, i) => [path.trim(), i]));
  }

  /** The value fields seen so far, over all series. */
  get fields(): readonly LiveField[] {
    return this.valueFields;
  }

  /** Bumped by every added column. */
  get version(): number {
    return this._version;
  }

  /** The index of a value field, by name and type (a type change makes a new field, not a mixed column). */
  indexOf(name: string, type: LiveFieldType): number {
    const key = `${type}\u0000${name}`;
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.valueFields.length;
      this.valueFields.push({ name, type });
      this.indexByKey.set(key, index);
    }
    return index;
  }

  /** Gives `series` a column for value field `field`, once it has a value there. */
  addColumn(series: string, labels: Readonly<Record<string, string>>, field: number): void {
    let fields = this.fieldsOfSeries.get(series);
    if (!fields) {
      fields = [];
      this.fieldsOfSeries.set(series, fields);
    }
    if (fields[field]) {
      return;
    }
    fields[field] = true;
    this.seriesLabels.set(series, labels);
    const { name: fieldName, type } = this.valueFields[field];
    const hasLabels = Object.keys(labels).length > 0;
    let name = hasLabels ? `${fieldName} ${labelsText(labels)}` : fieldName;
    // The same path with another type (rare): a second field, told apart by its type.
    while (this.names.has(name)) {
      name = `${name} (${type})`;
    }
    this.names.add(name);
    this.columns.push({ name, type, field, series, labels: hasLabels ? labels : undefined });
    this._version++;
    this.cached = undefined;
  }

  /** The frame's fields as the direct path shows them: series by name, their fields in the query's order. */
  layout(): WideLayout {
    if (this.cached) {
      return this.cached;
    }
    const { filter, splitBy } = this.query;
    const valueLabel = splitValueLabel(splitBy);
    const keys = [...this.seriesLabels.keys()];
    const named = seriesNames(
      filter,
      splitBy,
      keys.map((key) => {
        const labels = this.seriesLabels.get(key) ?? {};
        return { value: valueLabel ? (labels[valueLabel] ?? '') : '', topic: labels.topic ?? '' };
      })
    );
    const nameOf = new Map(keys.map((key, i) => [key, named[i]]));
    const rank = (c: WideColumn) => this.fieldRank.get(this.valueFields[c.field].name) ?? Infinity;
    const columns = this.columns
      .map((column): WideColumn => {
        const seriesName = nameOf.get(column.series) ?? '';
        const fieldName = this.valueFields[column.field].name;
        return { ...column, displayName: seriesName ? `${seriesName} ${fieldName}` : undefined };
      })
      .sort(
        (a, b) =>
          compareNames(nameOf.get(a.series) ?? '', nameOf.get(b.series) ?? '') ||
          compareNames(a.series, b.series) ||
          rank(a) - rank(b) ||
          compareNames(this.valueFields[a.field].name, this.valueFields[b.field].name) ||
          compareNames(a.name, b.name)
      );
    this.cached = { version: this._version, columns };
    return this.cached;
  }
}
