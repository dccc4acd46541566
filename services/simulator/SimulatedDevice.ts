/**
 * One simulated device on a Connect stream: registers, samples its signals every interval, sends them
 * in batches, heartbeats, answers commands, and reconnects with backoff when the stream fails.
 *
 * Why one file past ~300 lines: sampling, batching under back-pressure, commands and the session's
 * lifecycle share the device's timers and its one stream; the stream, the backoff, the signals and
 * the command decisions are already shared pieces.
 */
import type { Logger } from 'pino';
import type { BackoffOptions } from '../../common/backoff/backoff';
import { ReconnectPolicy } from '../../common/backoff/ReconnectPolicy';
import type { iot } from '../../common/proto/generated';
import { timestampFromMs } from '../../common/time/timestamp';
import { sessionErrorCategory, type IoTError } from '../../common/errors/errors';
import type { BrokerClient } from '../grpc/brokerService';
import { cancelDeviceSession, openDeviceSession, type DeviceSessionStream } from '../grpc/deviceSession';
import { decideCommand, type CommandEffect } from './deviceCommands';
import type { Random, SignalModel } from './signals';
import { jsonToStruct, structToJson } from '../../common/proto/jsonStruct';

export type DeviceState = 'idle' | 'connecting' | 'registered' | 'waiting' | 'stopped';

export interface SimulatedDeviceOptions {
  client: BrokerClient;
  deviceId: string;
  site: string;
  signals: SignalModel[];
  /** Sampling interval, in ms; changed at run time by the set_interval command. */
  intervalMs: number;
  /** Samples per signal gathered before one TelemetryBatch is sent. */
  batchTicks: number;
  heartbeatIntervalMs: number;
  token: string | undefined;
  metadata: { [key: string]: string };
  backoff: Partial<BackoffOptions>;
  /** How long a reboot keeps the device offline, in ms. */
  rebootDelayMs: number;
  /** Items kept while the stream is congested; beyond it the oldest are dropped (and counted). */
  maxPendingItems: number;
  random: Random;
  now: () => number;
  logger: Logger;
  /** Told about every state change. */
  onStateChange?: (state: DeviceState, previous: DeviceState) => void;
}

/** Counters of one device. */
export interface DeviceStats {
  itemsSent: number;
  itemsAcked: number;
  itemsRefused: number;
  itemsDropped: number;
  commandsAnswered: number;
  blinks: number;
  registrations: number;
  reconnects: number;
  lastError: string;
}

/** Counters at zero, for a new device or a fleet total. */
export function emptyDeviceStats(): DeviceStats {
  return {
    itemsSent: 0,
    itemsAcked: 0,
    itemsRefused: 0,
    itemsDropped: 0,
    commandsAnswered: 0,
    blinks: 0,
    registrations: 0,
    reconnects: 0,
    lastError: '',
  };
}

export class SimulatedDevice {
  private stateValue: DeviceState = 'idle';
  private stream: DeviceSessionStream | undefined;
  private sampleTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private batchId = 0;
  private pending: iot.broker.v1.IDeviceTelemetry[] = [];
  private ticks = 0;
  private congested = false;
  private lastSampleMs = 0;
  private startedMs = 0;
  private intervalMs: number;
  private readonly topics: string[];
  /** Restarts its backoff as soon as the broker registers the device. */
  private readonly reconnect: ReconnectPolicy;
  readonly stats: DeviceStats = emptyDeviceStats();

  constructor(private readonly options: SimulatedDeviceOptions) {
    this.intervalMs = options.intervalMs;
    this.topics = options.signals.map((signal) => `${this.topicPrefix}/${signal.name}`);
    this.reconnect = new ReconnectPolicy({ backoff: options.backoff, random: options.random, now: options.now });
  }

  get deviceId(): string {
    return this.options.deviceId;
  }

  get state(): DeviceState {
    return this.stateValue;
  }

  /** The current sampling interval, in ms. */
  get currentIntervalMs(): number {
    return this.intervalMs;
  }

  /** Topics are `site/<site>/device/<id>/<signal>`. */
  get topicPrefix(): string {
    return `site/${this.options.site}/device/${this.options.deviceId}`;
  }

  /** Connects (and keeps reconnecting) until stop(). */
  start(): void {
    if (this.stateValue !== 'idle') {
      return;
    }
    this.startedMs = this.options.now();
    this.connect();
  }

  /** Closes the stream and stops every timer; safe to call twice. */
  stop(): void {
    if (this.stateValue === 'stopped') {
      return;
    }
    this.teardown();
    clearTimeout(this.retryTimer);
    this.setState('stopped');
  }

  private connect(): void {
    this.setState('connecting');
    const register = {
      deviceId: this.options.deviceId,
      metadata: this.options.metadata,
      topics: [`${this.topicPrefix}/#`],
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
    };
    const stream: DeviceSessionStream = openDeviceSession(this.options.client, this.options.token, register, {
      message: (message) => this.onMessage(message),
      drain: () => {
        this.congested = false;
        this.flush();
      },
      ended: (reason) => this.onStreamEnded(stream, reason),
    });
    this.stream = stream;
  }

