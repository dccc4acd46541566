/**
 * Maps environment variables onto sidecar options. Pure: main.ts passes process.env and a file
 * reader, tests pass their own. docs/sidecar.md lists every variable with its default.
 */
import { ValidationError } from '../../common/errors/errors';
import { parseAuthFile } from './auth/authFile';
import type { SidecarLimits, SidecarOptionsInput, SidecarTimeouts } from './options';

type Env = Record<string, string | undefined>;

/** Numeric limits by variable name. */
const LIMIT_VARS: Record<string, keyof SidecarLimits> = {
  SIDECAR_BATCH_WINDOW_MS: 'batchWindowMs',
  SIDECAR_BATCH_MAX_COUNT: 'batchMaxCount',
  SIDECAR_BATCH_MAX_BYTES: 'batchMaxBytes',
  SIDECAR_CLIENT_QUEUE_BYTES: 'clientQueueBytes',
  SIDECAR_CLIENT_QUEUE_AGE_MS: 'clientQueueAgeMs',
  SIDECAR_SOCKET_HIGH_WATER_BYTES: 'socketHighWaterBytes',
  SIDECAR_LINGER_MS: 'lingerMs',
  SIDECAR_MAX_SUBSCRIPTIONS: 'maxSubscriptionsPerConnection',
  SIDECAR_MAX_FRAME_BYTES: 'maxClientFrameBytes',
  SIDECAR_FRAME_RATE: 'clientFrameRatePerSecond',
  SIDECAR_FRAME_BURST: 'clientFrameBurst',
  SIDECAR_MAX_BODY_BYTES: 'maxBodyBytes',
  SIDECAR_MAX_HISTORY: 'maxHistory',
  SIDECAR_MAX_RATE_HZ: 'maxRateHz',
};

const TIMEOUT_VARS: Record<string, keyof SidecarTimeouts> = {
  SIDECAR_BROKER_TIMEOUT_MS: 'brokerCallMs',
  SIDECAR_HISTORY_TIMEOUT_MS: 'historyMs',
  SIDECAR_SHUTDOWN_TIMEOUT_MS: 'shutdownMs',
};

function number(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new ValidationError(`${name}="${raw}" is not a non-negative number`);
  }
  return value;
}

/** Sidecar options from the environment; `readFile` reads SIDECAR_AUTH_FILE. */
export function optionsFromEnv(env: Env, readFile: (path: string) => string): SidecarOptionsInput {
  const limits: Partial<SidecarLimits> = {};
  for (const [name, key] of Object.entries(LIMIT_VARS)) {
    const value = number(env, name);
    if (value !== undefined) {
      limits[key] = value;
    }
  }
  const timeouts: Partial<SidecarTimeouts> = {};
  for (const [name, key] of Object.entries(TIMEOUT_VARS)) {
    const value = number(env, name);
    if (value !== undefined) {
      timeouts[key] = value;
    }
  }
  let authEntries: SidecarOptionsInput['authEntries'];
  const authFile = env.SIDECAR_AUTH_FILE;
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
    listen: env.SIDECAR_LISTEN || undefined,
    metricsListen: env.SIDECAR_METRICS_LISTEN?.trim() || undefined,
    brokerTarget: env.BROKER_TARGET || undefined,
    brokerToken: env.SIDECAR_BROKER_TOKEN || undefined,
    apiKey: env.SIDECAR_API_KEY || undefined,
    authEntries,
    insecure: env.SIDECAR_INSECURE === '1' || env.SIDECAR_INSECURE === 'true',
    defaultTenant: env.SIDECAR_TENANT || undefined,
    logLevel: env.LOG_LEVEL || undefined,
    limits,
    timeouts,
  };
  // Unset variables must not override the defaults with undefined.
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as SidecarOptionsInput;
}
