/** Which bus the broker runs on, from the environment (BROKER_BUS and the BROKER_NATS_* / BROKER_JETSTREAM_* variables). */
import { z } from 'zod';
import { parseSettings } from '../shared/config/parseSettings';
import { Refusal, setting } from '../shared/config/setting';
import { envDuration, envEnum, envList, envNumber, envText } from '../shared/config/settings';
import {
  defaultJetStreamBusOptions,
  type JetStreamBusOptions,
  type RetentionLimits,
} from './bus/jetstream/jetStreamOptions';

export type BusConfig = { kind: 'memory' } | { kind: 'jetstream'; options: Partial<JetStreamBusOptions> };

const defaults = defaultJetStreamBusOptions();

/** BROKER_BUS, read first: the JetStream variables count only when it says "jetstream". */
export const busKindEnvSchema = z.object({
  BROKER_BUS: envEnum(['memory', 'jetstream'], { default: 'memory', description: 'the bus: memory or jetstream' }),
});

/** The JetStream bus's variables. */
export const jetStreamEnvSchema = z.object({
  BROKER_NATS_URL: envList({ default: defaults.servers, description: 'NATS servers, comma-separated' }),
  BROKER_NATS_SUBJECT_PREFIX: envText({
    default: defaults.subjectPrefix,
    description: 'first subject token and stream-name prefix',
  }),
  BROKER_JETSTREAM_MAX_AGE_MS: envDuration({
    default: defaults.retention.maxAgeMs,
    description: "how long a tenant's messages are kept (0: no limit)",
  }),
  BROKER_JETSTREAM_MAX_MESSAGES: envNumber({
    default: defaults.retention.maxMessages,
    description: 'messages kept per tenant (0: no limit)',
  }),
  BROKER_JETSTREAM_MAX_BYTES: envNumber({
    default: defaults.retention.maxBytes,
    description: 'bytes kept per tenant (0: no limit)',
  }),
  BROKER_JETSTREAM_TENANT_LIMITS: setting({
    description: 'per-tenant retention overrides, JSON',
    allowed: 'JSON like {"acme": {"maxAgeMs": 604800000, "maxMessages": 0, "maxBytes": 0}}',
    fallback: {},
    docDefault: null,
    parse: tenantLimits,
  }),
  BROKER_JETSTREAM_STORAGE: envEnum(['file', 'memory'], {
    default: defaults.storage,
    description: 'file (survives a NATS restart) or memory',
  }),
  BROKER_JETSTREAM_REPLICAS: envNumber({ default: defaults.replicas, min: 1, max: 5, description: 'stream replicas' }),
  BROKER_JETSTREAM_PUBLISH_WINDOW: envNumber({
    default: defaults.maxPublishesInFlight,
    min: 1,
    description: 'publishes awaiting their JetStream acknowledgement at once',
  }),
});

/** Reads the bus settings; throws a ConfigError naming the bad variable. */
export function busConfigFromEnv(env: NodeJS.ProcessEnv): BusConfig {
  const { BROKER_BUS: kind } = parseSettings(busKindEnvSchema, env);
  if (kind === 'memory') {
    return { kind };
  }
  const vars = parseSettings(jetStreamEnvSchema, env);
  return {
    kind,
    options: {
      servers: vars.BROKER_NATS_URL,
      subjectPrefix: vars.BROKER_NATS_SUBJECT_PREFIX,
      retention: {
        maxAgeMs: vars.BROKER_JETSTREAM_MAX_AGE_MS,
        maxMessages: vars.BROKER_JETSTREAM_MAX_MESSAGES,
        maxBytes: vars.BROKER_JETSTREAM_MAX_BYTES,
      },
      tenantRetention: vars.BROKER_JETSTREAM_TENANT_LIMITS,
      storage: vars.BROKER_JETSTREAM_STORAGE,
      replicas: vars.BROKER_JETSTREAM_REPLICAS,
      maxPublishesInFlight: vars.BROKER_JETSTREAM_PUBLISH_WINDOW,
    },
  };
}

/** BROKER_JETSTREAM_TENANT_LIMITS: JSON, e.g. {"acme": {"maxAgeMs": 604800000, "maxBytes": 10737418240}}. */
function tenantLimits(raw: string): Record<string, Partial<RetentionLimits>> {
  const hint = 'must be JSON like {"acme": {"maxAgeMs": 604800000, "maxMessages": 0, "maxBytes": 0}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Refusal(`${hint}; it is not valid JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Refusal(hint);
  }
  const limits: Record<string, Partial<RetentionLimits>> = {};
  for (const [tenant, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      throw new Refusal(`${hint}; the entry of "${tenant}" is not an object`);
    }
    const entry: Partial<RetentionLimits> = {};
    for (const [key, limit] of Object.entries(value as Record<string, unknown>)) {
      if (key !== 'maxAgeMs' && key !== 'maxMessages' && key !== 'maxBytes') {
        throw new Refusal(`${hint}; "${tenant}.${key}" is not a limit`);
      }
      if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 0) {
        throw new Refusal(`${hint}; "${tenant}.${key}" must be a whole number ≥ 0`);
      }
      entry[key] = limit;
    }
    limits[tenant] = entry;
  }
  return limits;
}
