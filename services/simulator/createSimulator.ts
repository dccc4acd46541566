/** A fleet of simulated devices sharing one gRPC channel. */
import pino, { type Logger } from 'pino';
import type { BackoffOptions } from '../../common/backoff/backoff';
import { createBrokerClient, type BrokerClient } from '../grpc/brokerService';
import { deviceSignals, type Random } from './signals';
import { emptyDeviceStats, SimulatedDevice, type DeviceStats } from './SimulatedDevice';

export interface SimulatorOptions {
  /** The broker, host:port. */
  target: string;
  /** Bearer token with the "device" permission (none in open mode). */
  token: string | undefined;
  /** How many devices. */
  devices: number;
  /** Samples per second per device (each sample reports every signal). */
  rateHz: number;
  /** The site level of every topic. */
  site: string;
  /** Samples gathered per TelemetryBatch. */
  batch: number;
  /** Device ids are this prefix plus a 4-digit index. */
  idPrefix: string;
  heartbeatIntervalMs: number;
  rebootDelayMs: number;
  backoff: Partial<BackoffOptions>;
  random: Random;
  now: () => number;
  logger: Logger;
}

/** The defaults of every option. */
export function defaultSimulatorOptions(): SimulatorOptions {
  return {
    target: '127.0.0.1:50051',
    token: undefined,
    devices: 10,
    rateHz: 1,
    site: 'lab',
    batch: 1,
    idPrefix: 'sim-',
    heartbeatIntervalMs: 5_000,
    rebootDelayMs: 1_000,
    backoff: { initialMs: 250, maxMs: 10_000 },
    random: Math.random,
    now: Date.now,
    logger: pino({ level: 'silent' }),
  };
}

export interface Simulator {
  readonly devices: readonly SimulatedDevice[];
  /** Connects every device. */
  start(): void;
  /** Resolves once every device has registered at least once (rejects after `timeoutMs`). */
  ready(timeoutMs?: number): Promise<void>;
  /** Totals over all devices. */
  stats(): DeviceStats;
  /** Disconnects every device and closes the channel; safe to call twice. */
  stop(): Promise<void>;
}

/** Creates a simulator; nothing connects until start(). */
export function createSimulator(options: Partial<SimulatorOptions> = {}): Simulator {
  const resolved = {
    ...defaultSimulatorOptions(),
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as SimulatorOptions;
  if (!Number.isInteger(resolved.devices) || resolved.devices < 1) {
    throw new RangeError(`devices must be a whole number of at least 1, got ${resolved.devices}`);
  }
  if (!(resolved.rateHz > 0 && resolved.rateHz <= 1000)) {
    throw new RangeError(`rate must be above 0 and at most 1000 Hz, got ${resolved.rateHz}`);
  }
  if (!Number.isInteger(resolved.batch) || resolved.batch < 1) {
    throw new RangeError(`batch must be a whole number of at least 1, got ${resolved.batch}`);
  }
  const client: BrokerClient = createBrokerClient(resolved.target);
  const intervalMs = Math.max(1, Math.round(1000 / resolved.rateHz));
  const devices = Array.from({ length: resolved.devices }, (_, index) => {
    const deviceId = `${resolved.idPrefix}${String(index + 1).padStart(4, '0')}`;
    return new SimulatedDevice({
      client,
      deviceId,
      site: resolved.site,
      signals: deviceSignals(index, resolved.random),
      intervalMs,
      batchTicks: resolved.batch,
      heartbeatIntervalMs: resolved.heartbeatIntervalMs,
      token: resolved.token,
      metadata: { site: resolved.site, model: 'iotlive-sim', firmware: '1.0.0', index: String(index + 1) },
      backoff: resolved.backoff,
      rebootDelayMs: resolved.rebootDelayMs,
      maxPendingItems: 10_000,
      random: resolved.random,
      now: resolved.now,
      logger: resolved.logger,
    });
  });
  let stopped = false;
  return {
    devices,
    start() {
      for (const device of devices) {
        device.start();
      }
    },
    ready(timeoutMs = 10_000) {
      return new Promise<void>((resolve, reject) => {
        const deadline = resolved.now() + timeoutMs;
        const check = () => {
          if (devices.every((device) => device.stats.registrations > 0)) {
            resolve();
          } else if (stopped || resolved.now() > deadline) {
            const missing = devices
              .filter((device) => device.stats.registrations === 0)
              .map((device) => device.deviceId);
            reject(
              new Error(
                `${missing.length} devices did not register within ${timeoutMs} ms (e.g. ${missing[0]}): is a broker at ${resolved.target}?`
              )
            );
          } else {
            setTimeout(check, 20);
          }
        };
        check();
      });
    },
    stats() {
      const total = emptyDeviceStats();
      for (const { stats } of devices) {
        for (const key of Object.keys(total) as Array<keyof DeviceStats>) {
          if (key === 'lastError') {
            total.lastError = stats.lastError || total.lastError;
          } else {
            total[key] += stats[key];
          }
        }
      }
      return total;
    },
    async stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      for (const device of devices) {
        device.stop();
      }
      client.close();
    },
  };
}
