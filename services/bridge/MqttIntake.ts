/**
 * The bridge's MQTT connection: a persistent session (fixed client id, no clean start, a session expiry),
 * its subscriptions, and delivery of every message together with an AckTicket. The PUBACK of a QoS 1
 * message leaves only when its ticket is settled, so a message the bridge took but our broker never
 * stored is redelivered by the MQTT broker after a restart or reconnect.
 *
 * mqtt.js sends a PUBACK as soon as its handleMessage hook calls back, and reads no further message until
 * then; holding that callback would allow one message in flight. Instead the hook calls back at once and
 * the PUBACK itself is held: the client's packet writer is wrapped to keep PUBACKs for the AckGate.
 * The number of messages handled but not yet acknowledged is bounded by the receive maximum even when
 * the MQTT broker sends more: past it messages wait, in order, and the socket stops being read until
 * acknowledgements go out.
 */
import mqtt, { type IClientOptions, type IPublishPacket, type MqttClient, type Packet } from 'mqtt';
import type { Logger } from 'pino';
import { AckGate, type AckTicket } from './AckGate';
import type { BridgeOptions } from './bridgeOptions';

export interface IncomingMessage {
  topic: string;
  payload: Buffer;
  qos: 0 | 1 | 2;
  retain: boolean;
  userProperties?: Record<string, string | string[]>;
  correlationData?: Buffer;
}

export type MessageHandler = (message: IncomingMessage, ticket: AckTicket) => void;

type SendPacket = (packet: Packet, cb?: (err?: Error) => void, cbStorePut?: () => void, noStore?: boolean) => void;

const SETTLED: AckTicket = { settle: () => undefined };

/** MQTT client options for the bridge's persistent session. */
export function mqttClientOptions(options: BridgeOptions): IClientOptions {
  const clientOptions: IClientOptions = {
    clientId: options.clientId,
    protocolVersion: options.protocolVersion,
    clean: options.cleanSession,
    username: options.mqttUsername,
    password: options.mqttPassword,
    reconnectPeriod: 1_000,
    connectTimeout: 10_000,
    resubscribe: false,
    ca: options.tls.ca,
    cert: options.tls.cert,
    key: options.tls.key,
    rejectUnauthorized: !options.tls.insecure,
  };
  if (options.protocolVersion === 5) {
    clientOptions.properties = {
      sessionExpiryInterval: options.sessionExpirySeconds,
      receiveMaximum: options.receiveMaximum,
    };
  }
  return clientOptions;
}

export class MqttIntake {
  readonly client: MqttClient;
  private readonly gate = new AckGate(() => this.resume());
  private readonly maxHeld: number;
  /** Messages that found the window full, in arrival order. */
  private waiting: Array<{ packet: IPublishPacket; callback: (err?: Error) => void }> = [];
  private resumeScheduled = false;
  private captured: (() => void) | undefined;
  private capturedDone: (() => void) | undefined;
  private capturing = false;
  private corked = false;
  /** Counts lost connections: a PUBACK may only go out on the connection its message came on. */
  private connection = 0;
  private subscribed: ((err?: Error) => void) | undefined;

  constructor(
    options: BridgeOptions,
    private readonly filters: string[],
    private readonly onMessage: MessageHandler,
    private readonly logger: Logger
  ) {
    this.maxHeld = options.receiveMaximum;
    this.client = mqtt.connect(options.mqttUrl, { ...mqttClientOptions(options), manualConnect: true });
    this.holdPubacks();
    this.client.handleMessage = (packet, callback) => this.deliver(packet, callback);
    this.client.on('connect', (connack) => {
      this.logger.info({ url: options.mqttUrl, sessionPresent: connack.sessionPresent }, 'MQTT connected');
      // Subscribing again to a kept session is harmless, and covers a session the broker expired.
      this.client.subscribe(this.filters, { qos: options.qos }, (err, granted) => {
        if (err) {
          this.logger.error({ error: err.message }, 'MQTT subscribe failed');
          this.subscribed?.(err);
          return;
        }
        const refused = (granted ?? []).filter((grant) => grant.qos === 128).map((grant) => grant.topic);
        if (refused.length > 0) {
          this.logger.error({ filters: refused }, 'the MQTT broker refused these subscriptions (check its ACL)');
        }
        this.logger.info({ filters: this.filters, qos: options.qos }, 'MQTT subscribed');
        this.subscribed?.();
      });
    });
    // Held PUBACKs belong to the connection that carried their messages; the broker redelivers those.
    this.client.on('close', () => {
      this.connection++;
      this.gate.reset();
      // Messages waiting for room belong to the lost connection too; the MQTT broker redelivers them.
      const waiting = this.waiting;
      this.waiting = [];
      for (const entry of waiting) {
        entry.callback();
      }
    });
    this.client.on('error', (err) => this.logger.warn({ error: err.message }, 'MQTT connection problem'));
    this.client.on('reconnect', () => this.logger.info('MQTT reconnecting'));
  }

