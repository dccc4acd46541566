/**
 * Every tunable of the MQTT bridge in one place: the options, their defaults, and the one function that
 * maps environment variables onto them (pure: main.ts passes process.env and a file reader).
 * docs/bridge.md lists every variable with its default.
 */
import { ValidationError } from '../../common/errors/errors';

type Env = Record<string, string | undefined>;

export interface BridgeTls {
  /** PEM text of the CA that signed the MQTT broker's certificate. */
  ca?: string;
  /** PEM text of the client certificate and key, for brokers that ask for one. */
  cert?: string;
  key?: string;
  /** Accept any server certificate (testing only). */
  insecure: boolean;
}

export interface BridgeOptions {
  /** The MQTT broker: mqtt://host:port, mqtts://host:port (TLS), ws:// or wss://. */
  mqttUrl: string;
  mqttUsername?: string;
  mqttPassword?: string;
  tls: BridgeTls;
  /** The MQTT client id; fixed, so the broker keeps the bridge's session across restarts. */
  clientId: string;
  /** 5 (MQTT 5, the default) or 4 (MQTT 3.1.1). */
  protocolVersion: 4 | 5;
  /** How long the MQTT broker keeps the session (and queues QoS 1 messages) while the bridge is away, in s. */
  sessionExpirySeconds: number;
  /** Start with a clean session: drops whatever was queued while the bridge was away. */
  cleanSession: boolean;
  /** QoS 1 messages the MQTT broker may have in flight to the bridge (MQTT 5 Receive Maximum). */
  receiveMaximum: number;
  /**
   * Topic patterns to take in: MQTT filters where one level may be `{device}`, which names the device
   * (the level matches anything, like `+`). Messages under a pattern without `{device}` belong to the
   * bridge's own device.
   */
  topics: string[];
  /** The QoS of the bridge's subscriptions: 0 or 1. */
  qos: 0 | 1;
  /** Prefix of the broker topic: MQTT topic `a/b` becomes `<prefix>/a/b` (empty: the same topic). */
  topicPrefix: string;
  /** The device id of messages whose pattern names no device. */
  bridgeDeviceId: string;
  /** JSON field holding a message's timestamp (epoch ms or s, or ISO 8601); empty: none. */
  timestampField: string;
  /** MQTT 5 user property holding a message's timestamp; empty: none. */
  timestampProperty: string;
  /** Take in Sparkplug B (spBv1.0/#). */
  sparkplug: boolean;
  /** Prefix of the broker topics of Sparkplug nodes and devices: `<prefix>/<group>/<node>[/<device>]`. */
  sparkplugTopicPrefix: string;
  /** Where a command to a plain device goes; `{device}` and `{command}` are filled in. */
  commandTopic: string;
  /** Replies come back under `<replyTopic>/<command id>`; MQTT 5 devices get it as their response topic. */
  replyTopic: string;
  /** The broker's gRPC address, host:port. */
  brokerTarget: string;
  /** Bearer token with the broker's "device" permission (none when the broker is open). */
  brokerToken?: string;
  /** Items sent to the broker in one TelemetryBatch at most. */
  batchMaxItems: number;
  /** Batches a device session may have unacknowledged at once. */
  maxBatchesInFlight: number;
  /** A plain device's session closes (the device shows disconnected) after this long without a message, ms. */
  deviceIdleMs: number;
  /** Heartbeat interval promised to the broker for each session, ms. */
  heartbeatIntervalMs: number;
  /** QoS 0 messages held per device while the broker is unreachable; beyond it the oldest are dropped. */
  maxQueuedPerDevice: number;
  /** How long a rebirth request is not repeated for the same edge node, ms. */
  rebirthIntervalMs: number;
  /** How often totals are logged, ms (0: never). */
  statsIntervalMs: number;
  logLevel: string;
}

/** The defaults of every option. */
export function defaultBridgeOptions(): BridgeOptions {
  return {
    mqttUrl: 'mqtt://127.0.0.1:1883',
    tls: { insecure: false },
    clientId: 'iotlive-bridge',
    protocolVersion: 5,
    sessionExpirySeconds: 86_400,
    cleanSession: false,
    receiveMaximum: 1_000,
    topics: ['devices/{device}/#'],
    qos: 1,
    topicPrefix: 'mqtt',
    bridgeDeviceId: 'mqtt-bridge',
    timestampField: 'ts',
    timestampProperty: 'ts',
    sparkplug: true,
    sparkplugTopicPrefix: 'sparkplug',
    commandTopic: 'devices/{device}/commands/{command}',
    replyTopic: 'iotlive/bridge/replies',
    brokerTarget: '127.0.0.1:50051',
    batchMaxItems: 500,
    maxBatchesInFlight: 8,
    deviceIdleMs: 300_000,
    heartbeatIntervalMs: 10_000,
    maxQueuedPerDevice: 10_000,
    rebirthIntervalMs: 5_000,
    statsIntervalMs: 30_000,
    logLevel: 'info',
  };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function whole(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = text(env, name);
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) {
    return undefined;
  }
  if (['1', 'true', 'yes', 'on'].includes(raw)) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(raw)) {
    return false;
  }
  throw new ValidationError(`${name}="${raw}" must be true or false`);
}

function list(env: Env, name: string): string[] | undefined {
  const raw = text(env, name);
  return raw === undefined
    ? undefined
    : raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}

