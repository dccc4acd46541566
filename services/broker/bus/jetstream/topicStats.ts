/**
 * Discovery data of a tenant's topics on JetStream, read from the stream itself so every broker
 * answers the same: per-subject counts from the stream's state, the last message of each topic for its
 * time, sequence and fields, and its first retained message for an average rate over the retention.
 */
import type { JetStreamManager, StoredMsg, StreamInfo } from '@nats-io/jetstream';
import { payloadFieldPaths } from '../../../../common/proto/payloadFields';
import { iot } from '../../../../common/proto';
import type { TopicStats } from '../Bus';
import type { SubjectMap } from './subjects';

/** Topics whose last and first messages are read; beyond this only names and counts are reported. */
export const MAX_DETAILED_TOPICS = 1_000;

/** The stats of the topics in `info.state.subjects`, sorted by name. */
export async function topicStatsOf(
  info: StreamInfo,
  subjects: SubjectMap,
  jsm: JetStreamManager,
  nowMs: number
): Promise<TopicStats[]> {
  const counts = Object.entries(info.state.subjects ?? {});
  const stream = info.config.name;
  const stats = await Promise.all(
    counts.map(async ([subject, count], index): Promise<TopicStats> => {
      const name = subjects.topicOf(subject);
      if (index >= MAX_DETAILED_TOPICS) {
        return { name, messageCount: count, lastTimeMs: 0, ratePerSecond: 0, fields: [], lastSequence: 0 };
      }
      const [last, first] = await Promise.all([
        jsm.direct.getMessage(stream, { last_by_subj: subject }),
        count > 1 ? jsm.direct.getMessage(stream, { seq: 1, next_by_subj: subject }) : Promise.resolve(null),
      ]);
      return {
        name,
        messageCount: count,
        lastTimeMs: last ? last.time.getTime() : 0,
        ratePerSecond: averageRate(count, first, last, nowMs),
        fields: last ? fieldsOf(last.data) : [],
        lastSequence: last?.seq ?? 0,
      };
    })
  );
  return stats.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function averageRate(count: number, first: StoredMsg | null, last: StoredMsg | null, nowMs: number): number {
  if (!first || !last) {
    return 0;
  }
  const spanMs = Math.max(nowMs, last.time.getTime()) - first.time.getTime();
  return spanMs > 0 ? Math.round(((count - 1) * 1000 * 100) / spanMs) / 100 : 0;
}

function fieldsOf(envelopeBytes: Uint8Array): string[] {
  try {
    const envelope = iot.broker.v1.Envelope.decode(envelopeBytes);
    // The same paths the memory bus lists (JSON leaves as json paths), so suggestions match on both buses.
    return envelope.payload ? [...payloadFieldPaths(envelope.payload)].sort() : [];
  } catch {
    return [];
  }
}
