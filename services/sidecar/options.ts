/**
 * Every tunable of the sidecar in one place: the options interface, its defaults and the one
 * function that merges and checks them. Environment variables are mapped onto these in env.ts.
 */
import { DEFAULT_COMMAND_TIMEOUT_MS, MAX_COMMAND_TIMEOUT_MS } from '../../common/api/proxyLimits';
import { MAX_HISTORY_MESSAGES } from '../../common/api/streamLimits';
import type { BackoffOptions } from '../../common/backoff/backoff';
import { ConfigError } from '../../common/errors/ConfigError';
import { ValidationError } from '../../common/errors/errors';
import { parseListenAddress } from '../shared/config/listenAddress';
import { MIN_KEY_LENGTH, type AuthEntry } from './auth/authFile';

export interface SidecarLimits {
  /** How long envelopes are gathered before a batch is sent, in ms. */
  batchWindowMs: number;
  /** A batch is sent as soon as it holds this many envelopes. */
  batchMaxCount: number;
  /** A batch is sent as soon as its envelopes add up to this many bytes. */
  batchMaxBytes: number;
  /** Bytes a client may have queued (ours plus the socket's) before its oldest batches are dropped. */
  clientQueueBytes: number;
  /** A queued batch older than this (ms) is dropped rather than sent late. */
  clientQueueAgeMs: number;
  /** Batches are handed to the socket only while its buffered amount is below this many bytes. */
  socketHighWaterBytes: number;
  /** How long a shared upstream stays open after its last client left, in ms. */
  lingerMs: number;
  /** Subscriptions one WebSocket connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** The largest WebSocket frame a client may send, in bytes. */
  maxClientFrameBytes: number;
  /** Client frames per second per connection (sustained). */
  clientFrameRatePerSecond: number;
  /** Client frames a connection may send in a burst above the sustained rate. */
  clientFrameBurst: number;
  /** The largest HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** History messages replayed per subscription when the client asks for none or for more. */
  maxHistory: number;
  /** The largest max_rate_hz a client may ask for. */
  maxRateHz: number;
  /** The longest filter a client may subscribe to, in bytes. */
  maxFilterBytes: number;
}

export interface SidecarTimeouts {
  /** Deadline of unary broker calls (health, discovery, publish), in ms. */
  brokerCallMs: number;
  /** Deadline of a history fetch for one subscription, in ms. */
  historyMs: number;
  /** How long to wait for the broker connection before a Subscribe attempt counts as failed, in ms. */
  connectMs: number;
  /** Longest wait for a device's command result a client may ask for, in ms. */
  maxCommandMs: number;
  /** Command wait when the client gives none, in ms. */
  defaultCommandMs: number;
  /** How long close() waits for sockets to close before destroying them, in ms. */
  shutdownMs: number;
}

export interface SidecarOptions {
  /** host:port to listen on; port 0 picks a free port. */
  listen: string;
  /** host:port of the Prometheus /metrics listener, apart from `listen`; "off" disables it. */
  metricsListen: string;
  /** The broker's gRPC address, host:port. */
  brokerTarget: string;
  /** The token the sidecar presents to the broker when an API key has none of its own. */
  brokerToken?: string;
  /** One key with every right (SIDECAR_API_KEY). */
  apiKey?: string;
  /** Keys by value with their tenant, rights and optional broker token (SIDECAR_AUTH_FILE). */
  authEntries?: Record<string, AuthEntry>;
  /**
   * Accept requests without a key: one tenant, every right. Only for local development, and only
   * when no key source (apiKey, authEntries) is configured: resolveOptions() turns it off otherwise.
   */
  insecure: boolean;
  /** The tenant name used in insecure mode and for SIDECAR_API_KEY. */
  defaultTenant: string;
  limits: SidecarLimits;
  timeouts: SidecarTimeouts;
  /** Reconnect backoff of upstream broker streams. */
  backoff: BackoffOptions;
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  logLevel: string;
  /** Reported in /api/health. */
  version: string;
}

/** Options as callers give them: everything optional, nested groups partial. */
export type SidecarOptionsInput = Partial<Omit<SidecarOptions, 'limits' | 'timeouts' | 'backoff'>> & {
  limits?: Partial<SidecarLimits>;
  timeouts?: Partial<SidecarTimeouts>;
  backoff?: Partial<BackoffOptions>;
};

