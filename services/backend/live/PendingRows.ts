/**
 * What a live channel has built but not sent yet: rows (bounded; the oldest go first, counted) and
 * the notices for the next packet (each text once). Taking them empties both and turns the counts of
 * what was left out into notices.
 */
import type { LiveNotice, LiveRow } from './liveRows';
import * as notices from './liveNotices';
import type { PipelineOutput } from './LivePipeline';

export class PendingRows {
  private rows: LiveRow[] = [];
  private notices: LiveNotice[] = [];
  private droppedRows = 0;
  private droppedBySeriesLimit = 0;
  private readonly unplottedSeen = new Set<string>();

  constructor(
    private readonly maxRows: number,
    private readonly maxSeries: number,
    /** Counts rows dropped for want of a reader fast enough. */
    private readonly onDropped: (rows: number) => void = () => undefined
  ) {}

  /** Adds a notice for the next packet, unless one with the same text waits already. */
  addNotice(notice: LiveNotice): void {
    if (!this.notices.some((n) => n.text === notice.text)) {
      this.notices.push(notice);
    }
  }

  /** Adds what the pipeline built from one batch. */
  add(out: PipelineOutput): void {
    this.droppedBySeriesLimit += out.droppedBySeriesLimit;
    for (const [what, count] of out.unplotted ?? []) {
      if (!this.unplottedSeen.has(what)) {
        this.unplottedSeen.add(what);
        this.addNotice(notices.unplottedNotice(what, count));
      }
    }
    for (const row of out.rows) {
      this.rows.push(row);
    }
    const over = this.rows.length - this.maxRows;
    if (over > 0) {
      this.rows.splice(0, over);
      this.droppedRows += over;
      this.onDropped(over);
    }
  }

  /** Everything waiting, emptied; undefined when nothing waits. */
  take(): { rows: LiveRow[]; notices: LiveNotice[] } | undefined {
    if (this.droppedRows > 0) {
      this.addNotice(notices.slowReaderNotice(this.droppedRows));
      this.droppedRows = 0;
    }
    if (this.droppedBySeriesLimit > 0) {
      this.addNotice(notices.seriesLimitNotice(this.droppedBySeriesLimit, this.maxSeries));
      this.droppedBySeriesLimit = 0;
    }
    if (this.rows.length === 0 && this.notices.length === 0) {
      return undefined;
    }
    const taken = { rows: this.rows, notices: this.notices };
    this.rows = [];
    this.notices = [];
    return taken;
  }

  /** Drops everything. */
  clear(): void {
    this.rows = [];
    this.notices = [];
  }
}
