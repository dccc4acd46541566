/** Encodes a published message once, to be stored and written as-is to subscribers. */
import { iot } from '../../../common/proto';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { PublishInput } from './Bus';

const PayloadCodec = iot.broker.v1.Payload;
const WireEnvelopeCodec = iot.broker.v1.wire.Envelope;
const WireEventCodec = iot.broker.v1.wire.SubscribeEvent;
/** SubscribeEvent.envelope: field 1, length-delimited. */
const EVENT_ENVELOPE_TAG = (1 << 3) | 2;

export class EnvelopeEncoder {
  // Reused for every message: the encoder reads them synchronously, so one scratch object is enough.
  private readonly scratch: iot.broker.v1.wire.IEnvelope = {};
  private readonly scratchEvent: iot.broker.v1.wire.ISubscribeEvent = { envelope: this.scratch };
  private lastTimestampMs = -1;
  private lastTimestamp = timestampFromMs(0);

  /** The encoded SubscribeEvent carrying the message's Envelope, as subscribers receive it. */
  encodeEvent(input: PublishInput, sequence: number, offset: number, brokerTimeMs: number): Buffer {
    this.fill(input, sequence, offset, brokerTimeMs);
    return asBuffer(WireEventCodec.encode(this.scratchEvent).finish());
  }

  /**
   * The encoded Envelope without sequence and offset, for a bus that learns them only once the
   * message is stored; eventOf() completes it when the message is read.
   */
  encodeUnsequenced(input: PublishInput, brokerTimeMs: number): Buffer {
    this.fill(input, null, null, brokerTimeMs);
    return asBuffer(WireEnvelopeCodec.encode(this.scratch).finish());
  }

  private fill(input: PublishInput, sequence: number | null, offset: number | null, brokerTimeMs: number): void {
    const envelope = this.scratch;
    // The wire view of the Envelope takes the payload as bytes: an encoded payload goes in untouched.
    const payload = input.payload;
    envelope.topic = input.topic;
    envelope.sequence = sequence;
    envelope.offset = offset;
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
  }
}

/**
 * The SubscribeEvent of an Envelope stored by encodeUnsequenced(). Protobuf lets fields come in any
 * order, so the stored bytes followed by the sequence and offset fields decode as the whole Envelope.
 */
export function eventOf(unsequenced: Uint8Array, sequence: number, offset: number): Buffer {
  const tail = WireEnvelopeCodec.encode({ sequence, offset }).finish();
  const header = lengthPrefix(unsequenced.length + tail.length);
  return Buffer.concat([header, unsequenced, tail]);
}

function lengthPrefix(length: number): Buffer {
  const bytes = [EVENT_ENVELOPE_TAG];
  let value = length;
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  bytes.push(value);
  return Buffer.from(bytes);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
