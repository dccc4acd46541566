/** Publish: one message from any client. */
import type * as grpc from '@grpc/grpc-js';
import { isIoTError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { checkedMsFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicName } from '../../../common/topics/topicFilter';
import { requirePermission } from '../auth/Authenticator';
import type { BrokerContext } from '../BrokerContext';
import { assertDecoded, toServiceError } from '../grpcErrors';
import { checkPayloadBytes } from '../payload';

/** The Publish handler. */
export function publishHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.wire.PublishRequest, iot.broker.v1.IPublishResponse> {
  return (call, callback) => {
    const refuse = (err: unknown) => {
      context.metrics.messagesRejected(isIoTError(err) ? err.category : 'internal');
      callback(toServiceError(err, context.logger, 'Publish'));
    };
    try {
      assertDecoded(call.request, 'PublishRequest');
      const principal = context.auth.authenticate(call.metadata);
      requirePermission(principal, 'publish');
      const request = call.request;
      const topic = validateTopicName(request.topic, context.options.maxTopicBytes);
      const payload = checkPayloadBytes(request.payload, topic);
      checkedMsFromTimestamp(request.eventTime, 'event_time');
      // The answer waits for the bus: a sequence is only returned for a message the bus has stored.
      context.bus
        .publish(principal.tenant, {
          topic,
          payload,
          deviceId: request.deviceId,
          labels: request.labels,
          eventTime: request.eventTime,
        })
        .then((published) => {
          context.metrics.messagesPublished('publish');
          callback(null, { sequence: published.sequence, brokerTime: timestampFromMs(published.brokerTimeMs) });
        }, refuse);
    } catch (err) {
      refuse(err);
    }
  };
}
