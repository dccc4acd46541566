/**
 * One device's Connect stream: registration, telemetry batches (published and acknowledged),
 * liveness, and commands down / results up. A bad message is answered with an error and the session
 * carries on; only silence beyond the heartbeat timeout, a newer session or shutdown end it.
 *
 * Why one file past ~300 lines: registration, telemetry with its acknowledgements and flow control,
 * and liveness act on the one Connect call and its paused/blocked state; the registration checks are
 * apart (checkRegistration).
 */
import * as grpc from '@grpc/grpc-js';
import { isIoTError, toIoTError, ValidationError, wireCategory } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { checkedMsFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicName, type TopicMatcher } from '../../../common/topics/topicFilter';
import type { Principal } from '../auth/Authenticator';
import type { BrokerContext, LongLivedCall } from '../BrokerContext';
import type { PublishInput } from '../bus/Bus';
import { checkPayloadBytes } from '../payload';
import { checkRegistration } from './checkRegistration';
import type { DeviceConnection, DeviceRecord } from './DeviceRegistry';

export type DeviceSessionState = 'awaiting_register' | 'registered' | 'closed';

/** The part of the Connect call the session uses. */
export type ConnectCall = grpc.ServerDuplexStream<iot.broker.v1.wire.DeviceMessage, iot.broker.v1.IBrokerMessage>;

/** Topics already checked against the declared filters, so the hot path skips re-validation. */
const MAX_CACHED_TOPICS = 10_000;
/** Telemetry items of one device waiting for the bus before the broker stops reading that device. */
const MAX_IN_FLIGHT_ITEMS = 8_192;

export class DeviceSession implements DeviceConnection, LongLivedCall {
  private state: DeviceSessionState = 'awaiting_register';
  private record: DeviceRecord | undefined;
  private deviceId = '';
  private allowed: TopicMatcher[] = [];
  private readonly checkedTopics = new Set<string>();
  private lastSeenMs: number;
  private timeoutMs: number;
  private livenessTimer: NodeJS.Timeout | undefined;
  private paused = false;
  /** Set by Register.accepts_ack_batches: acks of one event-loop turn may go out in one AckBatch. */
  private acceptsAckBatches = false;
  private readonly pendingAcks: iot.broker.v1.IAck[] = [];
  private writeBlocked = false;
  /** Telemetry items handed to the bus and not yet acknowledged to the device. */
  private inFlightItems = 0;
  private readonly publishInput: PublishInput = { topic: '', payload: {}, deviceId: '' };

  constructor(
    private readonly call: ConnectCall,
    private readonly context: BrokerContext,
    private readonly principal: Principal
  ) {
    this.lastSeenMs = context.options.now();
    // Until it registers, a device gets the default allowance to do so.
    this.timeoutMs = context.options.heartbeatIntervalMs * context.options.heartbeatMisses;
    this.scheduleLivenessCheck(this.timeoutMs);
    call.on('drain', () => this.resumeReading());
  }

  get currentState(): DeviceSessionState {
    return this.state;
  }

  /** Handles one message from the device. */
  onMessage(message: iot.broker.v1.wire.DeviceMessage): void {
    if (this.state === 'closed') {
      return;
    }
    this.lastSeenMs = this.context.options.now();
    if (this.record) {
      this.record.lastSeenMs = this.lastSeenMs;
    }
    switch (message.kind) {
      case 'telemetry':
        this.onTelemetry(message.telemetry as iot.broker.v1.wire.TelemetryBatch);
        return;
      case 'heartbeat':
        return;
      case 'register':
        this.onRegister(message.register as iot.broker.v1.Register);
        return;
      case 'commandResult':
        this.onCommandResult(message.commandResult as iot.broker.v1.CommandResponse);
        return;
      default:
        this.sendError(
          new ValidationError(
            'the device message is empty or unreadable: set one of register, telemetry, heartbeat or command_result'
          )
        );
    }
  }

  sendCommand(command: iot.broker.v1.IDeviceCommand): void {
    this.send({ command });
  }

  supersede(): void {
    this.end({
      code: grpc.status.ABORTED,
      details: `device "${this.deviceId}" registered again from another connection; this session is closed`,
    });
  }

  abort(status: grpc.StatusObject): void {
    this.end(status);
  }

