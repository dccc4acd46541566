/**
 * The MQTT bridge's environment variables: one schema whose defaults are defaultBridgeOptions()'s.
 * Pure: main.ts passes process.env and a file reader. docs/bridge.md lists every variable.
 */
import { z } from 'zod';
import { ValidationError } from '../../common/errors/errors';
import { LOG_LEVEL_SETTING } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { setting } from '../shared/config/setting';
import { envBool, envDuration, envList, envNumber, envText } from '../shared/config/settings';
import { checkBridgeOptions, defaultBridgeOptions, type BridgeOptions } from './bridgeOptions';

const defaults = defaultBridgeOptions();

/** Text where blank is a value of its own ("none"), so only an unset variable means the default. */
function blankMeansNone(fallback: string, description: string, tidy = (text: string) => text.trim()) {
  return setting({ description, allowed: 'text (empty: none)', fallback, verbatim: true, parse: tidy });
}

/** Every variable of the bridge. */
export const bridgeEnvSchema = z.object({
  BRIDGE_MQTT_URL: envText({
    default: defaults.mqttUrl,
    description: 'the MQTT broker: mqtt://, mqtts://, ws://, wss://',
  }),
  BRIDGE_MQTT_USERNAME: envText({ description: 'MQTT user name' }),
  BRIDGE_MQTT_PASSWORD: envText({ verbatim: true, description: 'MQTT password (never logged)' }),
  BRIDGE_MQTT_CA_FILE: envText({ description: "PEM file of the CA of the MQTT broker's certificate" }),
  BRIDGE_MQTT_CERT_FILE: envText({ description: 'PEM file of the client certificate' }),
  BRIDGE_MQTT_KEY_FILE: envText({ description: 'PEM file of the client key' }),
  BRIDGE_MQTT_TLS_INSECURE: envBool({ default: defaults.tls.insecure, description: 'accept any server certificate' }),
  BRIDGE_MQTT_CLIENT_ID: envText({ default: defaults.clientId, description: 'the MQTT client id' }),
  BRIDGE_MQTT_PROTOCOL: envNumber({
    default: defaults.protocolVersion,
    min: 4,
    max: 5,
    description: '5 (MQTT 5) or 4 (MQTT 3.1.1)',
  }),
  BRIDGE_MQTT_SESSION_EXPIRY_S: envNumber({
    default: defaults.sessionExpirySeconds,
    max: 0xffffffff,
    description: 'how long the MQTT broker keeps the session, s',
  }),
  BRIDGE_MQTT_CLEAN: envBool({ default: defaults.cleanSession, description: 'start with a clean session' }),
  BRIDGE_MQTT_RECEIVE_MAXIMUM: envNumber({
    default: defaults.receiveMaximum,
    min: 1,
    max: 65_535,
    description: 'QoS 1 messages in flight to the bridge',
  }),
  BRIDGE_MQTT_TOPICS: envList({ default: defaults.topics, description: 'topic patterns to take in' }),
  BRIDGE_MQTT_QOS: envNumber({ default: defaults.qos, max: 1, description: 'QoS of the subscriptions' }),
  // An empty prefix is meaningful (keep MQTT topics as they are), so only an unset variable means the default.
  BRIDGE_TOPIC_PREFIX: blankMeansNone(defaults.topicPrefix, 'prefix of the broker topics', (text) =>
    text.trim().replace(/\/+$/, '')
  ),
  BRIDGE_DEVICE_ID: envText({
    default: defaults.bridgeDeviceId,
    description: 'device of messages whose pattern names none',
  }),
  BRIDGE_TIMESTAMP_FIELD: blankMeansNone(defaults.timestampField, 'JSON field with the event time'),
  BRIDGE_TIMESTAMP_PROPERTY: blankMeansNone(defaults.timestampProperty, 'MQTT 5 user property with the event time'),
  BRIDGE_SPARKPLUG: envBool({ default: defaults.sparkplug, description: 'take in Sparkplug B' }),
  BRIDGE_SPARKPLUG_TOPIC_PREFIX: envText({
    default: defaults.sparkplugTopicPrefix,
    description: 'prefix of the Sparkplug broker topics',
  }),
  BRIDGE_REBIRTH_INTERVAL_MS: envDuration({
    default: defaults.rebirthIntervalMs,
    max: 3_600_000,
    description: 'least time between two rebirth requests to one node, ms',
  }),
  BRIDGE_COMMAND_TOPIC: envText({ default: defaults.commandTopic, description: 'where commands to plain devices go' }),
  BRIDGE_REPLY_TOPIC: envText({ default: defaults.replyTopic, description: 'where command answers come back' }),
  BROKER_TARGET: envText({ default: defaults.brokerTarget, description: "the IoT broker's gRPC address" }),
  BRIDGE_BROKER_TOKEN: envText({ verbatim: true, description: "bearer token with the broker's device permission" }),
  BRIDGE_BATCH_MAX_ITEMS: envNumber({
    default: defaults.batchMaxItems,
    min: 1,
    max: 10_000,
    description: 'messages per TelemetryBatch',
  }),
  BRIDGE_MAX_BATCHES_IN_FLIGHT: envNumber({
    default: defaults.maxBatchesInFlight,
    min: 1,
    max: 1_000,
    description: 'unacknowledged batches per device session',
  }),
  BRIDGE_DEVICE_IDLE_MS: envDuration({
    default: defaults.deviceIdleMs,
    max: 86_400_000,
    description: "a plain device's idle time before it shows disconnected, ms",
  }),
  BRIDGE_HEARTBEAT_MS: envDuration({
    default: defaults.heartbeatIntervalMs,
    min: 50,
    max: 3_600_000,
    description: 'heartbeat interval of each session, ms',
  }),
  BRIDGE_MAX_QUEUED_PER_DEVICE: envNumber({
    default: defaults.maxQueuedPerDevice,
    min: 1,
    max: 10_000_000,
    description: 'QoS 0 messages held per device while the broker is away',
  }),
  BRIDGE_STATS_INTERVAL_MS: envDuration({
    default: defaults.statsIntervalMs,
    max: 86_400_000,
    description: 'how often totals are logged, ms (0: never)',
  }),
  LOG_LEVEL: LOG_LEVEL_SETTING,
});

