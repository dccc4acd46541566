/** Options of the JetStream bus: one home for its defaults and checks. */
import { ValidationError } from '../../../../common/errors/errors';

/** How much of a tenant's history JetStream keeps; the oldest messages go first. 0: no limit. */
export interface RetentionLimits {
  /** How long a message is kept, in ms. */
  maxAgeMs: number;
  /** Messages kept per tenant. */
  maxMessages: number;
  /** Bytes kept per tenant. */
  maxBytes: number;
}

export interface JetStreamBusOptions {
  /** NATS server URLs (comma-separated in BROKER_NATS_URL). */
  servers: string[];
  /** The first subject token of every topic subject, and the prefix of stream names. */
  subjectPrefix: string;
  /** Retention of every tenant's stream. */
  retention: RetentionLimits;
  /** Per-tenant overrides of `retention`. */
  tenantRetention: Record<string, Partial<RetentionLimits>>;
  /** Stream replicas (1 on a single server; 3 on a cluster for durability across server losses). */
  replicas: number;
  /** Where streams keep messages: on disk (survives a server restart) or in memory. */
  storage: 'file' | 'memory';
  /** The most history messages one subscription replays. */
  maxReplay: number;
  /** The largest encoded Envelope accepted, in bytes (NATS's max_payload must be at least this). */
  maxMessageBytes: number;
  /** How long a publish waits for JetStream's acknowledgement. */
  publishTimeoutMs: number;
  /** Publishes awaiting JetStream's acknowledgement at once; more wait their turn in order. */
  maxPublishesInFlight: number;
  /** The NATS connection name, shown by the server's monitoring. */
  connectionName: string;
  /** The clock, injectable for tests. */
  now: () => number;
}

/** Defaults of the JetStream bus. */
export function defaultJetStreamBusOptions(): JetStreamBusOptions {
  return {
    servers: ['nats://127.0.0.1:4222'],
    subjectPrefix: 'iot',
    retention: { maxAgeMs: 24 * 3_600_000, maxMessages: 10_000_000, maxBytes: 1024 * 1024 * 1024 },
    tenantRetention: {},
    replicas: 1,
    storage: 'file',
    maxReplay: 10_000,
    maxMessageBytes: 1024 * 1024,
    publishTimeoutMs: 5_000,
    maxPublishesInFlight: 64,
    connectionName: 'iotlive-broker',
    now: Date.now,
  };
}

/** Merges `options` over the defaults and refuses values JetStream would not take. */
export function resolveJetStreamBusOptions(options: Partial<JetStreamBusOptions>): JetStreamBusOptions {
  const resolved = { ...defaultJetStreamBusOptions(), ...options };
  if (resolved.servers.length === 0) {
    throw new ValidationError('the JetStream bus needs at least one NATS server URL (BROKER_NATS_URL)');
  }
  for (const [name, limits] of [
    ['default', resolved.retention],
    ...Object.entries(resolved.tenantRetention),
  ] as const) {
    for (const [key, value] of Object.entries(limits)) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new ValidationError(
          `the ${name} retention limit ${key}=${String(value)} must be a whole number ≥ 0 (0: no limit)`
        );
      }
    }
  }
  if (!Number.isSafeInteger(resolved.replicas) || resolved.replicas < 1 || resolved.replicas > 5) {
    throw new ValidationError(`stream replicas must be 1 to 5, not ${resolved.replicas}`);
  }
  return resolved;
}

/** A tenant's retention: the defaults with its overrides. */
export function retentionOf(options: JetStreamBusOptions, tenant: string): RetentionLimits {
  return { ...options.retention, ...options.tenantRetention[tenant] };
}