/** The defaults of every option; docs/sidecar.md lists the same values. */
export function defaultOptions(): SidecarOptions {
  return {
    listen: '127.0.0.1:8080',
    metricsListen: '127.0.0.1:9465',
    brokerTarget: '127.0.0.1:50051',
    insecure: false,
    defaultTenant: 'default',
    limits: {
      batchWindowMs: 5,
      batchMaxCount: 500,
      batchMaxBytes: 256 * 1024,
      clientQueueBytes: 4 * 1024 * 1024,
      clientQueueAgeMs: 5_000,
      socketHighWaterBytes: 256 * 1024,
      lingerMs: 5_000,
      maxSubscriptionsPerConnection: 100,
      maxClientFrameBytes: 64 * 1024,
      clientFrameRatePerSecond: 50,
      clientFrameBurst: 200,
      maxBodyBytes: 256 * 1024,
      maxHistory: MAX_HISTORY_MESSAGES,
      maxRateHz: 1_000,
      maxFilterBytes: 1_024,
    },
    timeouts: {
      brokerCallMs: 5_000,
      historyMs: 30_000,
      connectMs: 5_000,
      maxCommandMs: MAX_COMMAND_TIMEOUT_MS,
      defaultCommandMs: DEFAULT_COMMAND_TIMEOUT_MS,
      shutdownMs: 5_000,
    },
    backoff: { initialMs: 250, maxMs: 10_000, factor: 2 },
    logLevel: 'info',
    version: '0.1.0',
  };
}

function checkPositive(group: string, values: object, allowZero: string[] = []): void {
  for (const [name, value] of Object.entries(values)) {
    const min = allowZero.includes(name) ? 0 : 1;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
      throw new ValidationError(`option ${group}.${name} must be a number >= ${min}, got ${String(value)}`);
    }
  }
}

/** Merges caller options over the defaults and refuses impossible combinations. */
export function resolveOptions(input: SidecarOptionsInput = {}): SidecarOptions {
  const defaults = defaultOptions();
  const options: SidecarOptions = {
    ...defaults,
    ...input,
    limits: { ...defaults.limits, ...input.limits },
    timeouts: { ...defaults.timeouts, ...input.timeouts },
    backoff: { ...defaults.backoff, ...input.backoff },
  };
  parseListenAddress(options.listen, 'SIDECAR_LISTEN');
  if (options.metricsListen !== 'off') {
    parseListenAddress(options.metricsListen, 'SIDECAR_METRICS_LISTEN');
  }
  checkPositive('limits', options.limits, ['batchWindowMs', 'lingerMs']);
  checkPositive('timeouts', options.timeouts);
  checkPositive('backoff', options.backoff);
  const hasKeys = Boolean(options.apiKey) || Object.keys(options.authEntries ?? {}).length > 0;
  if (hasKeys) {
    // With keys configured an unknown key must be refused, so insecure mode cannot apply.
    options.insecure = false;
  }
  if (options.apiKey !== undefined && options.apiKey.length < MIN_KEY_LENGTH) {
    throw new ConfigError('SIDECAR_API_KEY', `a key of at least ${MIN_KEY_LENGTH} characters`, {
      problem: `is shorter than ${MIN_KEY_LENGTH} characters: use a long random key, e.g. $(openssl rand -hex 16)`,
    });
  }
  if (!hasKeys && !options.insecure) {
    throw new ConfigError('SIDECAR_API_KEY', 'set, or SIDECAR_AUTH_FILE, or SIDECAR_INSECURE=1', {
      problem:
        'and SIDECAR_AUTH_FILE are unset, so no API key is configured: set one of them, or SIDECAR_INSECURE=1 to accept every request (local development only)',
    });
  }
  if (options.limits.socketHighWaterBytes > options.limits.clientQueueBytes) {
    throw new ValidationError('limits.socketHighWaterBytes must not exceed limits.clientQueueBytes');
  }
  if (options.timeouts.defaultCommandMs > options.timeouts.maxCommandMs) {
    throw new ValidationError('timeouts.defaultCommandMs must not exceed timeouts.maxCommandMs');
  }
  return options;
}
