/**
 * One bridged device's session with our broker (a Connect stream): registers the device, sends its
 * messages in acknowledged TelemetryBatches, heartbeats, passes commands down to the bridge and their
 * results back. A batch lost with the stream is sent again on the next session, so every item is
 * settled exactly once: accepted (a sequence) or refused by the broker.
 *
 * Why one file past ~300 lines: the queue, the in-flight batches, their acknowledgements and the
 * reconnect share one invariant (every item settled exactly once, resent in order after a lost
 * session), which stays readable only in one place; the stream and the backoff are shared pieces
 * (openDeviceSession, ReconnectPolicy).
 */
import type { Logger } from 'pino';
import type { BackoffOptions } from '../../common/backoff/backoff';
import { ReconnectPolicy } from '../../common/backoff/ReconnectPolicy';
import type { iot } from '../../common/proto/generated';
import { timestampFromMs } from '../../common/time/timestamp';
import { sessionErrorCategory, UpstreamError, type IoTError } from '../../common/errors/errors';
import type { BrokerClient } from '../grpc/brokerService';
import { cancelDeviceSession, openDeviceSession, type DeviceSessionStream } from '../grpc/deviceSession';

export type DeviceLinkState = 'idle' | 'connecting' | 'registered' | 'waiting' | 'closing' | 'closed';

/** One message on its way to the broker. */
export interface LinkItem {
  topic: string;
  payload: iot.broker.v1.IPayload;
  eventTimeMs: number;
  /** The event time as a protobuf Timestamp; set from eventTimeMs when the item is queued. */
  eventTime?: { seconds: number; nanos: number };
  labels?: { [key: string]: string };
  /** Nobody waits for it (QoS 0): it may be dropped when the queue is full. */
  droppable?: boolean;
  /** Told once: true when the broker stored it, false when the broker refused it. */
  settle(accepted: boolean): void;
}

export interface DeviceLinkOptions {
  client: BrokerClient;
  token: string | undefined;
  deviceId: string;
  metadata: { [key: string]: string };
  /** Topics the device registers (filters allowed). */
  topics: string[];
  heartbeatIntervalMs: number;
  batchMaxItems: number;
  maxBatchesInFlight: number;
  /** Items without an acknowledgement to wait for (QoS 0) held beyond this are dropped, oldest first. */
  maxQueued: number;
  backoff: Partial<BackoffOptions>;
  logger: Logger;
  /** A command for this device arrived from the broker. */
  onCommand(link: DeviceLink, command: iot.broker.v1.DeviceCommand): void;
  /** Items dropped because the queue was full. */
  onDropped(count: number): void;
  /** The broker refused items; `error` says why. */
  onRefused(count: number, error: string): void;
}

type WireItem = iot.broker.v1.IDeviceTelemetry;

interface SentBatch {
  items: LinkItem[];
}

export class DeviceLink {
  private stateValue: DeviceLinkState = 'idle';
  private stream: DeviceSessionStream | undefined;
  private queue: LinkItem[] = [];
  private readonly inFlight = new Map<number, SentBatch>();
  private batchId = 0;
  /** Restarts its backoff as soon as the broker registers the device. */
  private readonly reconnect: ReconnectPolicy;
  private congested = false;
  private flushScheduled = false;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closedResolve: (() => void) | undefined;
  private readonly closedPromise: Promise<void>;
  /** When the last item arrived (epoch ms), for closing idle sessions. */
  lastActivityMs = Date.now();

  constructor(private readonly options: DeviceLinkOptions) {
    this.closedPromise = new Promise((resolve) => (this.closedResolve = resolve));
    this.reconnect = new ReconnectPolicy({ backoff: options.backoff });
  }

  get deviceId(): string {
    return this.options.deviceId;
  }

  get state(): DeviceLinkState {
    return this.stateValue;
  }

