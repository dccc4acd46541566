import type { CommandBody, PublishBody } from '../../common/api/sidecarApi';
import { ValidationError } from '../../common/errors/errors';
import { validateTopicName } from '../../common/topics/topicFilter';
import { commandBodySchema, parseBody, publishBodySchema } from '../../common/api/requestBodies';

/** Checks a publish body before it leaves the browser, with the sidecar's own schema; returns it unchanged. */
export function validatePublishBody(body: PublishBody): PublishBody {
  parseBody(publishBodySchema, body, 'publish');
  validateTopicName(body.topic);
  return body;
}

/** Checks a command body before it leaves the browser, with the sidecar's own schema; returns it unchanged. */
export function validateCommandBody(body: CommandBody): CommandBody {
  parseBody(commandBodySchema, body, 'command');
  return body;
}

/**
 * Reads the JSON a person typed as a message: an object of only numbers becomes telemetry values,
 * anything else is sent as JSON. Empty text is an empty JSON object.
 */
export function messageFromText(text: string): Pick<PublishBody, 'values' | 'json'> {
  const trimmed = text.trim();
  let parsed: unknown;
  try {
    parsed = trimmed === '' ? {} : JSON.parse(trimmed);
  } catch (cause) {
    throw new ValidationError(
      `the payload is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`
    );
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const entries = Object.entries(parsed);
    if (entries.length > 0 && entries.every(([, v]) => typeof v === 'number' && Number.isFinite(v))) {
      return { values: parsed as Record<string, number> };
    }
  }
  return { json: parsed };
}

/** Parses an optional JSON command payload; empty text means no payload. */
export function payloadFromText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') {
    return undefined;
  }
  try {
    return JSON.parse(trimmed);
  } catch (cause) {
    throw new ValidationError(
      `the payload is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`
    );
  }
}
