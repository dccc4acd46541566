/**
 * Holds the MQTT acknowledgements (PUBACK) of QoS 1 messages until our broker has acknowledged them,
 * and lets them go in the order the messages arrived (MQTT asks for PUBACKs in order). Whatever is
 * still held when the MQTT connection drops is forgotten: the MQTT broker redelivers those messages
 * to the bridge's persistent session, so nothing accepted from MQTT is lost on the way to our broker.
 */
export interface AckTicket {
  /** Marks the message as safely in our broker (or finally refused); its PUBACK may go once those before it went. */
  settle(): void;
}

interface Held {
  settled: boolean;
  release: (() => void) | undefined;
}

export class AckGate {
  private queue: Held[] = [];
  private head = 0;
  private generation = 0;

  /** `onRelease` is told after acknowledgements were let go (so a paused reader may resume). */
  constructor(private readonly onRelease?: () => void) {}

  /** Acknowledgements held right now. */
  get held(): number {
    return this.queue.length - this.head;
  }

  /** Enters a message in arrival order; `release` sends its PUBACK (undefined for QoS 0: nothing to send). */
  enter(release: (() => void) | undefined): AckTicket {
    const held: Held = { settled: false, release };
    const generation = this.generation;
    this.queue.push(held);
    return {
      settle: () => {
        if (held.settled || generation !== this.generation) {
          return;
        }
        held.settled = true;
        this.drain();
      },
    };
  }

  /** Forgets every held acknowledgement (the connection they belong to is gone). */
  reset(): void {
    this.generation++;
    this.queue = [];
    this.head = 0;
  }

  private drain(): void {
    const queue = this.queue;
    const before = this.head;
    while (this.head < queue.length && queue[this.head].settled) {
      const held = queue[this.head];
      queue[this.head++] = undefined as unknown as Held;
      held.release?.();
    }
    const released = this.head !== before;
    if (this.head === queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > queue.length) {
      this.queue = queue.slice(this.head);
      this.head = 0;
    }
    if (released) {
      this.onRelease?.();
    }
  }
}
