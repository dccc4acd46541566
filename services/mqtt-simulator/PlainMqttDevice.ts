/**
 * A simulated plain MQTT device: publishes its signals under `devices/<id>/…` in the shapes real fleets
 * use (a bare number, a flat JSON object with a timestamp, a nested JSON status), and answers commands
 * on `devices/<id>/commands/<name>` to the MQTT 5 response topic with the correlation data it got.
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { JsonValue } from '../../common/proto/jsonStruct';
import { decideCommand } from '../simulator/deviceCommands';
import type { Random, SignalModel } from '../simulator/signals';

export interface PlainMqttDeviceOptions {
  url: string;
  deviceId: string;
  signals: SignalModel[];
  intervalMs: number;
  random: Random;
  now?: () => number;
}

/** How many samples pass between two status messages. */
const STATUS_EVERY = 10;

export class PlainMqttDevice {
  private client: MqttClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private intervalMs: number;
  private lastSampleMs = 0;
  private startedMs = 0;
  private ticks = 0;
  private readonly now: () => number;
  /** Messages published and commands answered. */
  readonly stats = { published: 0, commands: 0 };

  constructor(private readonly options: PlainMqttDeviceOptions) {
    this.intervalMs = options.intervalMs;
    this.now = options.now ?? Date.now;
  }

  get deviceId(): string {
    return this.options.deviceId;
  }

  /** Connects, subscribes to its commands and starts publishing. */
  async start(): Promise<void> {
    const client = mqtt.connect(this.options.url, {
      protocolVersion: 5,
      clientId: `plain-${this.options.deviceId}-${process.pid}`,
      reconnectPeriod: 1_000,
    });
    this.client = client;
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    client.on('message', (topic, payload, packet) => this.onCommand(topic, payload, packet.properties));
    await client.subscribeAsync(`devices/${this.options.deviceId}/commands/+`, { qos: 1 });
    this.startedMs = this.now();
    this.lastSampleMs = this.startedMs;
    this.schedule();
  }

  /** Stops publishing and disconnects; safe to call twice. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.endAsync();
  }

  private schedule(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  private sample(): void {
    const client = this.client;
    if (!client) {
      return;
    }
    const now = this.now();
    const dt = Math.max(0.001, (now - this.lastSampleMs) / 1000);
    this.lastSampleMs = now;
    const base = `devices/${this.options.deviceId}`;
    this.options.signals.forEach((signal, index) => {
      const values = signal.next(dt, this.options.random);
      const fields = Object.keys(values);
      // The first signal as a bare number, the others as JSON objects carrying their own time.
      const payload =
        index === 0 && fields.length === 1 ? String(values[fields[0]]) : JSON.stringify({ ...values, ts: now });
      this.publish(`${base}/${signal.name}`, payload);
    });
    if (++this.ticks % STATUS_EVERY === 0) {
      const status = {
        state: 'running',
        firmware: '2.1.0',
        uptime_s: Math.round((now - this.startedMs) / 1000),
        link: { rssi: -60 - Math.round(this.options.random() * 20) },
      };
      this.publish(`${base}/status`, JSON.stringify(status));
    }
  }

  private publish(topic: string, payload: string): void {
    this.client?.publish(topic, payload, { qos: 1 }, (err) => {
      if (!err) {
        this.stats.published++;
      }
    });
  }

  private onCommand(
    topic: string,
    payload: Buffer,
    properties: { responseTopic?: string; correlationData?: Buffer } | undefined
  ): void {
    const name = topic.slice(topic.lastIndexOf('/') + 1);
    let args: { [key: string]: JsonValue } = {};
    try {
      const parsed = JSON.parse(payload.toString() || '{}') as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        args = parsed as { [key: string]: JsonValue };
      }
    } catch {
      // Arguments that are not JSON are no arguments.
    }
    const now = this.now();
    const decision = decideCommand(name, args, {
      deviceId: this.options.deviceId,
      intervalMs: this.intervalMs,
      nowMs: now,
      uptimeMs: now - this.startedMs,
    });
    this.stats.commands++;
    if (decision.effect.kind === 'set_interval') {
      this.intervalMs = decision.effect.intervalMs;
      this.schedule();
    }
    if (!properties?.responseTopic) {
      return;
    }
    const reply = decision.ok ? { ok: true, ...decision.result } : { ok: false, error: decision.error };
    this.client?.publish(properties.responseTopic, JSON.stringify(reply), {
      qos: 1,
      properties: properties.correlationData ? { correlationData: properties.correlationData } : undefined,
    });
  }
}