/** Checks options that depend on each other; throws a ValidationError naming the variable to fix. */
export function checkBridgeOptions(options: BridgeOptions): BridgeOptions {
  if (options.topics.length === 0 && !options.sparkplug) {
    throw new ValidationError('nothing to take in: set BRIDGE_MQTT_TOPICS or BRIDGE_SPARKPLUG=true');
  }
  for (const pattern of options.topics) {
    if (pattern.split('/').filter((level) => level === '{device}').length > 1) {
      throw new ValidationError(`BRIDGE_MQTT_TOPICS: "${pattern}" names {device} more than once`);
    }
  }
  if (!options.commandTopic.includes('{device}')) {
    throw new ValidationError(`BRIDGE_COMMAND_TOPIC="${options.commandTopic}" must contain {device}`);
  }
  if (/[+#]/.test(options.replyTopic)) {
    throw new ValidationError(`BRIDGE_REPLY_TOPIC="${options.replyTopic}" must be a topic name, without wildcards`);
  }
  if (options.protocolVersion !== 5 && options.protocolVersion !== 4) {
    throw new ValidationError('BRIDGE_MQTT_PROTOCOL must be 5 (MQTT 5) or 4 (MQTT 3.1.1)');
  }
  return options;
}

/** Bridge options from the environment; `readFile` reads the TLS files. */
export function bridgeOptionsFromEnv(env: Env, readFile: (path: string) => string): BridgeOptions {
  const defaults = defaultBridgeOptions();
  const read = (name: string): string | undefined => {
    const file = text(env, name);
    if (file === undefined) {
      return undefined;
    }
    try {
      return readFile(file);
    } catch (err) {
      throw new ValidationError(`cannot read ${name} ${file}: ${(err as Error).message}`, { cause: err });
    }
  };
  const protocol = whole(env, 'BRIDGE_MQTT_PROTOCOL', 4, 5);
  const qos = whole(env, 'BRIDGE_MQTT_QOS', 0, 1);
  const prefix = env.BRIDGE_TOPIC_PREFIX;
  const given: Partial<BridgeOptions> = {
    mqttUrl: text(env, 'BRIDGE_MQTT_URL'),
    mqttUsername: text(env, 'BRIDGE_MQTT_USERNAME'),
    mqttPassword: env.BRIDGE_MQTT_PASSWORD || undefined,
    tls: {
      ca: read('BRIDGE_MQTT_CA_FILE'),
      cert: read('BRIDGE_MQTT_CERT_FILE'),
      key: read('BRIDGE_MQTT_KEY_FILE'),
      insecure: flag(env, 'BRIDGE_MQTT_TLS_INSECURE') ?? false,
    },
    clientId: text(env, 'BRIDGE_MQTT_CLIENT_ID'),
    protocolVersion: protocol as 4 | 5 | undefined,
    sessionExpirySeconds: whole(env, 'BRIDGE_MQTT_SESSION_EXPIRY_S', 0, 0xffffffff),
    cleanSession: flag(env, 'BRIDGE_MQTT_CLEAN'),
    receiveMaximum: whole(env, 'BRIDGE_MQTT_RECEIVE_MAXIMUM', 1, 65_535),
    topics: list(env, 'BRIDGE_MQTT_TOPICS'),
    qos: qos as 0 | 1 | undefined,
    // An empty prefix is meaningful (keep MQTT topics as they are), so only an unset variable means the default.
    topicPrefix: prefix === undefined ? undefined : prefix.trim().replace(/\/+$/, ''),
    bridgeDeviceId: text(env, 'BRIDGE_DEVICE_ID'),
    timestampField: env.BRIDGE_TIMESTAMP_FIELD?.trim(),
    timestampProperty: env.BRIDGE_TIMESTAMP_PROPERTY?.trim(),
    sparkplug: flag(env, 'BRIDGE_SPARKPLUG'),
    sparkplugTopicPrefix: text(env, 'BRIDGE_SPARKPLUG_TOPIC_PREFIX'),
    commandTopic: text(env, 'BRIDGE_COMMAND_TOPIC'),
    replyTopic: text(env, 'BRIDGE_REPLY_TOPIC'),
    brokerTarget: text(env, 'BROKER_TARGET'),
    brokerToken: env.BRIDGE_BROKER_TOKEN || undefined,
    batchMaxItems: whole(env, 'BRIDGE_BATCH_MAX_ITEMS', 1, 10_000),
    maxBatchesInFlight: whole(env, 'BRIDGE_MAX_BATCHES_IN_FLIGHT', 1, 1_000),
    deviceIdleMs: whole(env, 'BRIDGE_DEVICE_IDLE_MS', 0, 86_400_000),
    heartbeatIntervalMs: whole(env, 'BRIDGE_HEARTBEAT_MS', 50, 3_600_000),
    maxQueuedPerDevice: whole(env, 'BRIDGE_MAX_QUEUED_PER_DEVICE', 1, 10_000_000),
    rebirthIntervalMs: whole(env, 'BRIDGE_REBIRTH_INTERVAL_MS', 0, 3_600_000),
    statsIntervalMs: whole(env, 'BRIDGE_STATS_INTERVAL_MS', 0, 86_400_000),
    logLevel: text(env, 'LOG_LEVEL'),
  };
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return checkBridgeOptions({ ...defaults, ...set, tls: { ...defaults.tls, ...stripUndefined(given.tls) } });
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