  /** PUBACKs held right now. */
  get heldAcks(): number {
    return this.gate.held;
  }

  /** Connects; resolves once connected and subscribed the first time (rejects on a refused connection). */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      // The first failure is reported; the client keeps reconnecting all the same.
      const onError = (err: Error) => reject(err);
      this.subscribed = (err) => {
        this.subscribed = undefined;
        this.client.off('error', onError);
        if (err) {
          reject(err);
        } else {
          resolve();
        }
      };
      this.client.once('error', onError);
      this.client.connect();
    });
  }

  /** Publishes on MQTT. */
  publish(
    topic: string,
    payload: Uint8Array | string,
    qos: 0 | 1,
    properties?: IPublishPacket['properties']
  ): Promise<void> {
    return this.client.publishAsync(topic, Buffer.from(payload), { qos, properties }).then(() => undefined);
  }

  /** Disconnects cleanly (held PUBACKs not yet released stay with the MQTT broker for redelivery). */
  async close(): Promise<void> {
    await this.client.endAsync();
  }

  private deliver(packet: IPublishPacket, callback: (err?: Error) => void): void {
    if (this.waiting.length > 0 || (packet.qos > 0 && this.gate.held >= this.maxHeld)) {
      this.waiting.push({ packet, callback });
      if (this.waiting.length === 1) {
        this.client.stream?.pause();
      }
      return;
    }
    this.handle(packet, callback);
  }

  private handle(packet: IPublishPacket, callback: (err?: Error) => void): void {
    let ticket = SETTLED;
    let next: (() => void) | undefined;
    if (packet.qos > 0) {
      this.capturing = true;
      callback();
      this.capturing = false;
      ticket = this.gate.enter(this.captured);
      next = this.capturedDone;
      this.captured = undefined;
      this.capturedDone = undefined;
    } else {
      next = callback;
    }
    const properties = packet.properties;
    try {
      this.onMessage(
        {
          topic: packet.topic,
          payload: packet.payload as Buffer,
          qos: packet.qos,
          retain: packet.retain,
          userProperties: properties?.userProperties,
          correlationData: properties?.correlationData,
        },
        ticket
      );
    } catch (err) {
      // A bug in handling one message must not stall every PUBACK behind it.
      this.logger.error({ err, topic: packet.topic }, 'a message could not be handled; it is acknowledged and skipped');
      ticket.settle();
    }
    // Only now may mqtt.js go on to the next message: it can do so synchronously, from inside this call.
    next?.();
  }

  private resume(): void {
    if (this.waiting.length === 0 || this.resumeScheduled) {
      return;
    }
    this.resumeScheduled = true;
    // Out of the gate's release loop: handling may settle (and release) synchronously.
    setImmediate(() => {
      this.resumeScheduled = false;
      while (this.waiting.length > 0 && this.gate.held < this.maxHeld) {
        const next = this.waiting.shift()!;
        this.handle(next.packet, next.callback);
      }
      if (this.waiting.length === 0) {
        this.client.stream?.resume();
      }
    });
  }

  // PUBACKs are let go in bursts (one broker Ack settles a batch): write each burst in one go.
  private cork(): void {
    const stream = this.client.stream;
    if (!this.corked && stream) {
      this.corked = true;
      stream.cork();
      process.nextTick(() => {
        this.corked = false;
        stream.uncork();
      });
    }
  }

  private holdPubacks(): void {
    const client = this.client as unknown as { _sendPacket: SendPacket; connected: boolean };
    const send = client._sendPacket.bind(this.client);
    client._sendPacket = (packet, cb, cbStorePut, noStore) => {
      if (packet.cmd !== 'puback' || !this.capturing) {
        send(packet, cb, cbStorePut, noStore);
        return;
      }
      const connection = this.connection;
      this.captured = () => {
        if (client.connected && connection === this.connection) {
          this.cork();
          send(packet);
        }
      };
      // mqtt.js may read the next message once this one is handled; the PUBACK goes when the gate releases it.
      this.capturedDone = cb;
    };
  }
}
