/**
 * A live channel's batches to rows through the plugin's own operators (projectFields, stampTime,
 * splitSeries: one implementation for both transports), then to the per-sample rows the channel
 * keeps and sends, giving the schema a column for every series' value field as it first appears.
 * Series are the direct path's: a query split by none is one series over all its topics, as in
 * appendToRings. Lost messages become empty rows in their series, as appendToRings writes them on
 * the direct path, so the panel breaks the line instead of joining across the loss.
 */
import { Subject, type Subscription } from 'rxjs';
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import type { iot } from '../../../common/proto/generated';
import type { RowBatch, ColumnKind, MessageBatch } from '../../../src/stream/batchTypes';
import { batchFromEnvelopes } from '../../../src/stream/messageBatch';
import { projectFields } from '../../../src/stream/projectFields';
import { splitSeries } from '../../../src/stream/splitSeries';
import { stampTime } from '../../../src/stream/stampTime';
import { isSplitBy, type SplitBy } from '../../../common/query/splitBy';
import type { LiveSchema } from './LiveSchema';
import type { Cell, LiveFieldType, LiveRow } from './liveRows';

/** The smallest step that keeps an empty (gap) row strictly after the sample it follows. */
const GAP_OFFSET_MS = 0.001;

export interface PipelineOutput {
  rows: LiveRow[];
  /** Rows left out because their series would have passed the series limit. */
  droppedBySeriesLimit: number;
  /** Messages that could not be plotted, by what they were. */
  unplotted?: ReadonlyMap<string, number>;
}

interface SeriesState {
  lastTime: number;
  endsWithGap: boolean;
}

const FIELD_TYPES: Record<ColumnKind, LiveFieldType> = { number: 'number', boolean: 'boolean', string: 'string' };

/** The split a spec asks for, checked: anything else would name no series. */
export function splitOf(spec: LiveStreamSpec): SplitBy {
  return isSplitBy(spec.splitBy) ? spec.splitBy : 'topic';
}

export class LivePipeline {
  private readonly input = new Subject<MessageBatch>();
  private readonly subscription: Subscription;
  private readonly series = new Map<string, SeriesState>();
  private readonly seriesOfTopic = new Map<string, Set<string>>();
  private output: PipelineOutput | undefined;

  constructor(
    spec: LiveStreamSpec,
    private readonly schema: LiveSchema,
    private readonly maxSeries: number
  ) {
    this.subscription = this.input
      .pipe(projectFields(spec.fields), stampTime(spec.timeSource), splitSeries(splitOf(spec)))
      .subscribe((rows) => (this.output = this.toLiveRows(rows)));
  }

  /** The rows of one batch of envelopes (with the gaps the broker stated before them). */
  push(envelopes: readonly iot.broker.v1.IEnvelope[], gaps: iot.stream.v1.IGap[], arrivalMs: number): PipelineOutput {
    this.output = undefined;
    this.input.next(batchFromEnvelopes(envelopes, gaps, 0, arrivalMs));
    return this.output ?? { rows: [], droppedBySeriesLimit: 0 };
  }

  /** The number of series seen so far. */
  get seriesCount(): number {
    return this.series.size;
  }

  close(): void {
    this.subscription.unsubscribe();
  }

  private toLiveRows(rows: RowBatch): PipelineOutput {
    const out: LiveRow[] = [];
    let droppedBySeriesLimit = 0;
    const keys = rows.seriesKeys;
    const fieldIndexes = rows.fieldNames.map((name, f) => this.schema.indexOf(name, FIELD_TYPES[rows.fieldKinds[f]]));
    const width = fieldIndexes.length === 0 ? 0 : Math.max(...fieldIndexes) + 1;
    for (let row = 0; row < rows.length; row++) {
      const s = rows.series[row];
      if (row < rows.gapRows) {
        const targets = s < 0 ? [...(this.seriesOfTopic.get(rows.topics[row]) ?? [])] : [keys[s]];
        for (const target of targets) {
          this.appendGap(out, target, rows.time[row]);
        }
        continue;
      }
      if (rows.unplottableRows?.has(row)) {
        continue;
      }
      const key = keys[s];
      const state = this.stateOf(key, rows.topics[row]);
      if (!state) {
        droppedBySeriesLimit++;
        continue;
      }
      const values = new Array<Cell>(width).fill(null);
      for (let f = 0; f < fieldIndexes.length; f++) {
        const value = cellOf(rows.columns[f][row], rows.fieldKinds[f]);
        values[fieldIndexes[f]] = value;
        if (value !== null) {
          this.schema.addColumn(key, rows.seriesLabels[s], fieldIndexes[f]);
        }
      }
      const time = rows.time[row];
      state.lastTime = time;
      state.endsWithGap = false;
      out.push({ series: key, time, values });
    }
    return { rows: out, droppedBySeriesLimit, unplotted: rows.unplotted };
  }

  private stateOf(key: string, topic: string): SeriesState | undefined {
    let state = this.series.get(key);
    if (!state) {
      if (this.series.size >= this.maxSeries) {
        return undefined;
      }
      state = { lastTime: Number.NEGATIVE_INFINITY, endsWithGap: false };
      this.series.set(key, state);
    }
    let topicSeries = this.seriesOfTopic.get(topic);
    if (!topicSeries) {
      topicSeries = new Set();
      this.seriesOfTopic.set(topic, topicSeries);
    }
    topicSeries.add(key);
    return state;
  }

  private appendGap(out: LiveRow[], key: string, time: number): void {
    const state = this.series.get(key);
    // A gap before any sample, or right after another gap, draws nothing new.
    if (!state || state.endsWithGap) {
      return;
    }
    const at = Number.isNaN(time) || time <= state.lastTime ? state.lastTime + GAP_OFFSET_MS : time;
    state.lastTime = at;
    state.endsWithGap = true;
    out.push({ series: key, time: at, values: [] });
  }
}

function cellOf(value: number | string | null, kind: ColumnKind): Cell {
  if (kind === 'string') {
    return value;
  }
  const n = value as number;
  if (Number.isNaN(n)) {
    return null;
  }
  return kind === 'boolean' ? n !== 0 : n;
}
