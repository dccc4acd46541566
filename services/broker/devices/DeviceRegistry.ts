/** The devices of every tenant: who is connected, through which session, and what they declared. */
import { RateLimitError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';

/** The session side of a connected device, as the registry and the command router use it. */
export interface DeviceConnection {
  /** Writes a command down the device's stream. */
  sendCommand(command: iot.broker.v1.IDeviceCommand): void;
  /** Ends this session because a newer one registered the same device. */
  supersede(): void;
}

/** One device as discovery reports it. */
export interface DeviceRecord {
  readonly deviceId: string;
  metadata: { [key: string]: string };
  topics: string[];
  /** The open session, or undefined while disconnected. */
  session: DeviceConnection | undefined;
  /** When any message last came from the device (epoch ms). */
  lastSeenMs: number;
  connectedSinceMs: number;
  /** When the device last disconnected (epoch ms), for evicting the longest gone first. */
  disconnectedAtMs: number;
}

/** A device as discovery reports it, on this broker or on another. */
export interface DeviceSummary {
  deviceId: string;
  connected: boolean;
  lastSeenMs: number;
  connectedSinceMs: number;
  metadata: { [key: string]: string };
  topics: string[];
}

/** The summary of a device this broker knows. */
export function summaryOf(record: DeviceRecord): DeviceSummary {
  return {
    deviceId: record.deviceId,
    connected: record.session !== undefined,
    lastSeenMs: record.lastSeenMs,
    connectedSinceMs: record.connectedSinceMs,
    metadata: record.metadata,
    topics: record.topics,
  };
}

/** Called when a device's session ends (so waiting commands can fail fast) or starts. */
export type DeviceGoneListener = (tenant: string, deviceId: string) => void;
export type DeviceAttachedListener = DeviceGoneListener;

/** How long a disconnected device is remembered (metadata, topics, last heartbeat): one day. */
export const FORGET_OFFLINE_AFTER_MS = 24 * 60 * 60 * 1000;

export class DeviceRegistry {
  private readonly tenants = new Map<string, Map<string, DeviceRecord>>();
  private connected = 0;
  private readonly goneListeners: DeviceGoneListener[] = [];
  private readonly attachedListeners: DeviceAttachedListener[] = [];

  constructor(
    private readonly maxDevicesPerTenant: number,
    private readonly forgetOfflineAfterMs = FORGET_OFFLINE_AFTER_MS,
    private readonly now: () => number = Date.now
  ) {}

  /** Devices with an open session, over all tenants. */
  get connectedCount(): number {
    return this.connected;
  }

  /** Registers who to tell when a device's session ends. */
  onDeviceGone(listener: DeviceGoneListener): void {
    this.goneListeners.push(listener);
  }

  /** Registers who to tell when a device's session starts. */
  onDeviceAttached(listener: DeviceAttachedListener): void {
    this.attachedListeners.push(listener);
  }

  /** Binds a device to a session, ending the previous session of the same device if any. */
  attach(
    tenant: string,
    deviceId: string,
    declared: { metadata: { [key: string]: string }; topics: string[] },
    session: DeviceConnection,
    nowMs: number
  ): DeviceRecord {
    const devices = this.devicesOf(tenant);
    let record = devices.get(deviceId);
    const previous = record?.session;
    if (!record) {
      this.evictIfFull(devices);
      record = {
        deviceId,
        metadata: {},
        topics: [],
        session: undefined,
        lastSeenMs: 0,
        connectedSinceMs: 0,
        disconnectedAtMs: 0,
      };
      devices.set(deviceId, record);
    }
    if (previous) {
      this.detach(tenant, deviceId, previous, nowMs);
      previous.supersede();
    }
    record.metadata = declared.metadata;
    record.topics = declared.topics;
    record.session = session;
    record.lastSeenMs = nowMs;
    record.connectedSinceMs = nowMs;
    this.connected++;
    for (const listener of this.attachedListeners) {
      listener(tenant, deviceId);
    }
    return record;
  }

  /** Marks a device disconnected if `session` is still its session; harmless otherwise. */
  detach(tenant: string, deviceId: string, session: DeviceConnection, nowMs: number): void {
    const record = this.tenants.get(tenant)?.get(deviceId);
    if (!record || record.session !== session) {
      return;
    }
    record.session = undefined;
    record.disconnectedAtMs = nowMs;
    this.connected--;
    for (const listener of this.goneListeners) {
      listener(tenant, deviceId);
    }
  }

  /** One device of a tenant. */
  get(tenant: string, deviceId: string): DeviceRecord | undefined {
    this.forgetLongGone(tenant);
    return this.tenants.get(tenant)?.get(deviceId);
  }

  /** A tenant's devices, sorted by id. */
  list(tenant: string): DeviceRecord[] {
    this.forgetLongGone(tenant);
    return [...(this.tenants.get(tenant)?.values() ?? [])].sort((a, b) =>
      a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0
    );
  }

  /** The tenants with devices. */
  tenantNames(): IterableIterator<string> {
    return this.tenants.keys();
  }

  /** Forgets every device; sessions are ended by their own calls. */
  clear(): void {
    this.tenants.clear();
    this.connected = 0;
  }

  private devicesOf(tenant: string): Map<string, DeviceRecord> {
    let devices = this.tenants.get(tenant);
    if (!devices) {
      devices = new Map();
      this.tenants.set(tenant, devices);
    }
    return devices;
  }

  // A device offline longer than the bound is forgotten with its metadata: memory does not grow with
  // every device that ever connected. Checked when the tenant's devices are read (cheap: one pass).
  private forgetLongGone(tenant: string): void {
    const devices = this.tenants.get(tenant);
    if (!devices) {
      return;
    }
    const cutoff = this.now() - this.forgetOfflineAfterMs;
    for (const [deviceId, record] of devices) {
      if (!record.session && record.disconnectedAtMs < cutoff) {
        devices.delete(deviceId);
      }
    }
  }

  // Remembering disconnected devices makes Command answer UNAVAILABLE rather than NOT_FOUND, but the
  // memory is bounded: the device gone longest is forgotten first.
  private evictIfFull(devices: Map<string, DeviceRecord>): void {
    if (devices.size < this.maxDevicesPerTenant) {
      return;
    }
    let oldest: DeviceRecord | undefined;
    for (const record of devices.values()) {
      if (!record.session && (!oldest || record.disconnectedAtMs < oldest.disconnectedAtMs)) {
        oldest = record;
      }
    }
    if (!oldest) {
      throw new RateLimitError(
        `this tenant already has ${devices.size} connected devices, the broker's limit (BROKER_MAX_DEVICES)`
      );
    }
    devices.delete(oldest.deviceId);
  }
}
