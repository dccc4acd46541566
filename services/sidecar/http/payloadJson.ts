/** The broker's Payload as JSON for HTTP responses (google.protobuf.Struct conversion lives in common/). */
import { structToJson } from '../../../common/proto/jsonStruct';
import type { iot } from '../../../common/proto/generated';

/** A Payload as JSON: telemetry values, JSON as is, raw bytes as UTF-8 text, typed as its type URL and base64. */
export function payloadToJson(payload: iot.broker.v1.IPayload | null | undefined): unknown {
  if (!payload) {
    return null;
  }
  if (payload.telemetry) {
    return { ...(payload.telemetry.values ?? {}) };
  }
  if (payload.json) {
    return structToJson(payload.json);
  }
  if (payload.raw) {
    return Buffer.from(payload.raw).toString('utf8');
  }
  if (payload.typed) {
    return {
      typeUrl: payload.typed.type_url ?? '',
      valueBase64: Buffer.from(payload.typed.value ?? []).toString('base64'),
    };
  }
  return null;
}
