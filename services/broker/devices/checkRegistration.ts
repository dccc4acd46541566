/** The checks a device's Register message must pass, and the heartbeat interval it is granted. */
import { ValidationError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { compileTopicFilter, validateTopicFilter, type TopicMatcher } from '../../../common/topics/topicFilter';

const MAX_DEVICE_ID_LENGTH = 256;
const MAX_DECLARED_TOPICS = 256;
/** Bounds of the metadata a device declares: it is kept (and listed) for as long as the device is remembered. */
const MAX_METADATA_ENTRIES = 64;
const MAX_METADATA_KEY_BYTES = 128;
const MAX_METADATA_VALUE_BYTES = 1_024;
const MAX_METADATA_BYTES = 8 * 1_024;
const MIN_HEARTBEAT_MS = 50;
const MAX_HEARTBEAT_MS = 3_600_000;

/** A registration that passed every check. */
export interface CheckedRegistration {
  deviceId: string;
  /** The declared topic filters, as given. */
  topics: string[];
  /** The same, compiled: a published topic must match one of them. */
  allowed: TopicMatcher[];
  /** The heartbeat interval granted: the requested one within bounds, else the broker's default. */
  heartbeatIntervalMs: number;
}

/** Checks a Register message; throws a ValidationError that names the bound it breaks. */
export function checkRegistration(
  register: iot.broker.v1.IRegister,
  limits: { maxTopicBytes: number; heartbeatIntervalMs: number }
): CheckedRegistration {
  const deviceId = register.deviceId ?? '';
  if (deviceId.length === 0 || deviceId.length > MAX_DEVICE_ID_LENGTH || /[\u0000-\u001f/+#]/.test(deviceId)) {
    throw new ValidationError(
      `the device id "${deviceId.slice(0, 80)}" is invalid: use 1 to ${MAX_DEVICE_ID_LENGTH} printable characters without "/", "+" or "#"`
    );
  }
  checkMetadata(register.metadata ?? {});
  const topics = register.topics ?? [];
  if (topics.length > MAX_DECLARED_TOPICS) {
    throw new ValidationError(
      `the device declares ${topics.length} topics; the limit is ${MAX_DECLARED_TOPICS}: use wildcard filters`
    );
  }
  const allowed = topics.map((topic) => compileTopicFilter(validateTopicFilter(topic, limits.maxTopicBytes)));
  const requested = register.heartbeatIntervalMs ?? 0;
  const heartbeatIntervalMs =
    requested > 0 ? Math.min(MAX_HEARTBEAT_MS, Math.max(MIN_HEARTBEAT_MS, requested)) : limits.heartbeatIntervalMs;
  return { deviceId, topics, allowed, heartbeatIntervalMs };
}

/** Refuses metadata beyond the bounds, saying which bound. */
function checkMetadata(metadata: { [key: string]: string }): void {
  const entries = Object.entries(metadata);
  if (entries.length > MAX_METADATA_ENTRIES) {
    throw new ValidationError(
      `the device declares ${entries.length} metadata entries; the limit is ${MAX_METADATA_ENTRIES}`
    );
  }
  let total = 0;
  for (const [key, value] of entries) {
    const keyBytes = Buffer.byteLength(key);
    const valueBytes = Buffer.byteLength(value);
    if (keyBytes > MAX_METADATA_KEY_BYTES || valueBytes > MAX_METADATA_VALUE_BYTES) {
      throw new ValidationError(
        `metadata "${key.slice(0, 40)}" is too large: keys up to ${MAX_METADATA_KEY_BYTES} bytes, values up to ${MAX_METADATA_VALUE_BYTES} bytes`
      );
    }
    total += keyBytes + valueBytes;
  }
  if (total > MAX_METADATA_BYTES) {
    throw new ValidationError(`the device's metadata is ${total} bytes; the limit is ${MAX_METADATA_BYTES} bytes`);
  }
}
