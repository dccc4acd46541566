/**
 * Where one subscriber stands in a stream: the history it reads (epoch), how far (offset, to resume
 * from) and the last sequence it accepted per topic. It never guesses: a message at or before a
 * topic's last sequence in the same epoch is a repeat, a new epoch and every gap come from the source
 * (StreamStart, TopicGap, a batch's position), and what they cost is returned as ranges per topic.
 * The one implementation of positions for every layer: the sidecar against the broker, the plugin
 * against the sidecar. Usage:
 *
 *   const gaps = positions.enter(start.epoch);          // a new history states every topic's loss
 *   if (positions.accept(topic, sequence, offset)) ...  // false: already delivered
 *   const from = positions.position;                     // resume with it after a break
 */

/** A place in a history (iot.broker.v1.StreamPosition). */
export interface StreamPosition {
  epoch: string;
  offset: number;
}

/** Messages of a topic that will not arrive, in the shape of iot.stream.v1.Gap. */
export interface LostRange {
  topic: string;
  fromSequence: number;
  /** 0: the end is unknown (the history they were in is gone). */
  toSequence: number;
  /** The topic's history was reset: sequences start again in the new epoch. */
  restarted?: boolean;
}

export class StreamPositions {
  private epochName: string | undefined;
  private offset = 0;
  private readonly last = new Map<string, number>();

  /** Where to resume from, or undefined before the source named its history. */
  get position(): StreamPosition | undefined {
    return this.epochName === undefined ? undefined : { epoch: this.epochName, offset: this.offset };
  }

  /** The history being read, if named yet. */
  get epoch(): string | undefined {
    return this.epochName;
  }

  /** The last sequence accepted of a topic, or undefined. */
  lastOf(topic: string): number | undefined {
    return this.last.get(topic);
  }

  /** Topics with a position. */
  get topicCount(): number {
    return this.last.size;
  }

  /**
   * The source names the history that follows. The same epoch changes nothing. Another one means the
   * old history is gone: every topic's messages after its last accepted one are lost (returned, end
   * unknown), and sequences start afresh, so nothing of the new history is taken for a repeat.
   */
  enter(epoch: string): LostRange[] {
    if (epoch === this.epochName) {
      return [];
    }
    const lost: LostRange[] = [];
    if (this.epochName !== undefined) {
      for (const [topic, sequence] of this.last) {
        lost.push({ topic, fromSequence: sequence + 1, toSequence: 0, restarted: true });
      }
    }
    this.epochName = epoch;
    this.offset = 0;
    this.last.clear();
    return lost;
  }

  /**
   * The source states that sequences fromSequence..toSequence of a topic will not arrive
   * (fromSequence 0: right after the last one accepted). Returns the part not already accepted,
   * and moves the topic past it; undefined when nothing of it is new.
   */
  skip(topic: string, fromSequence: number, toSequence: number): LostRange | undefined {
    const known = this.last.get(topic) ?? 0;
    const from = Math.max(fromSequence > 0 ? fromSequence : known + 1, known + 1);
    if (toSequence < from) {
      return undefined;
    }
    this.last.set(topic, toSequence);
    return { topic, fromSequence: from, toSequence };
  }

  /** Accepts one message: false when it was already accepted (a repeat), true otherwise. */
  accept(topic: string, sequence: number, offset = 0): boolean {
    const known = this.last.get(topic);
    if (known !== undefined && sequence <= known) {
      return false;
    }
    this.last.set(topic, sequence);
    this.advance(offset);
    return true;
  }

  /** Moves the resume offset forward (a batch's position); never back. */
  advance(offset: number): void {
    if (offset > this.offset) {
      this.offset = offset;
    }
  }
}
