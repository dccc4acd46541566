/**
 * A simulated Sparkplug B edge node with devices: births with aliases, data by alias, a will (NDEATH)
 * with its bdSeq, answers to rebirth requests (NCMD) and metric writes (DCMD). Used by the MQTT
 * simulator and by the bridge's tests, which also make it skip a seq or die abruptly.
 */
import mqtt, { type MqttClient } from 'mqtt';
import {
  encodeSparkplugPayload,
  decodeSparkplugPayload,
  type MetricToEncode,
} from '../bridge/sparkplug/sparkplugCodec';

export type MetricValue = number | boolean | string;

export interface MetricSpec {
  name: string;
  /** Sparkplug data type, e.g. "Double", "Int32", "Boolean", "String". */
  type: string;
  value: MetricValue;
}

export interface EdgeNodeOptions {
  url: string;
  group: string;
  node: string;
  nodeMetrics: MetricSpec[];
  devices: Record<string, MetricSpec[]>;
  /** The birth/death sequence of the first session. */
  bdSeq?: number;
  now?: () => number;
}

interface Metric extends MetricSpec {
  alias: number;
}

export class SparkplugEdgeNode {
  private client: MqttClient | undefined;
  private seq = 0;
  private bdSeq: number;
  private readonly nodeMetrics: Map<string, Metric>;
  private readonly devices: Map<string, Map<string, Metric>>;
  private readonly now: () => number;
  /** Every NCMD/DCMD metric received, in order. */
  readonly commands: Array<{ device?: string; name: string; value: MetricValue | undefined }> = [];
  /** Births published (node births). */
  births = 0;

  constructor(private readonly options: EdgeNodeOptions) {
    this.bdSeq = options.bdSeq ?? 0;
    this.now = options.now ?? Date.now;
    let alias = 0;
    const withAliases = (specs: MetricSpec[]) => new Map(specs.map((spec) => [spec.name, { ...spec, alias: ++alias }]));
    this.nodeMetrics = withAliases(options.nodeMetrics);
    this.devices = new Map(Object.entries(options.devices).map(([device, specs]) => [device, withAliases(specs)]));
  }

  get deviceNames(): string[] {
    return [...this.devices.keys()];
  }

  private topic(type: string, device?: string): string {
    const { group, node } = this.options;
    return `spBv1.0/${group}/${type}/${node}${device === undefined ? '' : `/${device}`}`;
  }

  /** Connects (with its NDEATH as will), then publishes NBIRTH and every DBIRTH. */
  async connect(): Promise<void> {
    const client = mqtt.connect(this.options.url, {
      protocolVersion: 5,
      clientId: `edge-${this.options.group}-${this.options.node}-${process.pid}`,
      reconnectPeriod: 0,
      will: {
        topic: this.topic('NDEATH'),
        payload: Buffer.from(this.deathPayload()),
        qos: 1,
        retain: false,
      },
    });
    this.client = client;
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    client.on('message', (topic, payload) => this.onCommand(topic, payload));
    await client.subscribeAsync([this.topic('NCMD'), `spBv1.0/${this.options.group}/DCMD/${this.options.node}/+`], {
      qos: 0,
    });
    await this.publishBirths();
  }

  /** NBIRTH (seq 0) and every DBIRTH, with current values. */
  async publishBirths(): Promise<void> {
    this.seq = 0;
    this.births++;
    const metrics: MetricToEncode[] = [
      { name: 'bdSeq', type: 'Int64', value: this.bdSeq },
      { name: 'Node Control/Rebirth', type: 'Boolean', value: false },
      ...[...this.nodeMetrics.values()].map((metric) => ({ ...metric })),
    ];
    await this.send('NBIRTH', undefined, metrics, true);
    for (const device of this.devices.keys()) {
      await this.deviceBirth(device);
    }
  }

  /** DBIRTH of one device. */
  deviceBirth(device: string): Promise<void> {
    return this.send(
      'DBIRTH',
      device,
      [...this.metricsOf(device).values()].map((metric) => ({ ...metric }))
    );
  }