  private onMessage(message: iot.broker.v1.BrokerMessage): void {
    switch (message.kind) {
      case 'registered':
        this.reconnect.connected();
        this.stats.registrations++;
        this.setState('registered');
        this.startTimers();
        return;
      case 'ack': {
        const sequences = message.ack?.sequences ?? [];
        for (const sequence of sequences) {
          if (Number(sequence) > 0) {
            this.stats.itemsAcked++;
          } else {
            this.stats.itemsRefused++;
          }
        }
        if (message.ack?.error) {
          this.stats.lastError = message.ack.error;
        }
        return;
      }
      case 'command':
        this.onCommand(message.command as iot.broker.v1.DeviceCommand);
        return;
      case 'error':
        this.stats.lastError = message.error?.message ?? '';
        this.options.logger.warn(
          {
            deviceId: this.deviceId,
            error: message.error?.message,
            category: message.error && sessionErrorCategory(message.error),
          },
          'broker reported an error'
        );
        return;
      default:
        return;
    }
  }

  private onCommand(command: iot.broker.v1.DeviceCommand): void {
    const args = command.payload?.json ? structToJson(command.payload.json) : {};
    const now = this.options.now();
    const decision = decideCommand(command.name ?? '', args, {
      deviceId: this.deviceId,
      intervalMs: this.intervalMs,
      nowMs: now,
      uptimeMs: now - this.startedMs,
    });
    this.stream?.write({
      commandResult: {
        commandId: command.commandId,
        ok: decision.ok,
        result: decision.result ? { json: jsonToStruct(decision.result) } : undefined,
        error: decision.error ?? '',
      },
    });
    this.stats.commandsAnswered++;
    this.apply(decision.effect);
  }

  private apply(effect: CommandEffect): void {
    switch (effect.kind) {
      case 'set_interval':
        this.intervalMs = effect.intervalMs;
        this.restartSampling();
        return;
      case 'blink':
        this.stats.blinks += effect.times;
        return;
      case 'reboot': {
        // The reply is written first; ending the stream half-closes after it, then the device comes back.
        const stream = this.stream;
        this.teardown(false);
        stream?.end();
        this.setState('waiting');
        this.retryTimer = setTimeout(() => this.connect(), this.options.rebootDelayMs);
        return;
      }
      default:
        return;
    }
  }

  private onStreamEnded(stream: DeviceSessionStream, error: IoTError): void {
    if (stream !== this.stream || this.stateValue === 'stopped') {
      return;
    }
    const reason = error.message;
    this.stats.lastError = reason;
    this.teardown();
    const { delayMs, attempt, firstOfOutage } = this.reconnect.lost();
    this.stats.reconnects++;
    // One line per outage at info; its retries are debug lines.
    const fields = { deviceId: this.deviceId, reason, attempt, retryInMs: delayMs };
    if (firstOfOutage) {
      this.options.logger.info(fields, 'session lost; reconnecting');
    } else {
      this.options.logger.debug(fields, 'session lost; retrying');
    }
    this.setState('waiting');
    this.retryTimer = setTimeout(() => this.connect(), delayMs);
  }

  private startTimers(): void {
    this.lastSampleMs = this.options.now();
    this.restartSampling();
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      this.stream?.write({ heartbeat: { deviceTime: timestampFromMs(this.options.now()) } });
    }, this.options.heartbeatIntervalMs);
  }

  private restartSampling(): void {
    clearInterval(this.sampleTimer);
    if (this.stateValue === 'registered') {
      this.sampleTimer = setInterval(() => this.sample(), this.intervalMs);
    }
  }

  private sample(): void {
    const now = this.options.now();
    const dtSeconds = Math.max(0.001, (now - this.lastSampleMs) / 1000);
    this.lastSampleMs = now;
    const eventTime = timestampFromMs(now);
    const signals = this.options.signals;
    for (let i = 0; i < signals.length; i++) {
      this.pending.push({
        topic: this.topics[i],
        payload: { telemetry: { values: signals[i].next(dtSeconds, this.options.random) } },
        eventTime,
      });
    }
    const overflow = this.pending.length - this.options.maxPendingItems;
    if (overflow > 0) {
      this.pending.splice(0, overflow);
      this.stats.itemsDropped += overflow;
    }
    if (++this.ticks >= this.options.batchTicks) {
      this.flush();
    }
  }

  private flush(): void {
    if (this.congested || this.pending.length === 0 || this.stateValue !== 'registered' || !this.stream) {
      return;
    }
    const items = this.pending;
    this.pending = [];
    this.ticks = 0;
    this.stats.itemsSent += items.length;
    if (!this.stream.write({ telemetry: { batchId: ++this.batchId, items } })) {
      this.congested = true;
    }
  }

  /** Stops timers and drops the stream; with `cancel`, the call is cancelled rather than left to end. */
  private teardown(cancel = true): void {
    clearInterval(this.sampleTimer);
    clearInterval(this.heartbeatTimer);
    this.sampleTimer = undefined;
    this.heartbeatTimer = undefined;
    const stream = this.stream;
    this.stream = undefined;
    this.congested = false;
    if (cancel && stream) {
      cancelDeviceSession(stream);
    }
  }

  private setState(next: DeviceState): void {
    const previous = this.stateValue;
    if (previous !== next) {
      this.stateValue = next;
      this.options.onStateChange?.(next, previous);
    }
  }
}
