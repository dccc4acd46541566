/** Encodes a published message into its Envelope once, to be stored and written as-is to subscribers. */
import { iot } from '../../../common/proto';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { PublishInput } from './Bus';

const PayloadCodec = iot.broker.v1.Payload;
const WireEnvelopeCodec = iot.broker.v1.wire.Envelope;

export class EnvelopeEncoder {
  // Reused for every message: the encoder reads it synchronously, so one scratch object is enough.
  private readonly scratch: iot.broker.v1.wire.IEnvelope = {};
  private lastTimestampMs = -1;
  private lastTimestamp = timestampFromMs(0);

  /**
   * The encoded Envelope of `input`. With `sequence` null the field is left out, for a bus that learns
   * the sequence only once the message is stored and appends it with sequenceField().
   */
  encode(input: PublishInput, sequence: number | null, brokerTimeMs: number): Buffer {
    const envelope = this.scratch;
    // The wire view of the Envelope takes the payload as bytes: an encoded payload goes in untouched.
    const payload = input.payload;
    envelope.topic = input.topic;
    envelope.sequence = sequence;
    // Many messages share a millisecond at high rates: reuse its Timestamp instead of allocating one each.
    if (brokerTimeMs !== this.lastTimestampMs) {
      this.lastTimestampMs = brokerTimeMs;
      this.lastTimestamp = timestampFromMs(brokerTimeMs);
    }
    envelope.brokerTime = this.lastTimestamp;
    const eventTime = input.eventTime;
    envelope.eventTime = eventTime && (eventTime.seconds || eventTime.nanos) ? eventTime : envelope.brokerTime;
    envelope.deviceId = input.deviceId ?? '';
    envelope.labels = input.labels ?? null;
    envelope.payload = payload instanceof Uint8Array ? payload : PayloadCodec.encode(payload).finish();
    return asBuffer(WireEnvelopeCodec.encode(envelope).finish());
  }
}

/**
 * The Envelope's sequence field alone. Protobuf lets fields come in any order, so an Envelope stored
 * without its sequence plus these bytes decodes as the complete Envelope.
 */
export function sequenceField(sequence: number): Buffer {
  return asBuffer(WireEnvelopeCodec.encode({ sequence }).finish());
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
