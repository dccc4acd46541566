/**
 * Gathers envelopes for a short window and hands them over as one batch, early when the batch
 * reaches its count or byte bound. One batcher per shared stream.
 */
import type { Envelope, Gap } from '../../../common/proto';

export interface BatcherOptions {
  windowMs: number;
  maxCount: number;
  maxBytes: number;
}

export type BatchSink = (envelopes: Envelope[], gaps: Gap[]) => void;

export class Batcher {
  private envelopes: Envelope[] = [];
  private gaps: Gap[] = [];
  private bytes = 0;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly options: BatcherOptions,
    private readonly sink: BatchSink
  ) {}

  /** Adds an envelope (and the gap that precedes it in its topic, if any). */
  add(envelope: Envelope, byteLength: number, gap?: Gap): void {
    if (this.closed) {
      return;
    }
    if (gap) {
      this.gaps.push(gap);
    }
    this.envelopes.push(envelope);
    this.bytes += byteLength;
    if (this.envelopes.length >= this.options.maxCount || this.bytes >= this.options.maxBytes) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.options.windowMs);
    }
  }

  /** Adds a gap marker whose topic has no envelope to follow yet. */
  addGap(gap: Gap): void {
    if (this.closed) {
      return;
    }
    this.gaps.push(gap);
    this.timer ??= setTimeout(() => this.flush(), this.options.windowMs);
  }

  /** Whether anything is gathered and not handed over yet. */
  get pending(): boolean {
    return this.envelopes.length > 0 || this.gaps.length > 0;
  }

  /** Hands over whatever is gathered now. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.envelopes.length === 0 && this.gaps.length === 0) {
      return;
    }
    const envelopes = this.envelopes;
    const gaps = this.gaps;
    this.envelopes = [];
    this.gaps = [];
    this.bytes = 0;
    this.sink(envelopes, gaps);
  }

  /** Drops what is gathered and stops. Safe to call twice. */
  close(): void {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.envelopes = [];
    this.gaps = [];
  }
}
