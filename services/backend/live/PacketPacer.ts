/**
 * Calls `flush` at most once per period: `request()` says something is waiting; the flush runs at
 * once when the last one is a period ago, else when the period is over. A flush that returns false
 * (nobody could take a packet) leaves the work waiting for the next request.
 */
export interface PacerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: PacerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class PacketPacer {
  private lastFlushMs = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private closed = false;

  constructor(
    readonly periodMs: number,
    private readonly flush: () => boolean,
    private readonly clock: PacerClock = realClock
  ) {}

  /** Something waits to be sent: flush now or at the end of the period. */
  request(): void {
    if (this.closed || this.timer !== undefined) {
      return;
    }
    const wait = this.lastFlushMs + this.periodMs - this.clock.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  /** Stops; a pending flush does not run. Safe to call twice. */
  close(): void {
    this.closed = true;
    if (this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private run(): void {
    if (!this.closed && this.flush()) {
      this.lastFlushMs = this.clock.now();
    }
  }
}
