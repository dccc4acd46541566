/** Checks of what a message carries, before anything is numbered. */
import { Reader } from 'protobufjs/minimal';
import { ValidationError } from '../../common/errors/errors';
import { google } from '../../common/proto';

const NO_PAYLOAD = 'set one of payload.telemetry, payload.json, payload.typed or payload.raw';
const TYPED_WITHOUT_URL = 'set it to "type.googleapis.com/<package>.<Message>" so subscribers can decode the value';

const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;

/** Walks a Telemetry message (map<string, double>) without materialising it; throws on a malformed one. */
function checkTelemetryShape(reader: Reader, end: number): void {
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 !== 1 || (tag & 7) !== WIRE_LENGTH_DELIMITED) {
      reader.skipType(tag & 7);
      continue;
    }
    const entryEnd = reader.uint32() + reader.pos;
    if (entryEnd > end) {
      throw new RangeError('a telemetry value runs past its payload');
    }
    while (reader.pos < entryEnd) {
      const entryTag = reader.uint32();
      const field = entryTag >>> 3;
      const wire = entryTag & 7;
      if ((field === 1 && wire !== WIRE_LENGTH_DELIMITED) || (field === 2 && wire !== WIRE_FIXED64)) {
        throw new RangeError(`telemetry field ${field} has wire type ${wire}`);
      }
      reader.skipType(wire);
    }
    if (reader.pos !== entryEnd) {
      throw new RangeError('a telemetry value overruns its entry');
    }
  }
}

/**
 * Throws a ValidationError unless the encoded iot.broker.v1.Payload carries exactly one usable kind.
 * Numeric telemetry (the hot path) is not decoded: its structure is walked instead. JSON and typed
 * payloads are decoded to be checked. Returns the bytes for the caller to forward as they are.
 */
export function checkPayloadBytes(bytes: Uint8Array | null | undefined, topic: string): Uint8Array {
  if (!bytes || bytes.length === 0) {
    throw new ValidationError(`the message to "${topic}" has no payload: ${NO_PAYLOAD}`);
  }
  let kinds = 0;
  try {
    const reader = Reader.create(bytes);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field < 1 || field > 4) {
        reader.skipType(wire);
        continue;
      }
      if (wire !== WIRE_LENGTH_DELIMITED) {
        throw new RangeError(`payload field ${field} has wire type ${wire}`);
      }
      kinds++;
      const length = reader.uint32();
      const end = reader.pos + length;
      if (end > reader.len) {
        throw new RangeError('the payload is truncated');
      }
      if (field === 1) {
        checkTelemetryShape(reader, end);
      } else if (field === 2) {
        google.protobuf.Struct.decode(reader, length);
      } else if (field === 3) {
        if (!google.protobuf.Any.decode(reader, length).type_url) {
          throw new ValidationError(`the typed payload to "${topic}" has no type_url: ${TYPED_WITHOUT_URL}`);
        }
      } else {
        reader.pos = end;
      }
    }
  } catch (err) {
    if (err instanceof ValidationError) {
      throw err;
    }
    throw new ValidationError(
      `the payload to "${topic}" is not a valid iot.broker.v1.Payload (${(err as Error).message})`,
      { cause: err }
    );
  }
  if (kinds === 0) {
    throw new ValidationError(`the message to "${topic}" has no payload: ${NO_PAYLOAD}`);
  }
  if (kinds > 1) {
    throw new ValidationError(
      `the payload to "${topic}" sets ${kinds} kinds; set exactly one of telemetry, json, typed or raw`
    );
  }
  return bytes;
}
