/**
 * The MQTT bridge: takes messages from an MQTT broker and publishes them into our broker as devices
 * would, one Connect session per bridged device (plain MQTT devices, Sparkplug edge nodes and devices),
 * so the broker's device registry shows them connected and commands reach them. A QoS 1 message is
 * acknowledged to MQTT only after our broker acknowledged it.
 *
 * Why one file past ~300 lines: it wires MQTT intake, the Sparkplug host, plain-device commands and
 * one DeviceLink per device through one lifecycle (start, then a draining close or an abort) whose
 * steps must stay in order; each of those parts is its own file.
 */
import pino, { type Logger } from 'pino';
import type { iot } from '../../common/proto/generated';
import { structToJson } from '../../common/proto/jsonStruct';
import { createBrokerClient, type BrokerClient } from '../grpc/brokerService';
import type { AckTicket } from './AckGate';
import { emptyBridgeStats, type BridgeStats } from './BridgeStats';
import type { BridgeOptions } from './bridgeOptions';
import { DeviceLink, type LinkItem } from './DeviceLink';
import { MqttIntake, type IncomingMessage } from './MqttIntake';
import { mapPayload, userPropertyTime } from './payloadMapping';
import { PlainCommands } from './PlainCommands';
import { SparkplugHost, type SparkplugEffect } from './sparkplug/SparkplugHost';
import { SPARKPLUG_NAMESPACE } from './sparkplug/sparkplugTopic';
import { TopicMapper } from './topicMapping';

const SHUTDOWN_GRACE_MS = 5_000;
const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;

interface LinkEntry {
  link: DeviceLink;
  sparkplug: boolean;
}

export class MqttBridge {
  private readonly client: BrokerClient;
  private readonly intake: MqttIntake;
  private readonly mapper: TopicMapper;
  private readonly sparkplug: SparkplugHost | undefined;
  private readonly commands: PlainCommands;
  private readonly links = new Map<string, LinkEntry>();
  /** Sessions ending (a death); a new session for the same device opens after the old one closed. */
  private readonly closing = new Map<string, Promise<void>>();
  /** Every session still closing (a device may have more than one). */
  private readonly ending = new Set<DeviceLink>();
  /** Set by close() and abort(): nothing more is taken in and no session opens. */
  private stopping = false;
  private readonly counters = emptyBridgeStats();
  private idleTimer: NodeJS.Timeout | undefined;
  private closed: Promise<void> | undefined;
  private readonly logger: Logger;

  constructor(
    private readonly options: BridgeOptions,
    logger?: Logger
  ) {
    this.logger = logger ?? pino({ level: 'silent' });
    this.client = createBrokerClient(options.brokerTarget);
    this.mapper = new TopicMapper(options.topics, options.topicPrefix, options.bridgeDeviceId);
    this.sparkplug = options.sparkplug
      ? new SparkplugHost({ topicPrefix: options.sparkplugTopicPrefix, rebirthIntervalMs: options.rebirthIntervalMs })
      : undefined;
    this.commands = new PlainCommands({
      publish: (topic, payload, properties) => this.intake.publish(topic, payload, 1, properties),
      commandTopic: options.commandTopic,
      replyTopic: options.replyTopic,
      protocolVersion: options.protocolVersion,
      defaultTimeoutMs: DEFAULT_COMMAND_TIMEOUT_MS,
      now: Date.now,
    });
    const filters = [...this.mapper.filters, this.commands.replyFilter];
    if (this.sparkplug) {
      filters.push(`${SPARKPLUG_NAMESPACE}/#`);
    }
    this.intake = new MqttIntake(options, filters, (message, ticket) => this.onMessage(message, ticket), this.logger);
  }

  /** Connects to MQTT; resolves once subscribed. */
  async start(): Promise<void> {
    if (this.options.deviceIdleMs > 0) {
      const every = Math.max(50, Math.min(60_000, Math.floor(this.options.deviceIdleMs / 2)));
      this.idleTimer = setInterval(() => this.closeIdleDevices(), every);
      this.idleTimer.unref();
    }
    await this.intake.start();
  }

