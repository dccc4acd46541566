/** The broker's environment variables: one schema, its defaults taken from defaultBrokerOptions(); main.ts is the only caller. */
import { z } from 'zod';
import { envListen, envNumber, envText } from '../shared/config/settings';
import { parseSettings, requireAtMost } from '../shared/config/parseSettings';
import { LOG_LEVEL_SETTING } from '../shared/config/logLevel';
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

const defaults = defaultBrokerOptions();

/** A whole-number limit whose default is the server option's. */
function limit(key: keyof BrokerServerOptions, min: 0 | 1, description: string) {
  return envNumber({ default: defaults[key] as number, min, description });
}

/** Every variable of the broker (the bus's are in busConfig.ts). */
export const brokerEnvSchema = z.object({
  BROKER_LISTEN: envListen({ default: '127.0.0.1:50051', description: 'gRPC listen address' }),
  BROKER_METRICS_LISTEN: envListen({
    default: '127.0.0.1:9464',
    allowOff: true,
    description: 'address of the Prometheus endpoint /metrics; off disables it',
  }),
  BROKER_AUTH_FILE: envText({ description: 'path of the token file; unset means open mode' }),
  BROKER_HISTORY_MAX_MESSAGES: limit('historyMaxMessages', 0, 'messages retained per topic (0: no history)'),
  BROKER_HISTORY_MAX_AGE_MS: limit('historyMaxAgeMs', 0, 'how long a message is retained, ms (0: no age limit)'),
  BROKER_MAX_REPLAY: limit('maxReplay', 1, 'the most history messages one subscription replays'),
  BROKER_MAX_MESSAGE_BYTES: limit('maxMessageBytes', 1, 'the largest message (encoded Envelope), bytes'),
  BROKER_MAX_RECEIVE_BYTES: limit('maxReceiveBytes', 1, 'the largest gRPC message received, bytes'),
  BROKER_MAX_TOPIC_BYTES: limit('maxTopicBytes', 1, 'the longest topic name or filter, UTF-8 bytes'),
  BROKER_MAX_BATCH_ITEMS: limit('maxBatchItems', 1, 'the most items in one TelemetryBatch'),
  BROKER_MAX_TOPICS: limit('maxTopicsPerTenant', 1, 'topics per tenant'),
  BROKER_MAX_DEVICES: limit('maxDevicesPerTenant', 1, 'devices remembered per tenant'),
  BROKER_HEARTBEAT_INTERVAL_MS: limit('heartbeatIntervalMs', 1, 'heartbeat interval of devices that choose none, ms'),
  BROKER_HEARTBEAT_MISSES: limit('heartbeatMisses', 1, 'silent intervals before a device is disconnected'),
  BROKER_COMMAND_TIMEOUT_MS: limit('commandTimeoutMs', 1, 'how long Command waits without a call deadline, ms'),
  BROKER_SUBSCRIBER_QUEUE: limit('subscriberQueueMessages', 1, 'live messages queued per slow subscriber'),
  BROKER_SUBSCRIBER_QUEUE_BYTES: limit('subscriberQueueBytes', 1, 'encoded bytes queued per slow subscriber'),
  BROKER_SHUTDOWN_GRACE_MS: limit('shutdownGraceMs', 0, 'how long shutdown lets calls finish, ms'),
  LOG_LEVEL: LOG_LEVEL_SETTING,
});

/** Reads the broker's settings from `env`; throws a ConfigError naming the bad variable. */
export function brokerConfigFromEnv(env: NodeJS.ProcessEnv): BrokerConfig {
  const vars = parseSettings(brokerEnvSchema, env);
  // A message larger than the largest gRPC message received could never arrive.
  requireAtMost(vars, 'BROKER_MAX_MESSAGE_BYTES', 'BROKER_MAX_RECEIVE_BYTES');
  return {
    listen: vars.BROKER_LISTEN,
    metricsListen: vars.BROKER_METRICS_LISTEN === 'off' ? undefined : vars.BROKER_METRICS_LISTEN,
    authFile: vars.BROKER_AUTH_FILE,
    logLevel: vars.LOG_LEVEL,
    server: {
      historyMaxMessages: vars.BROKER_HISTORY_MAX_MESSAGES,
      historyMaxAgeMs: vars.BROKER_HISTORY_MAX_AGE_MS,
      maxReplay: vars.BROKER_MAX_REPLAY,
      maxMessageBytes: vars.BROKER_MAX_MESSAGE_BYTES,
      maxReceiveBytes: vars.BROKER_MAX_RECEIVE_BYTES,
      maxTopicBytes: vars.BROKER_MAX_TOPIC_BYTES,
      maxBatchItems: vars.BROKER_MAX_BATCH_ITEMS,
      maxTopicsPerTenant: vars.BROKER_MAX_TOPICS,
      maxDevicesPerTenant: vars.BROKER_MAX_DEVICES,
      heartbeatIntervalMs: vars.BROKER_HEARTBEAT_INTERVAL_MS,
      heartbeatMisses: vars.BROKER_HEARTBEAT_MISSES,
      commandTimeoutMs: vars.BROKER_COMMAND_TIMEOUT_MS,
      subscriberQueueMessages: vars.BROKER_SUBSCRIBER_QUEUE,
      subscriberQueueBytes: vars.BROKER_SUBSCRIBER_QUEUE_BYTES,
      shutdownGraceMs: vars.BROKER_SHUTDOWN_GRACE_MS,
    },
  };
}