  /** Items queued or in flight. */
  get pending(): number {
    let count = this.queue.length;
    for (const batch of this.inFlight.values()) {
      count += batch.items.length;
    }
    return count;
  }

  /** Opens the session (and keeps reopening it) until close(). */
  open(): void {
    if (this.stateValue === 'idle') {
      this.connect();
    }
  }

  /** Queues one item; it is sent with the next batch. */
  send(item: LinkItem): void {
    if (this.stateValue === 'closed') {
      item.settle(false);
      return;
    }
    this.lastActivityMs = Date.now();
    item.eventTime = timestampFromMs(item.eventTimeMs);
    this.queue.push(item);
    if (this.queue.length > this.options.maxQueued) {
      this.dropOverflow();
    }
    this.scheduleFlush();
  }

  /** Answers a command this link delivered. */
  reply(response: iot.broker.v1.ICommandResponse): void {
    this.stream?.write({ commandResult: response });
  }

  /**
   * Ends the session once everything queued has been acknowledged (the device then shows disconnected);
   * resolves when closed. Safe to call twice.
   */
  close(): Promise<void> {
    if (this.stateValue === 'closed' || this.stateValue === 'closing') {
      return this.closedPromise;
    }
    if (this.stateValue === 'idle') {
      this.finish();
      return this.closedPromise;
    }
    this.setState('closing');
    this.endIfDrained();
    return this.closedPromise;
  }

  /** Ends at once; whatever is unacknowledged is left unsettled, for the MQTT broker to redeliver. */
  abort(): void {
    this.finish();
  }

  private finish(): void {
    if (this.stateValue === 'closed') {
      return;
    }
    this.setState('closed');
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.teardown(true);
    this.queue = [];
    this.inFlight.clear();
    this.closedResolve?.();
  }

  private connect(): void {
    this.retryTimer = undefined;
    if (this.stateValue === 'closed') {
      return;
    }
    if (this.stateValue !== 'closing') {
      this.setState('connecting');
    }
    const register = {
      deviceId: this.options.deviceId,
      metadata: this.options.metadata,
      topics: this.options.topics,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
    };
    let stream: DeviceSessionStream;
    try {
      stream = openDeviceSession(this.options.client, this.options.token, register, {
        message: (message) => this.onMessage(stream, message),
        drain: () => {
          this.congested = false;
          this.flush();
        },
        ended: (reason) => this.onStreamEnded(stream, reason),
      });
    } catch (err) {
      // The call could not even start (e.g. the client's channel is closed): treated as a lost session.
      this.reconnectLater(
        new UpstreamError(`the session could not be opened: ${(err as Error).message}`, { cause: err })
      );
      return;
    }
    this.stream = stream;
  }

  private onMessage(stream: DeviceSessionStream, message: iot.broker.v1.BrokerMessage): void {
    if (stream !== this.stream) {
      return;
    }
    switch (message.kind) {
      case 'registered':
        this.reconnect.connected();
        if (this.stateValue === 'connecting') {
          this.setState('registered');
        }
        this.startHeartbeats();
        this.flush();
        return;
      case 'ack':
        this.onAck(message.ack as iot.broker.v1.Ack);
        return;
      case 'command':
        this.options.onCommand(this, message.command as iot.broker.v1.DeviceCommand);
        return;
      case 'error':
        this.options.logger.warn(
          {
            deviceId: this.deviceId,
            category: message.error && sessionErrorCategory(message.error),
            error: message.error?.message,
          },
          'the broker reported a problem with this device session'
        );
        if (!this.heartbeatTimer) {
          // Registration was refused: nothing queued can be delivered by this session.
          this.refuseAll(message.error?.message ?? 'registration refused');
        }
        return;
      default:
        return;
    }
  }

