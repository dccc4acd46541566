/** Every option of createBrokerServer(), documented once, with the defaults in one place. */
import pino, { type Logger } from 'pino';
import { ValidationError } from '../../common/errors/errors';
import type { Authenticator } from './auth/Authenticator';
import type { BrokerMetrics } from './BrokerMetrics';
import type { Bus } from './bus/Bus';
import { defaultMemoryBusOptions } from './bus/MemoryBus';

export interface BrokerServerOptions {
  /** Structured logger; silent by default. */
  logger: Logger;
  /** Who may call; open mode (one "default" tenant, every permission) when absent. */
  auth: Authenticator | undefined;
  /** The bus; an in-memory bus built from the history options below when absent. */
  bus: Bus | undefined;
  /** Metrics to record into; a fresh set when absent. */
  metrics: BrokerMetrics | undefined;
  /** Messages retained per topic. */
  historyMaxMessages: number;
  /** How long a message is retained, in ms (0: no age limit). */
  historyMaxAgeMs: number;
  /** The most history messages one subscription replays. */
  maxReplay: number;
  /** The largest message (encoded Envelope) accepted, in bytes. */
  maxMessageBytes: number;
  /** The largest gRPC message received, in bytes; bounds telemetry batches. */
  maxReceiveBytes: number;
  /** The longest topic name or filter, in UTF-8 bytes. */
  maxTopicBytes: number;
  /** The most items in one telemetry batch. */
  maxBatchItems: number;
  /** Topics per tenant. */
  maxTopicsPerTenant: number;
  /** Devices remembered per tenant, connected or not. */
  maxDevicesPerTenant: number;
  /** Heartbeat interval given to devices that do not choose one, in ms. */
  heartbeatIntervalMs: number;
  /** Intervals without any message from a device before it is declared disconnected. */
  heartbeatMisses: number;
  /** How long a Command waits for the device when the call has no deadline, in ms. */
  commandTimeoutMs: number;
  /** Live messages queued per slow subscriber before the oldest are dropped. */
  subscriberQueueMessages: number;
  /** Encoded bytes queued per slow subscriber before the oldest are dropped. */
  subscriberQueueBytes: number;
  /** How long close() lets calls finish before cancelling them, in ms. */
  shutdownGraceMs: number;
  /** Reported by GetInfo. */
  version: string;
  /** The clock, injectable for tests. */
  now: () => number;
}

/** The defaults of every option; the history and size limits are the in-memory bus's own. */
export function defaultBrokerOptions(): BrokerServerOptions {
  const { historyMaxMessages, historyMaxAgeMs, maxReplay, maxMessageBytes, maxTopicsPerTenant } =
    defaultMemoryBusOptions();
  return {
    logger: pino({ level: 'silent' }),
    auth: undefined,
    bus: undefined,
    metrics: undefined,
    historyMaxMessages,
    historyMaxAgeMs,
    maxReplay,
    maxMessageBytes,
    maxReceiveBytes: 4 * 1024 * 1024,
    maxTopicBytes: 1024,
    maxBatchItems: 10_000,
    maxTopicsPerTenant,
    maxDevicesPerTenant: 100_000,
    heartbeatIntervalMs: 10_000,
    heartbeatMisses: 3,
    commandTimeoutMs: 10_000,
    subscriberQueueMessages: 10_000,
    subscriberQueueBytes: 8 * 1024 * 1024,
    shutdownGraceMs: 5_000,
    version: '0.0.0',
    now: Date.now,
  };
}

const POSITIVE: Array<keyof BrokerServerOptions> = [
  'maxReplay',
  'maxMessageBytes',
  'maxReceiveBytes',
  'maxTopicBytes',
  'maxBatchItems',
  'maxTopicsPerTenant',
  'maxDevicesPerTenant',
  'heartbeatIntervalMs',
  'heartbeatMisses',
  'commandTimeoutMs',
  'subscriberQueueMessages',
  'subscriberQueueBytes',
];

/** Merges the caller's options over the defaults and refuses contradictions. */
export function resolveBrokerOptions(options: Partial<BrokerServerOptions> = {}): BrokerServerOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved: BrokerServerOptions = { ...defaultBrokerOptions(), ...defined };
  for (const key of POSITIVE) {
    const value = resolved[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new ValidationError(`broker option ${key} must be a positive number, got ${String(value)}`);
    }
  }
  for (const key of ['historyMaxMessages', 'historyMaxAgeMs', 'shutdownGraceMs'] as const) {
    if (!Number.isFinite(resolved[key]) || resolved[key] < 0) {
      throw new ValidationError(`broker option ${key} must be zero or more, got ${String(resolved[key])}`);
    }
  }
  if (resolved.maxMessageBytes > resolved.maxReceiveBytes) {
    throw new ValidationError(
      `maxMessageBytes (${resolved.maxMessageBytes}) exceeds maxReceiveBytes (${resolved.maxReceiveBytes}): such a message could never arrive`
    );
  }
  return resolved;
}
