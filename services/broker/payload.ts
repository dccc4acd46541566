/** Checks of what a message carries, before anything is numbered. */
import { ValidationError } from '../../common/errors/errors';
import type { iot } from '../../common/proto/generated';

/** Throws a ValidationError unless the payload carries exactly one usable kind. */
export function checkPayload(
  payload: iot.broker.v1.IPayload | null | undefined,
  topic: string
): iot.broker.v1.IPayload {
  const kind = (payload as iot.broker.v1.Payload | null | undefined)?.kind;
  if (!payload || !kind) {
    throw new ValidationError(
      `the message to "${topic}" has no payload: set one of payload.telemetry, payload.json, payload.typed or payload.raw`
    );
  }
  if (kind === 'typed' && !payload.typed?.type_url) {
    throw new ValidationError(
      `the typed payload to "${topic}" has no type_url: set it to "type.googleapis.com/<package>.<Message>" so subscribers can decode the value`
    );
  }
  return payload;
}