  private onAck(ack: iot.broker.v1.Ack): void {
    const batch = this.inFlight.get(Number(ack.batchId));
    if (!batch) {
      return;
    }
    this.inFlight.delete(Number(ack.batchId));
    const sequences = ack.sequences ?? [];
    let refused = 0;
    for (let i = 0; i < batch.items.length; i++) {
      const accepted = Number(sequences[i] ?? 0) > 0;
      if (!accepted) {
        refused++;
      }
      batch.items[i].settle(accepted);
    }
    if (refused > 0) {
      this.options.onRefused(refused, ack.error ?? '');
    }
    this.flush();
    this.endIfDrained();
  }

  private refuseAll(error: string): void {
    const items = this.queue;
    this.queue = [];
    for (const item of items) {
      item.settle(false);
    }
    if (items.length > 0) {
      this.options.onRefused(items.length, error);
    }
  }

  private scheduleFlush(): void {
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Messages arriving in one read of the MQTT socket go out in one batch.
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    const stream = this.stream;
    if (!stream || !this.heartbeatTimer || this.congested) {
      return;
    }
    while (this.queue.length > 0 && this.inFlight.size < this.options.maxBatchesInFlight && !this.congested) {
      const items =
        this.queue.length <= this.options.batchMaxItems ? this.queue : this.queue.slice(0, this.options.batchMaxItems);
      this.queue = items === this.queue ? [] : this.queue.slice(items.length);
      const batchId = ++this.batchId;
      this.inFlight.set(batchId, { items });
      // Items go on the wire as they are: the encoder reads only the DeviceTelemetry fields.
      if (!stream.write({ telemetry: { batchId, items: items as WireItem[] } })) {
        this.congested = true;
      }
    }
  }

  private endIfDrained(): void {
    if (this.stateValue === 'closing' && this.pending === 0) {
      // A half-close lets the broker see the session end in order, after everything it acknowledged.
      const stream = this.stream;
      this.stream = undefined;
      stream?.on('error', () => undefined);
      stream?.end();
      this.finish();
    }
  }

  private onStreamEnded(stream: DeviceSessionStream, reason: IoTError): void {
    if (stream !== this.stream || this.stateValue === 'closed') {
      return;
    }
    this.teardown(false);
    // What the broker never acknowledged goes first on the next session, in the original order.
    const unacknowledged = [...this.inFlight.keys()]
      .sort((a, b) => a - b)
      .flatMap((id) => this.inFlight.get(id)!.items);
    this.inFlight.clear();
    this.queue = unacknowledged.concat(this.queue);
    this.reconnectLater(reason);
  }

  private reconnectLater(error: IoTError): void {
    if (this.stateValue === 'closed') {
      return;
    }
    const { delayMs, attempt, firstOfOutage } = this.reconnect.lost();
    // One line per outage at info; its retries are debug lines.
    const fields = { deviceId: this.deviceId, reason: error.message, attempt, retryInMs: delayMs };
    if (firstOfOutage) {
      this.options.logger.info(fields, 'broker session lost; reconnecting');
    } else {
      this.options.logger.debug(fields, 'broker session still lost; retrying');
    }
    if (this.stateValue !== 'closing') {
      this.setState('waiting');
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delayMs);
  }

  private startHeartbeats(): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      this.stream?.write({ heartbeat: { deviceTime: timestampFromMs(Date.now()) } });
    }, this.options.heartbeatIntervalMs);
    this.heartbeatTimer.unref();
  }

  private dropOverflow(): void {
    // Only items nobody waits for (QoS 0) may be dropped; QoS 1 is bounded by the MQTT receive maximum.
    const index = this.queue.findIndex((item) => item.droppable === true);
    if (index >= 0) {
      const [dropped] = this.queue.splice(index, 1);
      dropped.settle(false);
      this.options.onDropped(1);
    }
  }

  private teardown(cancel: boolean): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    this.congested = false;
    const stream = this.stream;
    this.stream = undefined;
    if (stream && cancel) {
      cancelDeviceSession(stream);
    }
  }

  private setState(next: DeviceLinkState): void {
    this.stateValue = next;
  }
}