  /** DDEATH of one device. */
  deviceDeath(device: string): Promise<void> {
    return this.send('DDEATH', device, []);
  }

  /** NDATA or DDATA with the given values, by alias only (as edge nodes do after the birth). */
  publishData(values: Record<string, MetricValue>, device?: string, timestamp = this.now()): Promise<void> {
    const metrics = device === undefined ? this.nodeMetrics : this.metricsOf(device);
    const encoded = Object.entries(values).map(([name, value]) => {
      const metric = metrics.get(name);
      if (!metric) {
        throw new Error(`no metric "${name}" on ${device ?? this.options.node}`);
      }
      metric.value = value;
      return { alias: metric.alias, type: metric.type, value, timestamp };
    });
    return this.send(device === undefined ? 'NDATA' : 'DDATA', device, encoded);
  }

  /** Publishes data naming a metric by an alias no birth declared. */
  publishUnknownAlias(alias: number, value: number): Promise<void> {
    return this.send('NDATA', undefined, [{ alias, type: 'Double', value }]);
  }

  /** Makes the next message skip `count` seq numbers, as if they were lost. */
  skipSeq(count: number): void {
    this.seq = (this.seq + count) % 256;
  }

  /** Drops the connection without DISCONNECT, so the MQTT broker publishes the will (NDEATH). */
  crash(): void {
    this.client?.stream.destroy();
    this.client?.end(true);
    this.client = undefined;
    this.bdSeq = (this.bdSeq + 1) % 256;
  }

  /** Publishes NDEATH itself and disconnects. */
  async stop(): Promise<void> {
    const client = this.client;
    if (!client) {
      return;
    }
    this.client = undefined;
    await client.publishAsync(this.topic('NDEATH'), Buffer.from(this.deathPayload()), { qos: 1 });
    await client.endAsync();
    this.bdSeq = (this.bdSeq + 1) % 256;
  }

  private metricsOf(device: string): Map<string, Metric> {
    const metrics = this.devices.get(device);
    if (!metrics) {
      throw new Error(`no device "${device}" on edge node ${this.options.node}`);
    }
    return metrics;
  }

  private deathPayload(): Uint8Array {
    return encodeSparkplugPayload({
      timestamp: this.now(),
      metrics: [{ name: 'bdSeq', type: 'Int64', value: this.bdSeq }],
    });
  }

  private async send(
    type: string,
    device: string | undefined,
    metrics: MetricToEncode[],
    birth = false
  ): Promise<void> {
    const client = this.client;
    if (!client) {
      throw new Error(`edge node ${this.options.node} is not connected`);
    }
    const seq = birth ? 0 : this.seq;
    this.seq = (seq + 1) % 256;
    const payload = encodeSparkplugPayload({ timestamp: this.now(), seq, metrics });
    await client.publishAsync(this.topic(type, device), Buffer.from(payload), { qos: 0 });
  }

  private onCommand(topic: string, bytes: Buffer): void {
    const levels = topic.split('/');
    const device = levels[2] === 'DCMD' ? levels[4] : undefined;
    let decoded;
    try {
      decoded = decodeSparkplugPayload(bytes);
    } catch {
      return;
    }
    for (const metric of decoded.metrics) {
      const name = metric.name ?? '';
      this.commands.push({ device, name, value: metric.value });
      if (device === undefined && name === 'Node Control/Rebirth' && metric.value) {
        void this.publishBirths().catch(() => undefined);
        continue;
      }
      const target = device === undefined ? this.nodeMetrics.get(name) : this.devices.get(device)?.get(name);
      if (target && metric.value !== undefined) {
        // The write takes effect and is reported back, as a real edge node would.
        const value = target.type === 'Boolean' ? metric.value === 1 : metric.value;
        void this.publishData({ [name]: value }, device).catch(() => undefined);
      }
    }
  }
}
