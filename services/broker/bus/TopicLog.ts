import { iot } from '../../../common/proto';
import { payloadFieldPaths } from '../../../common/proto/payloadFields';
import type { StoredMessage } from './Bus';
import { HistoryRing } from './HistoryRing';
import { RateMeter } from './RateMeter';
import type { Subscriber } from './SubscriberIndex';

/** Field names remembered per topic; a topic with ever-changing keys must not grow memory forever. */
const MAX_FIELDS_PER_TOPIC = 256;
/** Longer field names are not remembered (nor listed): names are for people, and each is kept per topic. */
export const MAX_FIELD_NAME_LENGTH = 128;
/**
 * Encoded payloads are decoded for their field names only for a topic's first messages and then one
 * in FIELD_SAMPLE_EVERY: a topic's fields rarely change, and decoding every payload would cost the
 * ingest path what forwarding it undecoded saves.
 */
const FIELD_SAMPLE_FIRST = 16;
const FIELD_SAMPLE_EVERY = 64;

/** One topic of one tenant: its sequence, retained history, statistics and cached subscribers. */
export class TopicLog {
  lastSequence = 0;
  messageCount = 0;
  lastTimeMs = 0;
  readonly history: HistoryRing;
  readonly rate = new RateMeter();
  readonly fields = new Set<string>();
  /** The subscribers matching this topic, valid while `subscribersVersion` equals the index version. */
  subscribers: Subscriber[] = [];
  subscribersVersion = -1;

  constructor(
    readonly name: string,
    maxHistory: number
  ) {
    this.history = new HistoryRing(maxHistory);
  }

  /** Records a stored message; returns how many old messages the history evicted to make room. */
  record(message: StoredMessage, payload: iot.broker.v1.IPayload | Uint8Array): number {
    this.lastSequence = message.sequence;
    this.messageCount++;
    this.lastTimeMs = message.brokerTimeMs;
    this.rate.add(message.brokerTimeMs);
    if (this.fields.size < MAX_FIELDS_PER_TOPIC) {
      if (!(payload instanceof Uint8Array)) {
        this.noteFields(payload);
      } else if (this.messageCount <= FIELD_SAMPLE_FIRST || this.messageCount % FIELD_SAMPLE_EVERY === 0) {
        this.noteFields(iot.broker.v1.Payload.decode(payload));
      }
    }
    return this.history.push(message);
  }

  private noteFields(payload: iot.broker.v1.IPayload): void {
    for (const path of payloadFieldPaths(payload)) {
      if (this.fields.size >= MAX_FIELDS_PER_TOPIC) {
        return;
      }
      if (path.length <= MAX_FIELD_NAME_LENGTH) {
        this.fields.add(path);
      }
    }
  }
}
