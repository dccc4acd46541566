/** The bridge's counters, as logged and as tests and /metrics read them. */
import type { PayloadKind } from './payloadMapping';
import type { SparkplugCounters } from './sparkplug/SparkplugHost';

export interface BridgeStats {
  /** MQTT messages taken in. */
  messages: number;
  /** Plain MQTT payloads by what they became. */
  payloads: Record<PayloadKind, number>;
  /** Payloads that looked like JSON but did not parse (also counted as raw). */
  malformed: number;
  /** Broker messages acknowledged by our broker. */
  published: number;
  /** Broker messages our broker refused (see the log for why). */
  refused: number;
  /** QoS 0 messages dropped while a device's queue was full. */
  dropped: number;
  /** Messages on a subscribed topic that no pattern maps. */
  unrouted: number;
  /** PUBACKs held until our broker acknowledges their messages. */
  heldAcks: number;
  /** Device sessions open. */
  devices: number;
  sparkplug: SparkplugCounters | undefined;
  commands: {
    sent: number;
    answered: number;
    timedOut: number;
    unmatchedReplies: number;
    failed: number;
    sparkplugWrites: number;
  };
}

/** Counters at zero. */
export function emptyBridgeStats(): BridgeStats {
  return {
    messages: 0,
    payloads: { number: 0, telemetry: 0, json: 0, raw: 0 },
    malformed: 0,
    published: 0,
    refused: 0,
    dropped: 0,
    unrouted: 0,
    heldAcks: 0,
    devices: 0,
    sparkplug: undefined,
    commands: { sent: 0, answered: 0, timedOut: 0, unmatchedReplies: 0, failed: 0, sparkplugWrites: 0 },
  };
}
