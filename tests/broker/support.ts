/** Promise-shaped calls on a Broker client, for the broker's integration tests. */
import * as grpc from '@grpc/grpc-js';
import type { iot } from '../../common/proto/generated';
import { bearerMetadata, createBrokerClient, type BrokerClient } from '../../services/grpc/brokerService';

import type { DecodedEnvelope as Envelope } from '../../common/proto';

export type { Envelope };

/** A client and promise wrappers around its unary calls. */
export class TestClient {
  readonly client: BrokerClient;

  constructor(
    target: string,
    readonly token?: string,
    options?: grpc.ClientOptions
  ) {
    this.client = createBrokerClient(target, undefined, options);
  }

  publish(request: iot.broker.v1.IPublishRequest): Promise<iot.broker.v1.PublishResponse> {
    return new Promise((resolve, reject) =>
      this.client.publish(request, bearerMetadata(this.token), {}, (err, response) =>
        err ? reject(err) : resolve(response as iot.broker.v1.PublishResponse)
      )
    );
  }

  /** Publishes a telemetry sample {value} to `topic`. */
  publishValue(topic: string, value: number): Promise<iot.broker.v1.PublishResponse> {
    return this.publish({ topic, payload: { telemetry: { values: { value } } } });
  }

  command(request: iot.broker.v1.ICommandRequest, deadlineMs = 5_000): Promise<iot.broker.v1.CommandResult> {
    return new Promise((resolve, reject) =>
      this.client.command(
        request,
        bearerMetadata(this.token),
        { deadline: Date.now() + deadlineMs },
        (err, response) => (err ? reject(err) : resolve(response as iot.broker.v1.CommandResult))
      )
    );
  }

  listTopics(filter = ''): Promise<iot.broker.v1.ListTopicsResponse> {
    return new Promise((resolve, reject) =>
      this.client.listTopics({ filter }, bearerMetadata(this.token), {}, (err, response) =>
        err ? reject(err) : resolve(response as iot.broker.v1.ListTopicsResponse)
      )
    );
  }

  listDevices(): Promise<iot.broker.v1.ListDevicesResponse> {
    return new Promise((resolve, reject) =>
      this.client.listDevices({}, bearerMetadata(this.token), {}, (err, response) =>
        err ? reject(err) : resolve(response as iot.broker.v1.ListDevicesResponse)
      )
    );
  }

  getInfo(): Promise<iot.broker.v1.BrokerInfo> {
    return new Promise((resolve, reject) =>
      this.client.getInfo({}, bearerMetadata(this.token), {}, (err, response) =>
        err ? reject(err) : resolve(response as iot.broker.v1.BrokerInfo)
      )
    );
  }

  /** Opens a subscription that records everything it receives. */
  subscribe(request: iot.broker.v1.ISubscribeRequest): Subscription {
    return new Subscription(this.client.subscribe(request, bearerMetadata(this.token)));
  }

  /** Opens a device session. */
  device(): DeviceStream {
    return new DeviceStream(this.client.connect(bearerMetadata(this.token)));
  }

  close(): void {
    this.client.close();
  }
}

/** Polls `condition` every 5 ms until true; fails after `timeoutMs` with `what`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A Subscribe stream and what it received. */
export class Subscription {
  readonly received: Envelope[] = [];
  /** The stream's StreamStart. */
  start: iot.broker.v1.IStreamStart | undefined;
  readonly gaps: iot.broker.v1.ITopicGap[] = [];
  error: grpc.ServiceError | undefined;
  ended = false;

  constructor(readonly call: grpc.ClientReadableStream<iot.broker.v1.SubscribeEvent>) {
    call.on('data', (event: iot.broker.v1.SubscribeEvent) => {
      if (event.envelope) {
        this.received.push(event.envelope as Envelope);
      } else if (event.start) {
        this.start = event.start;
      } else if (event.gap) {
        this.gaps.push(event.gap);
      }
    });
    call.on('error', (err: grpc.ServiceError) => {
      this.error = err;
    });
    call.on('end', () => {
      this.ended = true;
    });
  }

  /** Waits until `count` envelopes have arrived. */
  async waitForCount(count: number, timeoutMs = 5_000): Promise<Envelope[]> {
    await waitFor(
      () => this.received.length >= count || this.error !== undefined,
      `${count} envelopes (got ${this.received.length})`,
      timeoutMs
    );
    if (this.error) {
      throw this.error;
    }
    return this.received;
  }

