/**
 * The sidecar's environment variables: one schema whose defaults are defaultOptions()'s. Pure:
 * main.ts passes process.env and a file reader, tests pass their own. docs/sidecar.md lists every
 * variable with its default (checked by services/shared/config/documentedSettings.test.ts).
 */
import { z } from 'zod';
import { ValidationError } from '../../common/errors/errors';
import { LOG_LEVEL_SETTING } from '../shared/config/logLevel';
import { parseSettings, requireAtMost } from '../shared/config/parseSettings';
import { envBool, envDuration, envListen, envNumber, envText } from '../shared/config/settings';
import { parseAuthFile } from './auth/authFile';
import { defaultOptions, type SidecarOptionsInput } from './options';

type Env = Record<string, string | undefined>;

const { limits, timeouts, ...defaults } = defaultOptions();

/** Every variable of the sidecar. */
export const sidecarEnvSchema = z.object({
  SIDECAR_LISTEN: envListen({ default: defaults.listen, description: 'HTTP and WebSocket listen address' }),
  SIDECAR_METRICS_LISTEN: envListen({
    default: defaults.metricsListen,
    allowOff: true,
    description: 'address of /metrics and /healthz; off disables it',
  }),
  BROKER_TARGET: envText({ default: defaults.brokerTarget, description: "the broker's gRPC address" }),
  SIDECAR_BROKER_TOKEN: envText({ description: "the sidecar's broker token" }),
  SIDECAR_API_KEY: envText({ description: 'one key with every right' }),
  SIDECAR_AUTH_FILE: envText({ description: 'path of the keys file' }),
  SIDECAR_INSECURE: envBool({ default: defaults.insecure, description: 'accept requests without a key' }),
  SIDECAR_TENANT: envText({
    default: defaults.defaultTenant,
    description: 'tenant of SIDECAR_API_KEY and insecure mode',
  }),
  SIDECAR_BATCH_WINDOW_MS: envDuration({ default: limits.batchWindowMs, description: 'batch gathering time, ms' }),
  SIDECAR_BATCH_MAX_COUNT: envNumber({ default: limits.batchMaxCount, min: 1, description: 'envelopes per batch' }),
  SIDECAR_BATCH_MAX_BYTES: envNumber({ default: limits.batchMaxBytes, min: 1, description: 'bytes per batch' }),
  SIDECAR_CLIENT_QUEUE_BYTES: envNumber({
    default: limits.clientQueueBytes,
    min: 1,
    description: 'bytes queued per client before the oldest batches are dropped',
  }),
  SIDECAR_CLIENT_QUEUE_AGE_MS: envDuration({
    default: limits.clientQueueAgeMs,
    min: 1,
    description: 'age after which a queued batch is dropped, ms',
  }),
  SIDECAR_SOCKET_HIGH_WATER_BYTES: envNumber({
    default: limits.socketHighWaterBytes,
    min: 1,
    description: 'socket buffer level below which batches are sent',
  }),
  SIDECAR_LINGER_MS: envDuration({
    default: limits.lingerMs,
    description: 'how long a shared broker stream outlives its last client, ms',
  }),
  SIDECAR_MAX_SUBSCRIPTIONS: envNumber({
    default: limits.maxSubscriptionsPerConnection,
    min: 1,
    description: 'subscriptions per WebSocket connection',
  }),
  SIDECAR_MAX_FRAME_BYTES: envNumber({
    default: limits.maxClientFrameBytes,
    min: 1,
    description: 'largest client frame',
  }),
  SIDECAR_FRAME_RATE: envNumber({
    default: limits.clientFrameRatePerSecond,
    whole: false,
    min: 1,
    description: 'client frames per second per connection',
  }),
  SIDECAR_FRAME_BURST: envNumber({ default: limits.clientFrameBurst, min: 1, description: 'client frames in a burst' }),
  SIDECAR_MAX_BODY_BYTES: envNumber({ default: limits.maxBodyBytes, min: 1, description: 'largest HTTP request body' }),
  SIDECAR_MAX_HISTORY: envNumber({
    default: limits.maxHistory,
    min: 1,
    description: 'most history messages replayed per subscription',
  }),
  SIDECAR_MAX_RATE_HZ: envNumber({
    default: limits.maxRateHz,
    whole: false,
    min: 1,
    description: 'largest max_rate_hz a client may ask for',
  }),
  SIDECAR_BROKER_TIMEOUT_MS: envDuration({
    default: timeouts.brokerCallMs,
    min: 1,
    description: 'deadline of unary broker calls, ms',
  }),
  SIDECAR_HISTORY_TIMEOUT_MS: envDuration({
    default: timeouts.historyMs,
    min: 1,
    description: 'deadline of one history fetch, ms',
  }),
  SIDECAR_SHUTDOWN_TIMEOUT_MS: envDuration({
    default: timeouts.shutdownMs,
    min: 1,
    description: 'how long shutdown waits for sockets to close, ms',
  }),
  LOG_LEVEL: LOG_LEVEL_SETTING,
});

