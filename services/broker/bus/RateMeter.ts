/** Messages per second over a sliding window of one-second buckets; O(1) per message. */
export class RateMeter {
  private readonly buckets: Float64Array;
  private currentSecond = -1;

  constructor(private readonly windowSeconds = 10) {
    this.buckets = new Float64Array(windowSeconds);
  }

  /** Counts `count` messages at `nowMs`. */
  add(nowMs: number, count = 1): void {
    this.advance(Math.floor(nowMs / 1000));
    this.buckets[this.currentSecond % this.windowSeconds] += count;
  }

  /** The average rate over the window ending at `nowMs`. */
  rate(nowMs: number): number {
    this.advance(Math.floor(nowMs / 1000));
    let total = 0;
    for (let i = 0; i < this.windowSeconds; i++) {
      total += this.buckets[i];
    }
    return total / this.windowSeconds;
  }

  private advance(second: number): void {
    if (second <= this.currentSecond) {
      return;
    }
    const elapsed = this.currentSecond < 0 ? this.windowSeconds : second - this.currentSecond;
    for (let i = 1; i <= Math.min(elapsed, this.windowSeconds); i++) {
      this.buckets[(this.currentSecond + i + this.windowSeconds) % this.windowSeconds] = 0;
    }
    this.currentSecond = second;
  }
}