  /** Waits for the stream to end with OK or an error. */
  async waitForEnd(timeoutMs = 5_000): Promise<void> {
    await waitFor(() => this.ended || this.error !== undefined, 'the stream to end', timeoutMs);
  }

  /** Waits for the stream to fail; resolves to its status. */
  async waitForError(timeoutMs = 5_000): Promise<grpc.ServiceError> {
    await waitFor(() => this.error !== undefined, 'the stream to fail', timeoutMs);
    return this.error as grpc.ServiceError;
  }

  /** Sequences received on one topic. */
  sequences(topic?: string): number[] {
    return this.received
      .filter((envelope) => topic === undefined || envelope.topic === topic)
      .map((envelope) => Number(envelope.sequence));
  }

  cancel(): void {
    this.call.on('error', () => undefined);
    this.call.cancel();
  }
}

/** A device's Connect stream and what the broker sent down it. */
export class DeviceStream {
  readonly received: iot.broker.v1.BrokerMessage[] = [];
  error: grpc.ServiceError | undefined;
  ended = false;
  /** Answers commands when set. */
  onCommand: ((command: iot.broker.v1.DeviceCommand) => iot.broker.v1.ICommandResponse | undefined) | undefined;

  constructor(readonly call: grpc.ClientDuplexStream<iot.broker.v1.IDeviceMessage, iot.broker.v1.BrokerMessage>) {
    call.on('data', (message: iot.broker.v1.BrokerMessage) => {
      this.received.push(message);
      if (message.kind === 'command' && this.onCommand) {
        const answer = this.onCommand(message.command as iot.broker.v1.DeviceCommand);
        if (answer) {
          call.write({ commandResult: answer });
        }
      }
    });
    call.on('error', (err: grpc.ServiceError) => {
      this.error = err;
    });
    call.on('end', () => {
      this.ended = true;
    });
  }

  /** Registers and waits for Registered. */
  async register(register: iot.broker.v1.IRegister): Promise<iot.broker.v1.Registered> {
    this.call.write({ register });
    const message = await this.next('registered');
    return message.registered as iot.broker.v1.Registered;
  }

  /** Sends a batch and waits for its Ack. */
  async send(batchId: number, items: iot.broker.v1.IDeviceTelemetry[]): Promise<iot.broker.v1.Ack> {
    this.call.write({ telemetry: { batchId, items } });
    await waitFor(
      () =>
        this.received.some((message) => message.kind === 'ack' && Number(message.ack?.batchId) === batchId) ||
        this.error !== undefined,
      `ack ${batchId}`
    );
    if (this.error) {
      throw this.error;
    }
    return this.received.find((message) => message.kind === 'ack' && Number(message.ack?.batchId) === batchId)
      ?.ack as iot.broker.v1.Ack;
  }

  /** Waits for the next message of a kind not yet consumed. */
  async next(kind: iot.broker.v1.BrokerMessage['kind'], timeoutMs = 5_000): Promise<iot.broker.v1.BrokerMessage> {
    let found: iot.broker.v1.BrokerMessage | undefined;
    await waitFor(
      () => {
        found = this.received.find((message) => message.kind === kind);
        return found !== undefined || this.error !== undefined;
      },
      `a ${kind} message`,
      timeoutMs
    );
    if (!found) {
      throw this.error;
    }
    this.received.splice(this.received.indexOf(found), 1);
    return found;
  }

  end(): void {
    this.call.end();
  }

  cancel(): void {
    this.call.on('error', () => undefined);
    this.call.cancel();
  }
}

/** The gRPC status code of a rejected promise. */
export async function codeOf(promise: Promise<unknown>): Promise<{ code: number; details: string }> {
  try {
    await promise;
  } catch (err) {
    const { code, details } = err as grpc.ServiceError;
    return { code, details };
  }
  throw new Error('expected the call to fail');
}

/** The payload kind of a received envelope (decoded payloads are Payload instances with a `kind`). */
export function kindOf(envelope: Envelope): iot.broker.v1.Payload['kind'] {
  return (envelope.payload as iot.broker.v1.Payload | null | undefined)?.kind;
}
