/**
 * Envelopes to samples grouped into series the way the live panels split them (by topic, device,
 * label or not at all), with the same labels, so a panel looks the same live and from history.
 */
import { msFromTimestamp } from '../../../common/time/timestamp';
import { numberFromJsonValue } from '../../../src/stream/fieldPath';
import { seriesLabelsFor } from '../../../src/stream/splitSeries';
import type { BackendQuery } from './backendQuery';
import type { DecodedEnvelope } from '../../../common/proto';

/** The samples of one series, in arrival order: time (ms), column index, value. */
export interface SeriesSamples {
  key: string;
  labels: Record<string, string>;
  /** Column names in first-seen order (or the query's order when it names fields). */
  columns: string[];
  times: number[];
  columnIndexes: number[];
  values: number[];
}

/** The split value of an envelope: its topic, device id or label value ('' when not split). */
function splitValue(splitBy: BackendQuery['splitBy'], envelope: DecodedEnvelope): string {
  switch (splitBy) {
    case 'none':
      return '';
    case 'topic':
      return envelope.topic;
    case 'device':
      return envelope.deviceId;
    default:
      return envelope.labels?.[splitBy.slice('label:'.length)] ?? '';
  }
}

/**
 * The series an envelope belongs to. As on live panels, a split by device or label keeps each topic
 * apart, since different topics carry different fields at different times.
 */
function seriesKey(splitBy: BackendQuery['splitBy'], envelope: DecodedEnvelope): string {
  const value = splitValue(splitBy, envelope);
  return splitBy === 'none' || splitBy === 'topic' ? value : `${value}\u0000${envelope.topic}`;
}

function eachValue(envelope: DecodedEnvelope, visit: (name: string, value: number) => void): void {
  const payload = envelope.payload;
  if (payload?.telemetry?.values) {
    for (const [name, value] of Object.entries(payload.telemetry.values)) {
      visit(name, value);
    }
  } else if (payload?.json?.fields) {
    for (const [name, value] of Object.entries(payload.json.fields)) {
      const n = numberFromJsonValue(value);
      if (!Number.isNaN(n)) {
        visit(name, n);
      }
    }
  }
}

/** Groups the numeric values of `envelopes` into series; messages without a wanted value are skipped. */
export function samplesFromEnvelopes(envelopes: readonly DecodedEnvelope[], query: BackendQuery): SeriesSamples[] {
  const wanted = query.fields.length > 0 ? new Set(query.fields) : undefined;
  const series = new Map<string, SeriesSamples & { columnIndex: Map<string, number> }>();
  for (const envelope of envelopes) {
    const time =
      (query.timeSource === 'event' ? msFromTimestamp(envelope.eventTime) : undefined) ??
      msFromTimestamp(envelope.brokerTime);
    // The broker selects by its own time; a sample plotted outside the range (a late event time) is dropped.
    if (time === undefined || time < query.fromMs || time > query.toMs) {
      continue;
    }
    const key = seriesKey(query.splitBy, envelope);
    let entry = series.get(key);
    eachValue(envelope, (name, value) => {
      if (wanted && !wanted.has(name)) {
        return;
      }
      if (!entry) {
        const columns = query.fields.length > 0 ? [...query.fields] : [];
        entry = {
          key,
          labels: seriesLabelsFor(query.splitBy, splitValue(query.splitBy, envelope), envelope.topic),
          columns,
          columnIndex: new Map(columns.map((column, index) => [column, index])),
          times: [],
          columnIndexes: [],
          values: [],
        };
        series.set(key, entry);
      }
      let index = entry.columnIndex.get(name);
      if (index === undefined) {
        index = entry.columns.length;
        entry.columns.push(name);
        entry.columnIndex.set(name, index);
      }
      entry.times.push(time);
      entry.columnIndexes.push(index);
      entry.values.push(value);
    });
  }
  return [...series.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ columnIndex: _unused, ...rest }) => rest);
}
