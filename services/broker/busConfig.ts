/** Which bus the broker runs on, from the environment (BROKER_BUS and the BROKER_NATS_* / BROKER_JETSTREAM_* variables). */
import { ValidationError } from '../../common/errors/errors';
import {
  defaultJetStreamBusOptions,
  type JetStreamBusOptions,
  type RetentionLimits,
} from './bus/jetstream/jetStreamOptions';

export type BusConfig = { kind: 'memory' } | { kind: 'jetstream'; options: Partial<JetStreamBusOptions> };

const RETENTION_ENV: ReadonlyArray<[string, keyof RetentionLimits]> = [
  ['BROKER_JETSTREAM_MAX_AGE_MS', 'maxAgeMs'],
  ['BROKER_JETSTREAM_MAX_MESSAGES', 'maxMessages'],
  ['BROKER_JETSTREAM_MAX_BYTES', 'maxBytes'],
];

/** Reads the bus settings; throws a ValidationError naming the bad variable. */
export function busConfigFromEnv(env: NodeJS.ProcessEnv): BusConfig {
  const kind = env.BROKER_BUS?.trim() || 'memory';
  if (kind === 'memory') {
    return { kind };
  }
  if (kind !== 'jetstream') {
    throw new ValidationError(`BROKER_BUS="${kind}" is unknown: use "memory" (the default) or "jetstream"`);
  }
  const defaults = defaultJetStreamBusOptions();
  const retention = { ...defaults.retention };
  for (const [name, key] of RETENTION_ENV) {
    const raw = env[name]?.trim();
    if (raw) {
      if (!/^\d+$/.test(raw)) {
        throw new ValidationError(`${name}="${raw}" is not a whole number (0: no limit)`);
      }
      retention[key] = Number(raw);
    }
  }
  const storage = env.BROKER_JETSTREAM_STORAGE?.trim() || 'file';
  if (storage !== 'file' && storage !== 'memory') {
    throw new ValidationError(`BROKER_JETSTREAM_STORAGE="${storage}" is unknown: use "file" (the default) or "memory"`);
  }
  const replicas = env.BROKER_JETSTREAM_REPLICAS?.trim();
  const window = env.BROKER_JETSTREAM_PUBLISH_WINDOW?.trim();
  if (window && !/^[1-9]\d*$/.test(window)) {
    throw new ValidationError(`BROKER_JETSTREAM_PUBLISH_WINDOW="${window}" must be a whole number ≥ 1`);
  }
  return {
    kind,
    options: {
      servers: (env.BROKER_NATS_URL?.trim() || defaults.servers.join(','))
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url.length > 0),
      subjectPrefix: env.BROKER_NATS_SUBJECT_PREFIX?.trim() || defaults.subjectPrefix,
      retention,
      tenantRetention: tenantLimits(env.BROKER_JETSTREAM_TENANT_LIMITS),
      storage,
      replicas: replicas ? Number(replicas) : defaults.replicas,
      maxPublishesInFlight: window ? Number(window) : defaults.maxPublishesInFlight,
    },
  };
}

/** BROKER_JETSTREAM_TENANT_LIMITS: JSON, e.g. {"acme": {"maxAgeMs": 604800000, "maxBytes": 10737418240}}. */
function tenantLimits(raw: string | undefined): Record<string, Partial<RetentionLimits>> {
  if (!raw?.trim()) {
    return {};
  }
  const hint =
    'BROKER_JETSTREAM_TENANT_LIMITS must be JSON like {"acme": {"maxAgeMs": 604800000, "maxMessages": 0, "maxBytes": 0}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ValidationError(`${hint}; it is not valid JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ValidationError(hint);
  }
  const limits: Record<string, Partial<RetentionLimits>> = {};
  for (const [tenant, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      throw new ValidationError(`${hint}; the entry of "${tenant}" is not an object`);
    }
    const entry: Partial<RetentionLimits> = {};
    for (const [key, limit] of Object.entries(value as Record<string, unknown>)) {
      if (key !== 'maxAgeMs' && key !== 'maxMessages' && key !== 'maxBytes') {
        throw new ValidationError(`${hint}; "${tenant}.${key}" is not a limit`);
      }
      if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 0) {
        throw new ValidationError(`${hint}; "${tenant}.${key}" must be a whole number ≥ 0`);
      }
      entry[key] = limit;
    }
    limits[tenant] = entry;
  }
  return limits;
}
