/**
 * Per-topic sequence bookkeeping of one stream. Broker sequences grow by exactly 1 per topic, so a
 * repeat is a duplicate and a jump is a range the broker could not deliver: a gap.
 */
import type { iot } from '../../../common/proto/generated';
import { msFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';

export type Gap = iot.stream.v1.IGap;

interface TopicPosition {
  sequence: number;
  brokerTimeMs?: number;
}

export type Observation = { kind: 'duplicate' } | { kind: 'next'; gap?: Gap };

export class SequenceTracker {
  private readonly positions = new Map<string, TopicPosition>();
  private newestBrokerTimeMs?: number;

  /** Classifies an envelope and records it when it is new. */
  observe(topic: string, sequence: number, brokerTimeMs: number | undefined): Observation {
    const known = this.positions.get(topic);
    if (known && sequence <= known.sequence) {
      return { kind: 'duplicate' };
    }
    let gap: Gap | undefined;
    if (known && sequence > known.sequence + 1) {
      gap = {
        topic,
        fromSequence: known.sequence + 1,
        toSequence: sequence - 1,
        afterTime: known.brokerTimeMs === undefined ? undefined : timestampFromMs(known.brokerTimeMs),
      };
    }
    this.positions.set(topic, { sequence, brokerTimeMs });
    if (
      brokerTimeMs !== undefined &&
      (this.newestBrokerTimeMs === undefined || brokerTimeMs > this.newestBrokerTimeMs)
    ) {
      this.newestBrokerTimeMs = brokerTimeMs;
    }
    return gap ? { kind: 'next', gap } : { kind: 'next' };
  }

  /** The last sequence seen of a topic, or undefined. */
  last(topic: string): number | undefined {
    return this.positions.get(topic)?.sequence;
  }

  /** topic -> last sequence, for a resumed Subscribe. */
  resumeMap(): Record<string, number> {
    const resume: Record<string, number> = {};
    for (const [topic, position] of this.positions) {
      resume[topic] = position.sequence;
    }
    return resume;
  }

  /** The newest broker time seen on any topic (the broker's clock, so free of skew). */
  newestBrokerTime(): number | undefined {
    return this.newestBrokerTimeMs;
  }

  get topicCount(): number {
    return this.positions.size;
  }

  /** Forgets one topic: its sequences started again. */
  forget(topic: string): void {
    this.positions.delete(topic);
  }

  /** Forgets every topic: used when the broker's sequence space restarted. */
  reset(): void {
    this.positions.clear();
    this.newestBrokerTimeMs = undefined;
  }
}

/** The broker time of an envelope in epoch ms, or undefined. */
export function brokerTimeMs(envelope: iot.broker.v1.IEnvelope): number | undefined {
  return msFromTimestamp(envelope.brokerTime);
}