  /** The device went away or the call ended: release everything; safe to call twice. */
  close(): void {
    if (this.state === 'closed') {
      return;
    }
    this.state = 'closed';
    clearTimeout(this.livenessTimer);
    if (this.record) {
      this.context.devices.detach(this.principal.tenant, this.deviceId, this, this.context.options.now());
      this.context.logger.info({ tenant: this.principal.tenant, deviceId: this.deviceId }, 'device disconnected');
    }
    this.context.liveCalls.delete(this);
  }

  private onRegister(register: iot.broker.v1.Register): void {
    try {
      if (this.state === 'registered') {
        throw new ValidationError(
          `this session is already registered as "${this.deviceId}"; open a new Connect stream for another device`
        );
      }
      const {
        deviceId,
        topics,
        allowed,
        heartbeatIntervalMs: intervalMs,
      } = checkRegistration(register, {
        maxTopicBytes: this.context.options.maxTopicBytes,
        heartbeatIntervalMs: this.context.options.heartbeatIntervalMs,
      });
      this.allowed = allowed;
      this.deviceId = deviceId;
      this.acceptsAckBatches = register.acceptsAckBatches === true;
      this.publishInput.deviceId = deviceId;
      this.timeoutMs = intervalMs * this.context.options.heartbeatMisses;
      // The check armed for the registration allowance may be far later than this device's timeout.
      clearTimeout(this.livenessTimer);
      this.scheduleLivenessCheck(this.timeoutMs);
      const now = this.context.options.now();
      this.record = this.context.devices.attach(
        this.principal.tenant,
        deviceId,
        { metadata: { ...register.metadata }, topics: [...topics] },
        this,
        now
      );
      this.state = 'registered';
      this.send({ registered: { deviceId, heartbeatIntervalMs: intervalMs } });
      this.context.logger.info(
        { tenant: this.principal.tenant, deviceId, topics, heartbeatIntervalMs: intervalMs },
        'device registered'
      );
    } catch (err) {
      this.sendError(err);
    }
  }

