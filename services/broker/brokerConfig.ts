/** The broker's environment variables, parsed and checked in one place; main.ts is the only caller. */
import { ValidationError } from '../../common/errors/errors';
import { defaultBrokerOptions, type BrokerServerOptions } from './brokerOptions';

/** Settings main.ts needs beyond the server options. */
export interface BrokerConfig {
  listen: string;
  /** host:port for /metrics, or undefined when disabled ("off"). */
  metricsListen: string | undefined;
  authFile: string | undefined;
  logLevel: string;
  server: Partial<BrokerServerOptions>;
}

/** Each numeric variable and the option it sets. */
export const NUMERIC_ENV: ReadonlyArray<[string, keyof BrokerServerOptions]> = [
  ['BROKER_HISTORY_MAX_MESSAGES', 'historyMaxMessages'],
  ['BROKER_HISTORY_MAX_AGE_MS', 'historyMaxAgeMs'],
  ['BROKER_MAX_REPLAY', 'maxReplay'],
  ['BROKER_MAX_MESSAGE_BYTES', 'maxMessageBytes'],
  ['BROKER_MAX_RECEIVE_BYTES', 'maxReceiveBytes'],
  ['BROKER_MAX_TOPIC_BYTES', 'maxTopicBytes'],
  ['BROKER_MAX_BATCH_ITEMS', 'maxBatchItems'],
  ['BROKER_MAX_TOPICS', 'maxTopicsPerTenant'],
  ['BROKER_MAX_DEVICES', 'maxDevicesPerTenant'],
  ['BROKER_HEARTBEAT_INTERVAL_MS', 'heartbeatIntervalMs'],
  ['BROKER_HEARTBEAT_MISSES', 'heartbeatMisses'],
  ['BROKER_COMMAND_TIMEOUT_MS', 'commandTimeoutMs'],
  ['BROKER_SUBSCRIBER_QUEUE', 'subscriberQueueMessages'],
  ['BROKER_SHUTDOWN_GRACE_MS', 'shutdownGraceMs'],
];

function integer(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (!/^\d+$/.test(raw)) {
    throw new ValidationError(`${name}="${raw}" is not a whole number of the unit its name says (e.g. ${name}=1000)`);
  }
  return Number(raw);
}

/** Reads the broker's settings from `env`; throws a ValidationError naming the bad variable. */
export function brokerConfigFromEnv(env: NodeJS.ProcessEnv): BrokerConfig {
  const server: Partial<BrokerServerOptions> = {};
  const defaults = defaultBrokerOptions();
  for (const [name, key] of NUMERIC_ENV) {
    const value = integer(env, name);
    (server as Record<string, number>)[key] = value ?? (defaults[key] as number);
  }
  const metricsListen = env.BROKER_METRICS_LISTEN?.trim();
  return {
    listen: env.BROKER_LISTEN?.trim() || '127.0.0.1:50051',
    metricsListen: metricsListen === 'off' ? undefined : metricsListen || '127.0.0.1:9464',
    authFile: env.BROKER_AUTH_FILE?.trim() || undefined,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    server,
  };
}