/** Bridge options from the environment; `readFile` reads the TLS files. Throws a ConfigError naming the variable. */
export function bridgeOptionsFromEnv(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string
): BridgeOptions {
  const vars = parseSettings(bridgeEnvSchema, env);
  const read = (name: string, file: string | undefined): string | undefined => {
    if (file === undefined) {
      return undefined;
    }
    try {
      return readFile(file);
    } catch (err) {
      throw new ValidationError(`cannot read ${name} ${file}: ${(err as Error).message}`, { cause: err });
    }
  };
  const options: BridgeOptions = {
    mqttUrl: vars.BRIDGE_MQTT_URL,
    mqttUsername: vars.BRIDGE_MQTT_USERNAME,
    mqttPassword: vars.BRIDGE_MQTT_PASSWORD || undefined,
    tls: {
      ca: read('BRIDGE_MQTT_CA_FILE', vars.BRIDGE_MQTT_CA_FILE),
      cert: read('BRIDGE_MQTT_CERT_FILE', vars.BRIDGE_MQTT_CERT_FILE),
      key: read('BRIDGE_MQTT_KEY_FILE', vars.BRIDGE_MQTT_KEY_FILE),
      insecure: vars.BRIDGE_MQTT_TLS_INSECURE,
    },
    clientId: vars.BRIDGE_MQTT_CLIENT_ID,
    protocolVersion: vars.BRIDGE_MQTT_PROTOCOL as 4 | 5,
    sessionExpirySeconds: vars.BRIDGE_MQTT_SESSION_EXPIRY_S,
    cleanSession: vars.BRIDGE_MQTT_CLEAN,
    receiveMaximum: vars.BRIDGE_MQTT_RECEIVE_MAXIMUM,
    topics: vars.BRIDGE_MQTT_TOPICS,
    qos: vars.BRIDGE_MQTT_QOS as 0 | 1,
    topicPrefix: vars.BRIDGE_TOPIC_PREFIX,
    bridgeDeviceId: vars.BRIDGE_DEVICE_ID,
    timestampField: vars.BRIDGE_TIMESTAMP_FIELD,
    timestampProperty: vars.BRIDGE_TIMESTAMP_PROPERTY,
    sparkplug: vars.BRIDGE_SPARKPLUG,
    sparkplugTopicPrefix: vars.BRIDGE_SPARKPLUG_TOPIC_PREFIX,
    commandTopic: vars.BRIDGE_COMMAND_TOPIC,
    replyTopic: vars.BRIDGE_REPLY_TOPIC,
    brokerTarget: vars.BROKER_TARGET,
    brokerToken: vars.BRIDGE_BROKER_TOKEN || undefined,
    batchMaxItems: vars.BRIDGE_BATCH_MAX_ITEMS,
    maxBatchesInFlight: vars.BRIDGE_MAX_BATCHES_IN_FLIGHT,
    deviceIdleMs: vars.BRIDGE_DEVICE_IDLE_MS,
    heartbeatIntervalMs: vars.BRIDGE_HEARTBEAT_MS,
    maxQueuedPerDevice: vars.BRIDGE_MAX_QUEUED_PER_DEVICE,
    rebirthIntervalMs: vars.BRIDGE_REBIRTH_INTERVAL_MS,
    statsIntervalMs: vars.BRIDGE_STATS_INTERVAL_MS,
    logLevel: vars.LOG_LEVEL,
  };
  return checkBridgeOptions(options);
}
