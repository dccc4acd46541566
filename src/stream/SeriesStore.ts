import { ColumnarRing } from './ColumnarRing';

/** One series: its key, the labels on its fields and its ring. */
export interface Series {
  key: string;
  labels: Record<string, string>;
  ring: ColumnarRing;
  /** The topics that fed it, so a gap on a topic reaches every series it fed. */
  topics: Set<string>;
  lastTopic: string;
}

/**
 * Every series of one query, each in its own ring of `capacity` rows. The number of series is
 * bounded: rows of series past the limit are counted and dropped rather than growing memory.
 */
export class SeriesStore {
  readonly series: Series[] = [];
  private readonly byKey = new Map<string, Series>();
  private readonly byTopic = new Map<string, Series[]>();
  /** Rows dropped because their series would have exceeded maxSeries. */
  droppedRows = 0;
  /** Bumped on every change, so an emitter can tell whether anything moved. */
  version = 0;

  constructor(
    readonly capacity: number,
    readonly maxSeries: number
  ) {}

  /** The series of `key`, created when new; undefined when the series limit is reached. */
  seriesFor(key: string, labels: Record<string, string>): Series | undefined {
    let found = this.byKey.get(key);
    if (!found && this.series.length < this.maxSeries) {
      found = { key, labels, ring: new ColumnarRing(this.capacity), topics: new Set(), lastTopic: '' };
      this.series.push(found);
      this.byKey.set(key, found);
    }
    return found;
  }

  /** Records that `topic` fed `series`. */
  noteTopic(series: Series, topic: string): void {
    if (series.lastTopic === topic) {
      return;
    }
    series.lastTopic = topic;
    if (!series.topics.has(topic)) {
      series.topics.add(topic);
      const list = this.byTopic.get(topic);
      if (list) {
        list.push(series);
      } else {
        this.byTopic.set(topic, [series]);
      }
    }
  }

  /** Every series the topic has fed. */
  seriesOfTopic(topic: string): readonly Series[] {
    return this.byTopic.get(topic) ?? [];
  }
}