  private onTelemetry(batch: iot.broker.v1.wire.TelemetryBatch): void {
    const items = batch.items ?? [];
    const sequences = new Array<number>(items.length).fill(0);
    let firstError = '';
    const noteError = (index: number, err: unknown) => {
      if (firstError === '') {
        firstError = `item ${index}: ${toIoTError(err).message}`;
      }
      this.context.metrics.messagesRejected(isIoTError(err) ? err.category : 'internal');
    };
    if (this.state !== 'registered') {
      this.context.metrics.messagesRejected('validation', items.length);
      this.sendAck(batch.batchId, sequences, 'register first: send a Register message before telemetry');
      return;
    }
    if (items.length > this.context.options.maxBatchItems) {
      this.context.metrics.messagesRejected('validation', items.length);
      this.sendAck(
        batch.batchId,
        sequences,
        `the batch has ${items.length} items; the limit is ${this.context.options.maxBatchItems}: send smaller batches`
      );
      return;
    }
    const { bus } = this.context;
    const tenant = this.principal.tenant;
    // Every item is handed to the bus before any answer is awaited: the bus sequences them in this
    // order, and the batch costs one round trip to a remote bus instead of one per item.
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      try {
        const topic = this.checkTopic(item.topic ?? '');
        // One reused input object: the bus reads it during the call only.
        const input = this.publishInput;
        input.topic = topic;
        input.payload = checkPayloadBytes(item.payload, topic);
        input.labels = item.labels;
        checkedMsFromTimestamp(item.eventTime, 'event_time');
        input.eventTime = item.eventTime;
        pending.push(
          bus.publish(tenant, input).then(
            (published) => {
              sequences[i] = published.sequence;
            },
            (err: unknown) => noteError(i, err)
          )
        );
      } catch (err) {
        noteError(i, err);
      }
    }
    // The acknowledgement is sent only once the bus has stored every accepted item.
    this.inFlightItems += items.length;
    this.updateReading();
    void Promise.all(pending).then(() => {
      this.inFlightItems -= items.length;
      const accepted = sequences.reduce((count, sequence) => (sequence > 0 ? count + 1 : count), 0);
      if (accepted > 0) {
        this.context.metrics.messagesPublished('device', accepted);
      }
      this.sendAck(batch.batchId, sequences, firstError);
      this.updateReading();
    });
  }

  private sendAck(batchId: number | null | undefined, sequences: number[], error: string): void {
    const ack = { batchId, sequences, brokerTime: timestampFromMs(this.lastSeenMs), error };
    if (!this.acceptsAckBatches) {
      this.send({ ack });
      return;
    }
    // Acks ready in the same turn of the event loop go out as one message: one write, one frame.
    this.pendingAcks.push(ack);
    if (this.pendingAcks.length === 1) {
      setImmediate(() => this.flushAcks());
    }
  }

  private flushAcks(): void {
    const acks = this.pendingAcks.splice(0);
    if (acks.length === 1) {
      this.send({ ack: acks[0] });
    } else if (acks.length > 1) {
      this.send({ acks: { acks } });
    }
  }

  private checkTopic(topic: string): string {
    if (this.checkedTopics.has(topic)) {
      return topic;
    }
    validateTopicName(topic, this.context.options.maxTopicBytes);
    if (this.allowed.length > 0 && !this.allowed.some((matches) => matches(topic))) {
      throw new ValidationError(
        `the topic "${topic}" is outside the topics this device registered; add it (or a filter covering it) to Register.topics`
      );
    }
    if (this.checkedTopics.size >= MAX_CACHED_TOPICS) {
      this.checkedTopics.clear();
    }
    this.checkedTopics.add(topic);
    return topic;
  }

  private onCommandResult(response: iot.broker.v1.CommandResponse): void {
    if (this.state !== 'registered') {
      this.sendError(new ValidationError('register first: a command result needs a registered device'));
      return;
    }
    if (!this.context.commands.resolve(this.principal.tenant, this.deviceId, this, response)) {
      this.context.logger.debug(
        { deviceId: this.deviceId, commandId: response.commandId },
        'command result nobody waits for (late or unknown)'
      );
    }
  }

  private sendError(err: unknown): void {
    const error = toIoTError(err);
    this.send({ error: { kind: wireCategory(error.category), category: error.category, message: error.message } });
  }

  // A device that does not read its acks must not make the broker buffer without bound: stop reading
  // its messages until the acks drain.
  private send(message: iot.broker.v1.IBrokerMessage): void {
    if (this.state === 'closed') {
      return;
    }
    if (!this.call.write(message)) {
      this.writeBlocked = true;
      this.updateReading();
    }
  }

  private resumeReading(): void {
    this.writeBlocked = false;
    this.updateReading();
  }

  /**
   * Reading stops while the device's acks are not draining or while too many of its items wait for
   * the bus, so a device that outpaces the bus makes it wait instead of making the broker buffer.
   */
  private updateReading(): void {
    if (this.state === 'closed') {
      return;
    }
    const shouldPause = this.writeBlocked || this.inFlightItems > MAX_IN_FLIGHT_ITEMS;
    if (shouldPause !== this.paused) {
      this.paused = shouldPause;
      if (shouldPause) {
        this.call.pause();
      } else {
        this.call.resume();
      }
    }
  }

  private scheduleLivenessCheck(delayMs: number): void {
    this.livenessTimer = setTimeout(() => this.checkLiveness(), delayMs);
    this.livenessTimer.unref();
  }

  // One timer per session, re-armed for the remaining time, instead of a reset per message.
  private checkLiveness(): void {
    if (this.state === 'closed') {
      return;
    }
    const idleMs = this.context.options.now() - this.lastSeenMs;
    if (idleMs < this.timeoutMs) {
      this.scheduleLivenessCheck(this.timeoutMs - idleMs);
      return;
    }
    const who = this.deviceId ? `device "${this.deviceId}"` : 'the device';
    const details = `${who} sent nothing for ${idleMs} ms (heartbeat timeout ${this.timeoutMs} ms); it is marked disconnected`;
    this.context.logger.warn(
      { tenant: this.principal.tenant, deviceId: this.deviceId, idleMs },
      'device heartbeat timeout'
    );
    this.send({ error: { category: 'timeout', message: details } });
    this.end({ code: grpc.status.DEADLINE_EXCEEDED, details });
  }

  private end(status: Partial<grpc.StatusObject>): void {
    if (this.state === 'closed') {
      return;
    }
    this.close();
    this.call.emit('error', status);
  }
}