/** Sidecar options from the environment; `readFile` reads SIDECAR_AUTH_FILE. Throws a ConfigError naming the variable. */
export function optionsFromEnv(env: Env, readFile: (path: string) => string): SidecarOptionsInput {
  const vars = parseSettings(sidecarEnvSchema, env);
  requireAtMost(vars, 'SIDECAR_SOCKET_HIGH_WATER_BYTES', 'SIDECAR_CLIENT_QUEUE_BYTES');
  let authEntries: SidecarOptionsInput['authEntries'];
  const authFile = vars.SIDECAR_AUTH_FILE;
  if (authFile) {
    let text: string;
    try {
      text = readFile(authFile);
    } catch (err) {
      throw new ValidationError(`cannot read SIDECAR_AUTH_FILE ${authFile}: ${(err as Error).message}`, { cause: err });
    }
    authEntries = parseAuthFile(text);
  }
  const input: SidecarOptionsInput = {
    listen: vars.SIDECAR_LISTEN,
    metricsListen: vars.SIDECAR_METRICS_LISTEN,
    brokerTarget: vars.BROKER_TARGET,
    brokerToken: vars.SIDECAR_BROKER_TOKEN,
    apiKey: vars.SIDECAR_API_KEY,
    authEntries,
    insecure: vars.SIDECAR_INSECURE,
    defaultTenant: vars.SIDECAR_TENANT,
    logLevel: vars.LOG_LEVEL,
    limits: {
      batchWindowMs: vars.SIDECAR_BATCH_WINDOW_MS,
      batchMaxCount: vars.SIDECAR_BATCH_MAX_COUNT,
      batchMaxBytes: vars.SIDECAR_BATCH_MAX_BYTES,
      clientQueueBytes: vars.SIDECAR_CLIENT_QUEUE_BYTES,
      clientQueueAgeMs: vars.SIDECAR_CLIENT_QUEUE_AGE_MS,
      socketHighWaterBytes: vars.SIDECAR_SOCKET_HIGH_WATER_BYTES,
      lingerMs: vars.SIDECAR_LINGER_MS,
      maxSubscriptionsPerConnection: vars.SIDECAR_MAX_SUBSCRIPTIONS,
      maxClientFrameBytes: vars.SIDECAR_MAX_FRAME_BYTES,
      clientFrameRatePerSecond: vars.SIDECAR_FRAME_RATE,
      clientFrameBurst: vars.SIDECAR_FRAME_BURST,
      maxBodyBytes: vars.SIDECAR_MAX_BODY_BYTES,
      maxHistory: vars.SIDECAR_MAX_HISTORY,
      maxRateHz: vars.SIDECAR_MAX_RATE_HZ,
    },
    timeouts: {
      brokerCallMs: vars.SIDECAR_BROKER_TIMEOUT_MS,
      historyMs: vars.SIDECAR_HISTORY_TIMEOUT_MS,
      shutdownMs: vars.SIDECAR_SHUTDOWN_TIMEOUT_MS,
    },
  };
  // Unset secrets must not appear as keys with undefined values.
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as SidecarOptionsInput;
}
