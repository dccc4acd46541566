import type { CommandBody, PublishBody } from '../../common/api/sidecarApi';
import { ValidationError } from '../../common/errors/errors';
import { validateTopicName } from '../../common/topics/topicFilter';
import { DEFAULT_COMMAND_TIMEOUT_MS, MAX_COMMAND_TIMEOUT_MS } from '../../common/api/proxyLimits';

export { DEFAULT_COMMAND_TIMEOUT_MS, MAX_COMMAND_TIMEOUT_MS };

/** Checks a publish body before it leaves the browser; returns it unchanged. */
export function validatePublishBody(body: PublishBody): PublishBody {
  validateTopicName(body.topic);
  const kinds = [body.values !== undefined, body.json !== undefined, body.rawBase64 !== undefined].filter(
    Boolean
  ).length;
  if (kinds !== 1) {
    throw new ValidationError('a message needs exactly one of: values (numbers by name), json, or rawBase64');
  }
  if (body.values !== undefined) {
    if (typeof body.values !== 'object' || body.values === null || Array.isArray(body.values)) {
      throw new ValidationError('values must be an object of numbers, e.g. {"temperature": 21.5}');
    }
    for (const [name, value] of Object.entries(body.values)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ValidationError(`value "${name}" must be a finite number, got ${JSON.stringify(value)}`);
      }
    }
  }
  if (body.eventTimeMs !== undefined && !Number.isFinite(body.eventTimeMs)) {
    throw new ValidationError('eventTimeMs must be epoch milliseconds');
  }
  return body;
}

/** Checks a command body before it leaves the browser; returns it unchanged. */
export function validateCommandBody(body: CommandBody): CommandBody {
  if (typeof body.deviceId !== 'string' || body.deviceId.trim() === '') {
    throw new ValidationError('choose the device to send the command to');
  }
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    throw new ValidationError('give the command a name, e.g. "reboot"');
  }
  if (body.timeoutMs !== undefined && !(body.timeoutMs > 0 && body.timeoutMs <= MAX_COMMAND_TIMEOUT_MS)) {
    throw new ValidationError(
      `timeoutMs must be between 1 and ${MAX_COMMAND_TIMEOUT_MS}: Grafana's data source proxy ends longer requests`
    );
  }
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
