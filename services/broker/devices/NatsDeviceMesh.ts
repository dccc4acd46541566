/**
 * Devices and commands across the brokers of one NATS deployment, with NATS request/reply:
 *
 * - While a device is connected to a broker, that broker answers requests on
 *   `<prefix>_devices.cmd.<tenant>.<device>` (a queue group, so one broker answers even while a device
 *   moves between brokers). A command sent to any other broker is a request there; "no responders"
 *   means the device is connected nowhere.
 * - Every broker answers `<prefix>_devices.list.<tenant>` with the devices it knows, so ListDevices
 *   shows the whole deployment.
 *
 * Tenant and device ids are escaped as subject tokens the way topics are (bus/jetstream/subjects.ts).
 */
import { headers, type Msg, type NatsConnection, type Subscription } from '@nats-io/nats-core';
import { randomUUID } from 'node:crypto';
import {
  categoryFromGrpcCode,
  IoTError,
  isIoTError,
  NotFoundError,
  TimeoutError,
  toIoTError,
  UpstreamError,
} from '../../../common/errors/errors';
import { iot } from '../../../common/proto';
import { escapeToken } from '../bus/jetstream/subjects';
import type { CommandAnswer, CommandRouter, RemoteDevices } from './CommandRouter';
import { summaryOf, type DeviceRegistry, type DeviceSummary } from './DeviceRegistry';

const DEADLINE_HEADER = 'Iot-Deadline-Ms';
const ERROR_CODE_HEADER = 'Iot-Error-Code';
const QUEUE = 'iotlive-brokers';
/** How long ListDevices waits for the other brokers: until none answered for STALL_MS, at most LIST_WAIT_MS. */
const LIST_WAIT_MS = 1_000;
const STALL_MS = 100;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

/** What the broker asks of the devices of the whole deployment. */
export interface DeviceDirectory {
  list(tenant: string): Promise<DeviceSummary[]>;
  close(): void;
}

export class NatsDeviceMesh implements RemoteDevices, DeviceDirectory {
  private readonly commandSubscriptions = new Map<string, Subscription>();
  private readonly listSubscription: Subscription;
  /** Tells a broker's own answers apart in a ListDevices round. */
  private readonly brokerId = randomUUID();
  private closed = false;

  constructor(
    private readonly connection: NatsConnection,
    private readonly prefix: string,
    private readonly devices: DeviceRegistry,
    private readonly commands: CommandRouter
  ) {
    this.listSubscription = connection.subscribe(`${prefix}_devices.list.*`, {
      callback: (err, msg) => (err ? undefined : this.answerList(msg)),
    });
    devices.onDeviceAttached((tenant, deviceId) => this.attached(tenant, deviceId));
    devices.onDeviceGone((tenant, deviceId) => this.gone(tenant, deviceId));
    commands.useRemote(this);
  }

  async command(
    tenant: string,
    deviceId: string,
    name: string,
    payload: iot.broker.v1.IPayload | null | undefined,
    deadlineMs: number
  ): Promise<CommandAnswer> {
    const request = iot.broker.v1.CommandRequest.encode({ deviceId, name, payload }).finish();
    const requestHeaders = headers();
    requestHeaders.set(DEADLINE_HEADER, String(deadlineMs));
    const waitMs = Math.max(1, deadlineMs - Date.now());
    let reply: Msg;
    try {
      reply = await this.connection.request(this.commandSubject(tenant, deviceId), request, {
        timeout: waitMs,
        headers: requestHeaders,
      });
    } catch (err) {
      throw await this.requestFailure(err, tenant, deviceId, name, waitMs);
    }
    const code = reply.headers?.get(ERROR_CODE_HEADER);
    if (code) {
      throw new IoTError(categoryFromGrpcCode(Number(code)), textDecoder.decode(reply.data), {
        grpcCode: Number(code),
      });
    }
    const result = iot.broker.v1.CommandResult.decode(reply.data);
    return {
      commandId: result.commandId,
      deviceId: result.deviceId,
      ok: result.ok,
      result: result.result,
      error: result.error,
      roundTripMs: result.roundTripMs,
    };
  }