  /** Counters since start. */
  stats(): BridgeStats {
    return {
      ...this.counters,
      heldAcks: this.intake.heldAcks,
      devices: this.links.size,
      sparkplug: this.sparkplug ? { ...this.sparkplug.counters } : undefined,
      commands: { ...this.commands.counters, sparkplugWrites: this.counters.commands.sparkplugWrites },
    };
  }

  /**
   * Stops: waits (up to a grace period) until what was taken in is in our broker and acknowledged on
   * MQTT, then disconnects. Safe to call twice.
   */
  close(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    this.closed ??= this.shutdown(graceMs);
    return this.closed;
  }

  /** Stops at once, acknowledging nothing more: what was not acknowledged is redelivered by MQTT later. */
  async abort(): Promise<void> {
    this.stopping = true;
    clearInterval(this.idleTimer);
    this.commands.close();
    this.abortLinks();
    this.intake.client.end(true);
    this.client.close();
  }

  private async shutdown(graceMs: number): Promise<void> {
    this.stopping = true;
    clearInterval(this.idleTimer);
    this.commands.close();
    const closing = [
      ...[...this.links.values()].map(({ link }) => link.close()),
      ...[...this.ending].map((link) => link.close()),
    ];
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      Promise.all(closing).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    if (!drained) {
      this.logger.warn({ graceMs }, 'not everything reached the broker in time; MQTT will redeliver the rest');
    }
    this.abortLinks();
    await this.intake.close();
    this.client.close();
  }

  /** Ends every session at once, those still closing included: none reconnects after this. */
  private abortLinks(): void {
    for (const { link } of this.links.values()) {
      link.abort();
    }
    this.links.clear();
    for (const link of this.ending) {
      link.abort();
    }
    this.ending.clear();
  }

  private onMessage(message: IncomingMessage, ticket: AckTicket): void {
    if (this.stopping) {
      // Not taken in: left unacknowledged, for the MQTT broker to redeliver to the next session.
      return;
    }
    this.counters.messages++;
    if (this.commands.isReply(message.topic)) {
      this.commands.onReply(message.topic, message.payload, message.correlationData);
      ticket.settle();
      return;
    }
    if (this.sparkplug && message.topic.startsWith(`${SPARKPLUG_NAMESPACE}/`)) {
      this.apply(this.sparkplug.handle(message.topic, message.payload, Date.now()), ticket, message.qos === 0);
      return;
    }
    const route = this.mapper.route(message.topic);
    if (!route) {
      this.counters.unrouted++;
      ticket.settle();
      return;
    }
    const arrivalMs = Date.now();
    const mapped = mapPayload(
      message.payload,
      this.options,
      arrivalMs,
      userPropertyTime(message.userProperties, this.options.timestampProperty)
    );
    this.counters.payloads[mapped.kind]++;
    if (mapped.malformed) {
      this.counters.malformed++;
    }
    const link = this.linkFor(route.deviceId, route.deviceFilters, { source: 'mqtt' }, false);
    link.send(this.item(route.brokerTopic, mapped.payload, mapped.eventTimeMs, undefined, ticket, message.qos === 0));
  }

  private item(
    topic: string,
    payload: iot.broker.v1.IPayload,
    eventTimeMs: number,
    labels: { [key: string]: string } | undefined,
    ticket: AckTicket,
    droppable: boolean
  ): LinkItem {
    return {
      topic,
      payload,
      eventTimeMs,
      labels,
      droppable,
      settle: (accepted) => {
        if (accepted) {
          this.counters.published++;
        }
        ticket.settle();
      },
    };
  }

  private apply(effects: SparkplugEffect[], ticket: AckTicket, droppable: boolean): void {
    // The MQTT message is acknowledged once every broker message made from it is settled.
    let waiting = 1;
    const part: AckTicket = {
      settle: () => {
        if (--waiting === 0) {
          ticket.settle();
        }
      },
    };
    for (const effect of effects) {
      switch (effect.kind) {
        case 'online':
          this.linkFor(effect.deviceId, [effect.topic], effect.metadata, true);
          break;
        case 'offline':
          this.endLink(effect.deviceId);
          break;
        case 'publish': {
          const link = this.linkFor(effect.deviceId, [effect.topic], { source: 'sparkplug' }, true);
          effect.items.forEach((item, index) => {
            waiting++;
            // The gap label marks the first message after the gap only.
            const labels = index === 0 ? effect.labels : undefined;
            link.send(this.item(effect.topic, item.payload, item.eventTimeMs, labels, part, droppable));
          });
          break;
        }
        case 'mqtt':
          this.logger.info({ topic: effect.topic }, effect.reason);
          this.intake.publish(effect.topic, effect.payload, 0).catch((err: Error) => {
            this.logger.warn({ topic: effect.topic, error: err.message }, 'could not publish on MQTT');
          });
          break;
      }
    }
    part.settle();
  }

