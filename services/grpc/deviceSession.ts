/**
 * A device's side of the broker's Connect stream, as every device client (the simulator, the MQTT
 * bridge's device links) opens and abandons it: register on open, and one typed reason when the
 * session ends, carrying the gRPC error as its cause.
 */
import type * as grpc from '@grpc/grpc-js';
import { UpstreamError, type IoTError } from '../../common/errors/errors';
import type { iot } from '../../common/proto/generated';
import { bearerMetadata, type BrokerClient } from './brokerService';

export type DeviceSessionStream = grpc.ClientDuplexStream<iot.broker.v1.IDeviceMessage, iot.broker.v1.BrokerMessage>;

export interface DeviceSessionHandlers {
  message(message: iot.broker.v1.BrokerMessage): void;
  /** The stream can take writes again after one returned false. */
  drain(): void;
  /** The session ended: the broker's error status, or the broker closing the stream. */
  ended(reason: IoTError): void;
}

/** Opens a Connect stream with the device's token and registers the device on it. */
export function openDeviceSession(
  client: BrokerClient,
  token: string | undefined,
  register: iot.broker.v1.IRegister,
  handlers: DeviceSessionHandlers
): DeviceSessionStream {
  const stream = client.connect(bearerMetadata(token));
  stream.on('data', (message: iot.broker.v1.BrokerMessage) => handlers.message(message));
  stream.on('drain', () => handlers.drain());
  stream.on('error', (err: grpc.ServiceError) =>
    handlers.ended(new UpstreamError(err.details || err.message, { cause: err }))
  );
  stream.on('end', () => handlers.ended(new UpstreamError('the broker ended the session')));
  stream.write({ register });
  return stream;
}

/** Cancels a session whose events no longer matter: nothing more is delivered, its error is expected. */
export function cancelDeviceSession(stream: DeviceSessionStream): void {
  stream.removeAllListeners('data');
  stream.on('error', () => undefined);
  stream.cancel();
}
