/**
 * The Sparkplug `seq` of one edge node: 0 in NBIRTH, then +1 (mod 256) for every NDATA, DBIRTH, DDATA
 * and DDEATH. A number other than the expected one means messages were missed.
 */
export class SeqTracker {
  private expected: number | undefined;

  /** Starts over from a birth's seq. */
  reset(seq: number): void {
    this.expected = (seq + 1) % 256;
  }

  /** Forgets the position (the node died): the next birth starts it again. */
  clear(): void {
    this.expected = undefined;
  }

  /** Takes the next message's seq; returns how many messages were missed (0 when none or unknown). */
  next(seq: number): number {
    const expected = this.expected;
    this.expected = (seq + 1) % 256;
    if (expected === undefined) {
      return 0;
    }
    return (seq - expected + 256) % 256;
  }
}
