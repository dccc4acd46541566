/** A timer re-armed on every arm() and cancelled by clear(): fires once after `ms` without either. */
import type { PacerClock } from './PacketPacer';

export class IdleTimer {
  private handle?: unknown;

  constructor(
    private readonly ms: number,
    private readonly clock: PacerClock,
    private readonly fire: () => void
  ) {}

  arm(): void {
    this.clear();
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      this.fire();
    }, this.ms);
  }

  clear(): void {
    if (this.handle !== undefined) {
      this.clock.clearTimeout(this.handle);
      this.handle = undefined;
    }
  }
}
