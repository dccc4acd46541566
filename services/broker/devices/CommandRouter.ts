/** Routes commands to connected devices and correlates their answers with the waiting callers. */
import { randomUUID } from 'node:crypto';
import { GrpcCode, NotFoundError, TimeoutError, UpstreamError, IoTError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { CommandOutcome } from '../BrokerMetrics';
import type { DeviceRegistry, DeviceConnection } from './DeviceRegistry';

/** A command's answer as the caller receives it. */
export interface CommandAnswer {
  commandId: string;
  deviceId: string;
  ok: boolean;
  result: iot.broker.v1.IPayload | null | undefined;
  error: string;
  roundTripMs: number;
}

interface PendingCommand {
  tenant: string;
  deviceId: string;
  name: string;
  session: DeviceConnection;
  startedMs: number;
  timer: NodeJS.Timeout;
  resolve(answer: CommandAnswer): void;
  reject(error: IoTError): void;
}

/** Devices connected to other brokers of the same deployment, reached through the message system. */
export interface RemoteDevices {
  /** Sends a command to a device connected to another broker; rejects as the local path would. */
  command(
    tenant: string,
    deviceId: string,
    name: string,
    payload: iot.broker.v1.IPayload | null | undefined,
    deadlineMs: number
  ): Promise<CommandAnswer>;
}

/** A command in flight: its id, the answer to come, and a way to give up on it. */
export interface CommandHandle {
  readonly commandId: string;
  readonly answer: Promise<CommandAnswer>;
  /** Stops waiting (the caller went away); safe to call after the answer. */
  cancel(): void;
}

/** A command was cancelled by its caller. */
export class CommandCancelledError extends IoTError {
  override readonly name = 'CommandCancelledError';
  constructor(message: string) {
    super('upstream', message, { grpcCode: GrpcCode.CANCELLED });
  }
}

export class CommandRouter {
  private readonly pending = new Map<string, PendingCommand>();
  private closed = false;
  private remote: RemoteDevices | undefined;

  constructor(
    private readonly devices: DeviceRegistry,
    private readonly recordOutcome: (outcome: CommandOutcome) => void,
    private readonly now: () => number = Date.now
  ) {
    devices.onDeviceGone((tenant, deviceId) => this.failDevice(tenant, deviceId));
  }

  /** Lets commands reach devices connected to other brokers. */
  useRemote(remote: RemoteDevices): void {
    this.remote = remote;
  }

  /** Commands waiting for an answer. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Sends a command to a tenant's device and waits until `deadlineMs` (epoch ms) for its answer.
   * Throws NotFoundError for an unknown device and UpstreamError (UNAVAILABLE) for a disconnected one.
   */
  send(
    tenant: string,
    deviceId: string,
    name: string,
    payload: iot.broker.v1.IPayload | null | undefined,
    deadlineMs: number
  ): CommandHandle {
    const remote = this.remote;
    if (remote && !this.closed && !this.devices.get(tenant, deviceId)?.session) {
      // Not connected here: the broker it is connected to answers, or the remote side says why not.
      let cancelled: (() => void) | undefined;
      const answer = Promise.race([
        remote.command(tenant, deviceId, name, payload, deadlineMs),
        new Promise<never>((_, reject) => {
          cancelled = () => reject(new CommandCancelledError(`the caller cancelled command "${name}"`));
        }),
      ]);
      return { commandId: '', answer, cancel: () => cancelled?.() };
    }
    return this.sendLocal(tenant, deviceId, name, payload, deadlineMs);
  }

  /** Like send(), for a device connected to this broker only. */
  sendLocal(
    tenant: string,
    deviceId: string,
    name: string,
    payload: iot.broker.v1.IPayload | null | undefined,
    deadlineMs: number
  ): CommandHandle {
    const device = this.devices.get(tenant, deviceId);
    if (!device) {
      this.recordOutcome('not_found');
      throw new NotFoundError(`no device "${deviceId}" has ever connected to this tenant: check the device id`);
    }
    const session = device.session;
    if (!session || this.closed) {
      this.recordOutcome('unavailable');
      throw new UpstreamError(`device "${deviceId}" is offline (not connected): retry when it is connected again`);
    }
    const commandId = randomUUID();
    const startedMs = this.now();
    let entry: PendingCommand | undefined;
    const answer = new Promise<CommandAnswer>((resolve, reject) => {
      const waitMs = Math.max(0, deadlineMs - startedMs);
      const timer = setTimeout(() => this.expire(commandId), waitMs);
      entry = { tenant, deviceId, name, session, startedMs, timer, resolve, reject };
    });
    this.pending.set(commandId, entry as PendingCommand);
    session.sendCommand({ commandId, name, payload: payload ?? undefined, deadline: timestampFromMs(deadlineMs) });
    return {
      commandId,
      answer,
      cancel: () =>
        this.settle(commandId, 'cancelled', new CommandCancelledError(`the caller cancelled command "${name}"`)),
    };
  }

  /** Hands a device's answer to the waiting caller; false when nobody waits for it (late or foreign). */
  resolve(
    tenant: string,
    deviceId: string,
    session: DeviceConnection,
    response: iot.broker.v1.ICommandResponse
  ): boolean {
    const commandId = response.commandId ?? '';
    const entry = this.pending.get(commandId);
    // Only the session the command went to may answer it: another device, tenant or a later session cannot.
    if (!entry || entry.tenant !== tenant || entry.deviceId !== deviceId || entry.session !== session) {
      return false;
    }
    this.pending.delete(commandId);
    clearTimeout(entry.timer);
    const ok = response.ok === true;
    this.recordOutcome(ok ? 'ok' : 'failed');
    entry.resolve({
      commandId,
      deviceId,
      ok,
      result: response.result,
      error: response.error ?? '',
      roundTripMs: Math.max(0, Math.round(this.now() - entry.startedMs)),
    });
    return true;
  }

  /** Fails every waiting command and refuses new ones; safe to call twice. */
  close(): void {
    this.closed = true;
    for (const commandId of [...this.pending.keys()]) {
      this.settle(
        commandId,
        'unavailable',
        new UpstreamError('the broker is shutting down; retry against a running broker')
      );
    }
  }

  private failDevice(tenant: string, deviceId: string): void {
    for (const [commandId, entry] of this.pending) {
      if (entry.tenant === tenant && entry.deviceId === deviceId) {
        this.settle(
          commandId,
          'unavailable',
          new UpstreamError(
            `device "${deviceId}" disconnected before answering command "${entry.name}"; retry when it is back`
          )
        );
      }
    }
  }

  private expire(commandId: string): void {
    const entry = this.pending.get(commandId);
    if (entry) {
      this.settle(
        commandId,
        'timeout',
        new TimeoutError(
          `device "${entry.deviceId}" did not answer command "${entry.name}" within ${this.now() - entry.startedMs} ms`
        )
      );
    }
  }

  private settle(commandId: string, outcome: CommandOutcome, error: IoTError): void {
    const entry = this.pending.get(commandId);
    if (!entry) {
      return;
    }
    this.pending.delete(commandId);
    clearTimeout(entry.timer);
    this.recordOutcome(outcome);
    entry.reject(error);
  }
}