  private linkFor(
    deviceId: string,
    topics: string[],
    metadata: { [key: string]: string },
    sparkplug: boolean
  ): DeviceLink {
    const existing = this.links.get(deviceId);
    if (existing) {
      return existing.link;
    }
    const link = new DeviceLink({
      client: this.client,
      token: this.options.brokerToken,
      deviceId,
      metadata: { bridge: this.options.clientId, ...metadata },
      topics,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      batchMaxItems: this.options.batchMaxItems,
      maxBatchesInFlight: this.options.maxBatchesInFlight,
      maxQueued: this.options.maxQueuedPerDevice,
      backoff: { initialMs: 250, maxMs: 10_000 },
      logger: this.logger,
      onCommand: (from, command) => this.onCommand(from, command),
      onDropped: (count) => (this.counters.dropped += count),
      onRefused: (count, error) => {
        this.counters.refused += count;
        this.logger.warn({ deviceId, count, error }, 'the broker refused messages from this device');
      },
    });
    this.links.set(deviceId, { link, sparkplug });
    const previous = this.closing.get(deviceId);
    if (previous) {
      void previous.then(() => link.open());
    } else {
      link.open();
    }
    return link;
  }

  private endLink(deviceId: string): void {
    const entry = this.links.get(deviceId);
    if (!entry) {
      return;
    }
    this.links.delete(deviceId);
    this.ending.add(entry.link);
    const closed = entry.link.close().then(() => {
      this.ending.delete(entry.link);
      if (this.closing.get(deviceId) === closed) {
        this.closing.delete(deviceId);
      }
    });
    this.closing.set(deviceId, closed);
  }

  private closeIdleDevices(): void {
    const before = Date.now() - this.options.deviceIdleMs;
    for (const [deviceId, entry] of this.links) {
      if (!entry.sparkplug && entry.link.lastActivityMs < before && entry.link.pending === 0) {
        this.logger.info({ deviceId }, 'MQTT device idle; its session is closed');
        this.endLink(deviceId);
      }
    }
  }

  private onCommand(link: DeviceLink, command: iot.broker.v1.DeviceCommand): void {
    const entry = this.links.get(link.deviceId);
    if (!entry?.sparkplug || !this.sparkplug) {
      this.commands.send(link.deviceId, command, link);
      return;
    }
    const name = command.name === 'rebirth' ? 'Node Control/Rebirth' : (command.name ?? '');
    const value = command.name === 'rebirth' ? true : commandValue(command.payload);
    try {
      const { topic, payload } = this.sparkplug.commandFor(link.deviceId, name, value, Date.now());
      this.counters.commands.sparkplugWrites++;
      // Sparkplug commands carry no answer: the result says the write was handed to the MQTT broker.
      this.intake.publish(topic, payload, 0).then(
        () =>
          link.reply({
            commandId: command.commandId,
            ok: true,
            result: { json: { fields: { written: { stringValue: name }, topic: { stringValue: topic } } } },
          }),
        (err: Error) =>
          link.reply({ commandId: command.commandId, ok: false, error: `could not publish ${topic}: ${err.message}` })
      );
    } catch (err) {
      link.reply({ commandId: command.commandId, ok: false, error: (err as Error).message });
    }
  }
}

/** The value a Sparkplug write carries: `{"value": x}` in JSON or telemetry. */
function commandValue(payload: iot.broker.v1.IPayload | null | undefined): unknown {
  if (payload?.json) {
    return structToJson(payload.json).value;
  }
  return payload?.telemetry?.values?.value;
}
