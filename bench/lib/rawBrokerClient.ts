/**
 * A load generator's broker client: Connect and Publish requests are written as pre-encoded bytes, so
 * the figures measure the broker, not the generator's encoder.
 */
import * as grpc from '@grpc/grpc-js';
import { iot } from '../../common/proto';
import { BROKER_SERVICE_NAME, brokerServiceDefinition } from '../../services/grpc/brokerService';

const passThrough = (bytes: Buffer): Buffer => bytes;

const RawClient = grpc.makeGenericClientConstructor(
  {
    Connect: { ...brokerServiceDefinition.Connect, requestSerialize: passThrough },
    Publish: { ...brokerServiceDefinition.Publish, requestSerialize: passThrough },
  },
  BROKER_SERVICE_NAME
);

export interface RawBrokerClient extends grpc.Client {
  connect(): grpc.ClientDuplexStream<Buffer, iot.broker.v1.BrokerMessage>;
  publish(request: Buffer, callback: grpc.requestCallback<iot.broker.v1.PublishResponse>): grpc.ClientUnaryCall;
}

/** A client whose Connect and Publish take encoded DeviceMessage / PublishRequest bytes. */
export function createRawBrokerClient(target: string): RawBrokerClient {
  return new RawClient(target, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': 16 * 1024 * 1024,
  }) as unknown as RawBrokerClient;
}

/** Encodes a message with its generated codec into a Buffer. */
export function encodeDeviceMessage(message: iot.broker.v1.IDeviceMessage): Buffer {
  return Buffer.from(iot.broker.v1.DeviceMessage.encode(message).finish());
}

export function encodePublishRequest(message: iot.broker.v1.IPublishRequest): Buffer {
  return Buffer.from(iot.broker.v1.PublishRequest.encode(message).finish());
}
