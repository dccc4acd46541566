/** Subscribe: history, then live, on one server stream. */
import * as grpc from '@grpc/grpc-js';
import { ValidationError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { msFromTimestamp } from '../../../common/time/timestamp';
import { validateTopicFilter } from '../../../common/topics/topicFilter';
import type { EncodedEnvelope } from '../../grpc/brokerService';
import { requirePermission } from '../auth/Authenticator';
import type { BrokerContext, LongLivedCall } from '../BrokerContext';
import type { BusSubscription, HistoryStart } from '../bus/Bus';
import { assertDecoded, toServiceError } from '../grpcErrors';
import { SubscriberStream, type WritableCall } from './SubscriberStream';

type SubscribeCall = grpc.ServerWritableStream<
  iot.broker.v1.SubscribeRequest,
  iot.broker.v1.Envelope | EncodedEnvelope
>;

/** The history start a request asks for; undefined for a live-only subscription. */
export function historyStartOf(request: iot.broker.v1.ISubscribeRequest): HistoryStart | undefined {
  const afterSequence = Number(request.afterSequence ?? 0);
  const sinceMs = msFromTimestamp(request.since);
  const untilMs = msFromTimestamp(request.until);
  const resumeEntries = Object.entries(request.resume ?? {});
  if (afterSequence <= 0 && sinceMs === undefined && untilMs === undefined && resumeEntries.length === 0) {
    return undefined;
  }
  if (sinceMs !== undefined && untilMs !== undefined && untilMs <= sinceMs) {
    throw new ValidationError('"until" must be later than "since": the requested history window is empty');
  }
  return {
    afterSequence: afterSequence > 0 ? afterSequence : undefined,
    sinceMs,
    untilMs,
    resume:
      resumeEntries.length > 0
        ? new Map(resumeEntries.map(([topic, sequence]) => [topic, Number(sequence)]))
        : undefined,
    maxHistory: request.maxHistory ?? 0,
  };
}

/** The Subscribe handler. */
export function subscribeHandler(
  context: BrokerContext
): grpc.handleServerStreamingCall<iot.broker.v1.SubscribeRequest, iot.broker.v1.Envelope | EncodedEnvelope> {
  return (call: SubscribeCall) => {
    let subscription: BusSubscription | undefined;
    let stream: SubscriberStream | undefined;
    let finished = false;
    const live: LongLivedCall = {
      abort: (status) => {
        cleanup();
        call.emit('error', status);
      },
    };
    const cleanup = () => {
      if (finished) {
        return;
      }
      finished = true;
      subscription?.close();
      stream?.close();
      context.liveCalls.delete(live);
    };
    try {
      assertDecoded(call.request, 'SubscribeRequest');
      const principal = context.auth.authenticate(call.metadata);
      requirePermission(principal, 'subscribe');
      const filter = validateTopicFilter(call.request.filter, context.options.maxTopicBytes);
      const start = historyStartOf(call.request);
      const historyOnly = start?.untilMs !== undefined;
      const onDrop = (count: number) => context.metrics.subscriberDropped(count);
      // bus.subscribe() snapshots history and registers the listener in one synchronous step, and the
      // stream is created before control returns to the event loop, so no publish can fall between
      // the snapshot and the live messages, and none can be delivered twice.
      subscription = context.bus.subscribe(principal.tenant, filter, start, (message) => stream?.deliver(message));
      stream = new SubscriberStream(
        call as unknown as WritableCall,
        subscription.history,
        context.options.subscriberQueueMessages,
        onDrop,
        historyOnly
      );
      context.liveCalls.add(live);
      call.on('cancelled', cleanup);
      call.on('close', cleanup);
      call.on('finish', cleanup);
      call.on('error', cleanup);
      context.logger.debug(
        { tenant: principal.tenant, filter, history: subscription.history.length, historyOnly },
        'subscriber started'
      );
      stream.start();
    } catch (err) {
      cleanup();
      call.emit('error', toServiceError(err, context.logger, 'Subscribe'));
    }
  };
}
