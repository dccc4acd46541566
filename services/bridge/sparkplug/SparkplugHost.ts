/**
 * The bridge as a Sparkplug B host application: follows each edge node's births and deaths, resolves
 * metric aliases from the births, tracks `seq`, and says what should happen in the broker (devices
 * online/offline, messages to publish) and on MQTT (rebirth requests). Pure: no I/O, the clock is passed in.
 *
 * Why one file past ~300 lines: it is one pure state machine over each edge node's births, deaths,
 * aliases and `seq`; the codec, topic parsing, `seq` tracking and metric coercion are already apart.
 */
import { ValidationError } from '../../../common/errors/errors';
import { isProtocolMetric, metricItems, type MetricItem, type NamedMetric } from './metricItems';
import { coerceMetricValue } from './coerceMetricValue';
import { SeqTracker } from './SeqTracker';
import { decodeSparkplugPayload, encodeSparkplugPayload, type SparkplugPayload } from './sparkplugCodec';
import { parseSparkplugTopic, sparkplugCommandTopic, type SparkplugTopic } from './sparkplugTopic';

/** How a metric was declared in a birth certificate. */
export interface DeclaredMetric {
  name: string;
  type: string;
}

/** What the bridge should do after a Sparkplug message. */
export type SparkplugEffect =
  | { kind: 'online'; deviceId: string; topic: string; metadata: { [key: string]: string } }
  | { kind: 'offline'; deviceId: string }
  | {
      kind: 'publish';
      deviceId: string;
      topic: string;
      items: MetricItem[];
      labels?: { [key: string]: string };
    }
  | { kind: 'mqtt'; topic: string; payload: Uint8Array; reason: string };

export interface SparkplugCounters {
  messages: number;
  malformed: number;
  seqGaps: number;
  missedMessages: number;
  unknownAliases: number;
  rebirthRequests: number;
  unsupportedMetrics: number;
  staleDeaths: number;
}

export interface SparkplugHostOptions {
  /** Prefix of the broker topics: `<prefix>/<group>/<node>[/<device>]`. */
  topicPrefix: string;
  /** A rebirth request is not repeated for the same node within this many ms. */
  rebirthIntervalMs: number;
}

interface EdgeNode {
  group: string;
  node: string;
  born: boolean;
  bdSeq: number | undefined;
  seq: SeqTracker;
  /** Alias → metric, for the node and all its devices (aliases are unique per node). */
  aliases: Map<number, DeclaredMetric>;
  /** Metrics declared by the node's NBIRTH, by name. */
  nodeMetrics: Map<string, DeclaredMetric>;
  /** Devices born since the node's birth, with the metrics their DBIRTH declared. */
  devices: Map<string, Map<string, DeclaredMetric>>;
  lastRebirthMs: number;
}

/** A Sparkplug device or node in the broker's registry: `<group>:<node>[:<device>]`. */
export function sparkplugDeviceId(group: string, node: string, device?: string): string {
  return device === undefined ? `${group}:${node}` : `${group}:${node}:${device}`;
}

export class SparkplugHost {
  private readonly nodes = new Map<string, EdgeNode>();
  readonly counters: SparkplugCounters = {
    messages: 0,
    malformed: 0,
    seqGaps: 0,
    missedMessages: 0,
    unknownAliases: 0,
    rebirthRequests: 0,
    unsupportedMetrics: 0,
    staleDeaths: 0,
  };

  constructor(private readonly options: SparkplugHostOptions) {}

  /** True for topics this host handles. */
  handles(topic: string): boolean {
    return parseSparkplugTopic(topic) !== undefined;
  }

  /** Handles one MQTT message; never throws (malformed payloads are counted). */
  handle(topic: string, bytes: Uint8Array, nowMs: number): SparkplugEffect[] {
    const parsed = parseSparkplugTopic(topic);
    if (!parsed || parsed.type === 'NCMD' || parsed.type === 'DCMD') {
      return [];
    }
    this.counters.messages++;
    let payload: SparkplugPayload;
    try {
      payload = decodeSparkplugPayload(bytes);
    } catch {
      this.counters.malformed++;
      return [];
    }
    const node = this.nodeOf(parsed);
    switch (parsed.type) {
      case 'NBIRTH':
        return this.onNodeBirth(node, payload, nowMs);
      case 'NDEATH':
        return this.onNodeDeath(node, payload);
      case 'DBIRTH':
        return this.onDeviceBirth(node, parsed.device!, payload, nowMs);
      case 'DDEATH':
        return this.onDeviceDeath(node, parsed.device!, payload);
      default:
        return this.onData(node, parsed.device, payload, nowMs);
    }
  }