  /** The tenant's devices as every broker knows them: connected wins, then the most recently seen. */
  async list(tenant: string): Promise<DeviceSummary[]> {
    const merged = new Map<string, DeviceSummary>();
    const add = (device: DeviceSummary) => {
      const known = merged.get(device.deviceId);
      if (
        !known ||
        (device.connected && !known.connected) ||
        (device.connected === known.connected && device.lastSeenMs > known.lastSeenMs)
      ) {
        merged.set(device.deviceId, device);
      }
    };
    this.localSummaries(tenant).forEach(add);
    const requestHeaders = headers();
    requestHeaders.set('Iot-Broker-Id', this.brokerId);
    try {
      const replies = await this.connection.requestMany(
        `${this.prefix}_devices.list.${escapeToken(tenant)}`,
        undefined,
        {
          strategy: 'stall',
          stall: STALL_MS,
          maxWait: LIST_WAIT_MS,
          headers: requestHeaders,
        }
      );
      for await (const reply of replies) {
        if (reply.data.length > 0) {
          (JSON.parse(textDecoder.decode(reply.data)) as DeviceSummary[]).forEach(add);
        }
      }
    } catch {
      // Other brokers unreachable: this broker's own devices are still worth showing.
    }
    return [...merged.values()].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0));
  }

  /** Stops answering for this broker's devices; safe to call twice. */
  close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.listSubscription.unsubscribe();
    for (const subscription of this.commandSubscriptions.values()) {
      subscription.unsubscribe();
    }
    this.commandSubscriptions.clear();
  }

  private commandSubject(tenant: string, deviceId: string): string {
    return `${this.prefix}_devices.cmd.${escapeToken(tenant)}.${escapeToken(deviceId)}`;
  }

  private attached(tenant: string, deviceId: string): void {
    const subject = this.commandSubject(tenant, deviceId);
    if (this.closed || this.commandSubscriptions.has(subject)) {
      return;
    }
    const subscription = this.connection.subscribe(subject, {
      queue: QUEUE,
      callback: (err, msg) => (err ? undefined : void this.answerCommand(tenant, deviceId, msg)),
    });
    this.commandSubscriptions.set(subject, subscription);
  }

  private gone(tenant: string, deviceId: string): void {
    const subject = this.commandSubject(tenant, deviceId);
    this.commandSubscriptions.get(subject)?.unsubscribe();
    this.commandSubscriptions.delete(subject);
  }

  private async answerCommand(tenant: string, deviceId: string, msg: Msg): Promise<void> {
    try {
      const request = iot.broker.v1.CommandRequest.decode(msg.data);
      const deadlineMs = Number(msg.headers?.get(DEADLINE_HEADER)) || Date.now() + 10_000;
      const answer = await this.commands.sendLocal(tenant, deviceId, request.name, request.payload, deadlineMs).answer;
      msg.respond(iot.broker.v1.CommandResult.encode({ ...answer, result: answer.result ?? undefined }).finish());
    } catch (err) {
      const error = toIoTError(err);
      const replyHeaders = headers();
      replyHeaders.set(ERROR_CODE_HEADER, String(error.grpcCode));
      msg.respond(textEncoder.encode(error.message), { headers: replyHeaders });
    }
  }

  private answerList(msg: Msg): void {
    if (msg.headers?.get('Iot-Broker-Id') === this.brokerId) {
      return;
    }
    const tenantToken = msg.subject.slice(msg.subject.lastIndexOf('.') + 1);
    const summaries = [...this.tenantsWithToken(tenantToken)].flatMap((tenant) => this.localSummaries(tenant));
    msg.respond(textEncoder.encode(JSON.stringify(summaries)));
  }

  private *tenantsWithToken(token: string): Iterable<string> {
    for (const tenant of this.devices.tenantNames()) {
      if (escapeToken(tenant) === token) {
        yield tenant;
      }
    }
  }

  private localSummaries(tenant: string): DeviceSummary[] {
    return this.devices.list(tenant).map(summaryOf);
  }

  private async requestFailure(
    err: unknown,
    tenant: string,
    deviceId: string,
    name: string,
    waitMs: number
  ): Promise<Error> {
    if (isIoTError(err)) {
      return err;
    }
    const kind =
      err instanceof Error ? `${err.name} ${err.message} ${String((err as { cause?: unknown }).cause)}` : String(err);
    if (/no ?responders/i.test(kind)) {
      const known = (await this.list(tenant)).some((device) => device.deviceId === deviceId);
      return known
        ? new UpstreamError(
            `device "${deviceId}" is offline (not connected to any broker); retry when ListDevices shows it connected`
          )
        : new NotFoundError(`no device "${deviceId}" has ever connected to this tenant; check the id with ListDevices`);
    }
    if (/timeout/i.test(kind)) {
      return new TimeoutError(`device "${deviceId}" did not answer command "${name}" within ${waitMs} ms`);
    }
    return new UpstreamError(`the command could not be routed through NATS (${kind}); retry`, { cause: err });
  }
}
