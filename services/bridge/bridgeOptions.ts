/**
 * Every tunable of the MQTT bridge in one place: the options, their defaults and the checks of options
 * that depend on each other. bridgeEnv.ts maps environment variables onto them.
 */
import { ConfigError } from '../../common/errors/ConfigError';

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

/** Checks options that depend on each other; throws a ConfigError naming the variable to fix. */
export function checkBridgeOptions(options: BridgeOptions): BridgeOptions {
  if (options.topics.length === 0 && !options.sparkplug) {
    throw new ConfigError('BRIDGE_MQTT_TOPICS', 'at least one pattern', {
      problem:
        'is empty and BRIDGE_SPARKPLUG is false: nothing to take in; set BRIDGE_MQTT_TOPICS or BRIDGE_SPARKPLUG=true',
    });
  }
  for (const pattern of options.topics) {
    if (pattern.split('/').filter((level) => level === '{device}').length > 1) {
      throw new ConfigError('BRIDGE_MQTT_TOPICS', 'patterns that name {device} at most once', {
        value: options.topics.join(','),
        problem: `has "${pattern}", which names {device} more than once`,
      });
    }
  }
  if (!options.commandTopic.includes('{device}')) {
    throw new ConfigError('BRIDGE_COMMAND_TOPIC', 'a topic containing {device}', {
      value: options.commandTopic,
      problem: 'must contain {device}',
    });
  }
  if (/[+#]/.test(options.replyTopic)) {
    throw new ConfigError('BRIDGE_REPLY_TOPIC', 'a topic name, without wildcards', { value: options.replyTopic });
  }
  if (options.protocolVersion !== 5 && options.protocolVersion !== 4) {
    throw new ConfigError('BRIDGE_MQTT_PROTOCOL', '5 (MQTT 5) or 4 (MQTT 3.1.1)', {
      value: String(options.protocolVersion),
    });
  }
  return options;
}