  /**
   * The NCMD/DCMD that writes `value` to a metric of a born node or device; throws a ValidationError
   * naming what is wrong (unknown device, metric not in its birth certificate, value of the wrong kind).
   */
  commandFor(
    deviceId: string,
    metricName: string,
    value: unknown,
    nowMs: number
  ): { topic: string; payload: Uint8Array } {
    const [group, nodeName, device, ...rest] = deviceId.split(':');
    const node = this.nodes.get(`${group}/${nodeName}`);
    if (rest.length > 0 || !node?.born) {
      throw new ValidationError(`"${deviceId}" is not a Sparkplug edge node or device the bridge has seen born`);
    }
    const declared = device === undefined ? node.nodeMetrics : node.devices.get(device);
    if (!declared) {
      throw new ValidationError(`the Sparkplug device "${deviceId}" is not born (no DBIRTH since its node's birth)`);
    }
    const metric = declared.get(metricName);
    const type =
      metric?.type ?? (metricName === 'Node Control/Rebirth' && device === undefined ? 'Boolean' : undefined);
    if (!type) {
      const known = [...declared.keys()].filter((name) => !isProtocolMetric(name)).slice(0, 10);
      throw new ValidationError(
        `"${deviceId}" declared no metric "${metricName}" in its birth certificate; known: ${known.join(', ') || 'none'}`
      );
    }
    return {
      topic: sparkplugCommandTopic(group, nodeName, device),
      payload: encodeSparkplugPayload({
        timestamp: nowMs,
        metrics: [{ name: metricName, type, value: coerceMetricValue(value, type, metricName) }],
      }),
    };
  }

  private nodeOf(topic: SparkplugTopic): EdgeNode {
    const key = `${topic.group}/${topic.node}`;
    let node = this.nodes.get(key);
    if (!node) {
      node = {
        group: topic.group,
        node: topic.node,
        born: false,
        bdSeq: undefined,
        seq: new SeqTracker(),
        aliases: new Map(),
        nodeMetrics: new Map(),
        devices: new Map(),
        lastRebirthMs: -Infinity,
      };
      this.nodes.set(key, node);
    }
    return node;
  }

  private topicOf(node: EdgeNode, device?: string): string {
    const base = `${node.group}/${node.node}${device === undefined ? '' : `/${device}`}`;
    return this.options.topicPrefix === '' ? base : `${this.options.topicPrefix}/${base}`;
  }

  private onNodeBirth(node: EdgeNode, payload: SparkplugPayload, nowMs: number): SparkplugEffect[] {
    const effects: SparkplugEffect[] = [];
    // A birth without a death in between: the devices of the previous life are gone.
    for (const device of node.devices.keys()) {
      effects.push({ kind: 'offline', deviceId: sparkplugDeviceId(node.group, node.node, device) });
    }
    node.born = true;
    node.aliases.clear();
    node.devices.clear();
    node.nodeMetrics = this.declare(node, payload);
    node.bdSeq = numberMetric(payload, 'bdSeq');
    node.seq.reset(payload.seq ?? 0);
    const deviceId = sparkplugDeviceId(node.group, node.node);
    const topic = this.topicOf(node);
    effects.push({
      kind: 'online',
      deviceId,
      topic,
      metadata: { source: 'sparkplug', group: node.group, node: node.node },
    });
    effects.push(...this.publish(node, deviceId, topic, payload, nowMs, undefined));
    return effects;
  }

  private onNodeDeath(node: EdgeNode, payload: SparkplugPayload): SparkplugEffect[] {
    const bdSeq = numberMetric(payload, 'bdSeq');
    // A will from an earlier connection must not kill the node's current life.
    if (!node.born || (bdSeq !== undefined && node.bdSeq !== undefined && bdSeq !== node.bdSeq)) {
      this.counters.staleDeaths++;
      return [];
    }
    const effects: SparkplugEffect[] = [...node.devices.keys()].map((device) => ({
      kind: 'offline' as const,
      deviceId: sparkplugDeviceId(node.group, node.node, device),
    }));
    effects.push({ kind: 'offline', deviceId: sparkplugDeviceId(node.group, node.node) });
    node.born = false;
    node.devices.clear();
    node.seq.clear();
    return effects;
  }

