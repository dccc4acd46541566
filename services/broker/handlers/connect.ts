/** Connect: the device session stream. */
import type * as grpc from '@grpc/grpc-js';
import type { iot } from '../../../common/proto/generated';
import type { BrokerContext } from '../BrokerContext';
import { DeviceSession, type ConnectCall } from '../devices/DeviceSession';
import { streamHandler } from './guardedCall';
import { requestDecodeFailure } from '../../grpc/brokerService';
import { ValidationError } from '../../../common/errors/errors';

/** The Connect handler. */
export function connectHandler(
  context: BrokerContext
): grpc.handleBidiStreamingCall<iot.broker.v1.wire.DeviceMessage, iot.broker.v1.IBrokerMessage> {
  // Messages are checked for decoding one by one below: an unreadable one does not end the session.
  return streamHandler(context, { method: 'Connect', permission: 'device' }, (call: ConnectCall, principal) => {
    const session = new DeviceSession(call, context, principal);
    context.liveCalls.add(session);
    call.on('data', (message: iot.broker.v1.wire.DeviceMessage) => {
      const failure = requestDecodeFailure(message);
      if (failure !== undefined) {
        // One unreadable message costs only itself: the device is told and the session goes on.
        call.write({
          error: {
            category: 'validation',
            message: new ValidationError(`a device message is not valid protobuf (${failure})`).message,
          },
        });
        return;
      }
      session.onMessage(message);
    });
    call.on('end', () => {
      session.close();
      call.end();
    });
    call.on('cancelled', () => session.close());
    call.on('close', () => session.close());
    call.on('error', () => session.close());
  });
}
