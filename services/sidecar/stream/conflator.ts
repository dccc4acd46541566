/**
 * Conflation: at most `rateHz` updates per second per series (topic and device). Updates are folded
 * per series (last, avg, min or max per telemetry field; the last message for other payloads) and
 * the owner drains them all once per period. Draining everything at once, sorted by sequence, keeps
 * each topic's sequences increasing even when several devices share a topic.
 */
import { Conflation, type Envelope } from '../../../common/proto';
import type { FoldingConflation } from '../../../common/proto/conflation';

interface FieldStats {
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
}

interface PendingSeries {
  last: Envelope;
  count: number;
  fields: Map<string, FieldStats>;
}

export interface ConflatorOptions {
  rateHz: number;
  /** NONE is not a fold: foldingConflation() says what a rate with NONE folds with. */
  mode: FoldingConflation;
}

export class Conflator {
  /** How often the owner should call drain(), in ms. */
  readonly periodMs: number;
  private readonly mode: FoldingConflation;
  private pending = new Map<string, PendingSeries>();
  /** Messages folded away so far. */
  conflated = 0;

  constructor(options: ConflatorOptions) {
    this.periodMs = 1000 / options.rateHz;
    this.mode = options.mode;
  }

  /** Folds one envelope into its series. */
  offer(envelope: Envelope): void {
    const key = `${envelope.topic ?? ''}\u0000${envelope.deviceId ?? ''}`;
    let series = this.pending.get(key);
    if (!series) {
      series = { last: envelope, count: 0, fields: new Map() };
      this.pending.set(key, series);
    }
    series.last = envelope;
    series.count++;
    for (const [name, value] of Object.entries(envelope.payload?.telemetry?.values ?? {}) as Array<[string, number]>) {
      const stats = series.fields.get(name);
      if (stats) {
        stats.count++;
        stats.sum += value;
        stats.min = Math.min(stats.min, value);
        stats.max = Math.max(stats.max, value);
        stats.last = value;
      } else {
        series.fields.set(name, { count: 1, sum: value, min: value, max: value, last: value });
      }
    }
  }

  /** True while some series hold folded updates. */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Releases one envelope per series that had updates, in sequence order. */
  drain(): Envelope[] {
    const out: Envelope[] = [];
    for (const series of this.pending.values()) {
      out.push(this.fold(series));
      this.conflated += series.count - 1;
    }
    this.pending = new Map();
    return out.sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0));
  }

  private fold(series: PendingSeries): Envelope {
    const { last, fields } = series;
    if (series.count === 1 || !last.payload?.telemetry || fields.size === 0) {
      return last;
    }
    const values: Record<string, number> = {};
    for (const [name, stats] of fields) {
      values[name] = this.pick(stats);
    }
    return { ...last, payload: { telemetry: { values } } };
  }

  private pick(stats: FieldStats): number {
    switch (this.mode) {
      case Conflation.CONFLATION_AVG:
        return stats.sum / stats.count;
      case Conflation.CONFLATION_MIN:
        return stats.min;
      case Conflation.CONFLATION_MAX:
        return stats.max;
      case Conflation.CONFLATION_LAST:
        return stats.last;
    }
  }
}