  private onDeviceBirth(node: EdgeNode, device: string, payload: SparkplugPayload, nowMs: number): SparkplugEffect[] {
    if (!node.born) {
      return this.requestRebirth(node, nowMs);
    }
    const labels = this.trackSeq(node, payload);
    node.devices.set(device, this.declare(node, payload));
    const deviceId = sparkplugDeviceId(node.group, node.node, device);
    const topic = this.topicOf(node, device);
    return [
      {
        kind: 'online',
        deviceId,
        topic,
        metadata: { source: 'sparkplug', group: node.group, node: node.node, device },
      },
      ...this.publish(node, deviceId, topic, payload, nowMs, labels),
    ];
  }

  private onDeviceDeath(node: EdgeNode, device: string, payload: SparkplugPayload): SparkplugEffect[] {
    if (node.born) {
      this.trackSeq(node, payload);
    }
    if (!node.devices.delete(device)) {
      return [];
    }
    return [{ kind: 'offline', deviceId: sparkplugDeviceId(node.group, node.node, device) }];
  }

  private onData(
    node: EdgeNode,
    device: string | undefined,
    payload: SparkplugPayload,
    nowMs: number
  ): SparkplugEffect[] {
    if (!node.born || (device !== undefined && !node.devices.has(device))) {
      // Data from a node or device whose birth the bridge missed: ask for the certificates again.
      return this.requestRebirth(node, nowMs);
    }
    const labels = this.trackSeq(node, payload);
    const deviceId = sparkplugDeviceId(node.group, node.node, device);
    return this.publish(node, deviceId, this.topicOf(node, device), payload, nowMs, labels);
  }

  /** Records the birth's metrics and aliases; returns them by name. */
  private declare(node: EdgeNode, payload: SparkplugPayload): Map<string, DeclaredMetric> {
    const declared = new Map<string, DeclaredMetric>();
    for (const metric of payload.metrics) {
      if (metric.name === undefined) {
        continue;
      }
      const entry = { name: metric.name, type: metric.type ?? 'Double' };
      declared.set(metric.name, entry);
      if (metric.alias !== undefined) {
        node.aliases.set(metric.alias, entry);
      }
    }
    return declared;
  }

  /** Checks `seq`; on a gap, counts it and returns the labels that mark the next message. */
  private trackSeq(node: EdgeNode, payload: SparkplugPayload): { [key: string]: string } | undefined {
    if (payload.seq === undefined) {
      return undefined;
    }
    const missed = node.seq.next(payload.seq);
    if (missed === 0) {
      return undefined;
    }
    this.counters.seqGaps++;
    this.counters.missedMessages += missed;
    return { sparkplug_seq_gap: String(missed) };
  }

  private publish(
    node: EdgeNode,
    deviceId: string,
    topic: string,
    payload: SparkplugPayload,
    nowMs: number,
    labels: { [key: string]: string } | undefined
  ): SparkplugEffect[] {
    const named: NamedMetric[] = [];
    let unknownAlias = false;
    for (const metric of payload.metrics) {
      const name = metric.name ?? (metric.alias === undefined ? undefined : node.aliases.get(metric.alias)?.name);
      if (name === undefined) {
        unknownAlias = true;
        this.counters.unknownAliases++;
        continue;
      }
      if (isProtocolMetric(name)) {
        continue;
      }
      if (metric.value === undefined) {
        this.counters.unsupportedMetrics++;
        continue;
      }
      named.push({ name, value: metric.value, timestampMs: metric.timestamp ?? payload.timestamp ?? nowMs });
    }
    const effects: SparkplugEffect[] = [];
    const items = metricItems(named);
    if (items.length > 0) {
      effects.push({ kind: 'publish', deviceId, topic, items, labels });
    }
    if (unknownAlias) {
      effects.push(...this.requestRebirth(node, nowMs));
    }
    return effects;
  }

  private requestRebirth(node: EdgeNode, nowMs: number): SparkplugEffect[] {
    if (nowMs - node.lastRebirthMs < this.options.rebirthIntervalMs) {
      return [];
    }
    node.lastRebirthMs = nowMs;
    this.counters.rebirthRequests++;
    return [
      {
        kind: 'mqtt',
        topic: sparkplugCommandTopic(node.group, node.node),
        payload: encodeSparkplugPayload({
          timestamp: nowMs,
          metrics: [{ name: 'Node Control/Rebirth', type: 'Boolean', value: true }],
        }),
        reason: `rebirth requested from ${node.group}/${node.node}`,
      },
    ];
  }
}

function numberMetric(payload: SparkplugPayload, name: string): number | undefined {
  const value = payload.metrics.find((metric) => metric.name === name)?.value;
  return typeof value === 'number' ? value : undefined;
}
