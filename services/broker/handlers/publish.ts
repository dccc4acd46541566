/** Publish: one message from any client. */
import type * as grpc from '@grpc/grpc-js';
import { isIoTError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { checkedMsFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicName } from '../../../common/topics/topicFilter';
import type { BrokerContext } from '../BrokerContext';
import { unaryHandler } from './guardedCall';
import { checkPayloadBytes } from '../payload';

/** The Publish handler. */
export function publishHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.wire.PublishRequest, iot.broker.v1.IPublishResponse> {
  const guard = { method: 'Publish', request: 'PublishRequest', permission: 'publish' } as const;
  const countRejection = (err: unknown) => context.metrics.messagesRejected(isIoTError(err) ? err.category : 'internal');
  return unaryHandler(
    context,
    guard,
    async (call, principal) => {
      const request = call.request;
      const topic = validateTopicName(request.topic, context.options.maxTopicBytes);
      const payload = checkPayloadBytes(request.payload, topic);
      checkedMsFromTimestamp(request.eventTime, 'event_time');
      // The answer waits for the bus: a sequence is only returned for a message the bus has stored.
      const published = await context.bus.publish(principal.tenant, {
        topic,
        payload,
        deviceId: request.deviceId,
        labels: request.labels,
        eventTime: request.eventTime,
      });
      context.metrics.messagesPublished('publish');
      return { sequence: published.sequence, brokerTime: timestampFromMs(published.brokerTimeMs) };
    },
    countRejection
  );
}
