/** Subscribe: history, then live, on one server stream. */
import * as grpc from '@grpc/grpc-js';
import { ValidationError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import { checkedMsFromTimestamp } from '../../../common/time/timestamp';
import { validateTopicFilter } from '../../../common/topics/topicFilter';
import type { EncodedEnvelope } from '../../grpc/brokerService';
import type { BrokerContext, LongLivedCall } from '../BrokerContext';
import type { BusSubscription, HistoryQuery, StoredMessage } from '../bus/Bus';
import { streamHandler } from './guardedCall';
import { SubscriberStream, type WritableCall } from './SubscriberStream';

type SubscribeCall = grpc.ServerWritableStream<
  iot.broker.v1.SubscribeRequest,
  iot.broker.v1.SubscribeEvent | EncodedEnvelope
>;

/** The history start a request asks for; undefined for a live-only subscription. */
export function historyStartOf(request: iot.broker.v1.ISubscribeRequest): HistoryQuery | undefined {
  const afterSequence = Number(request.afterSequence ?? 0);
  const sinceMs = checkedMsFromTimestamp(request.since, 'since');
  const untilMs = checkedMsFromTimestamp(request.until, 'until');
  const from = request.from ? { epoch: request.from.epoch ?? '', offset: Number(request.from.offset ?? 0) } : undefined;
  if (afterSequence <= 0 && sinceMs === undefined && untilMs === undefined && from === undefined) {
    return undefined;
  }
  if (sinceMs !== undefined && untilMs !== undefined && untilMs <= sinceMs) {
    throw new ValidationError('"until" must be later than "since": the requested history window is empty');
  }
  return {
    afterSequence: afterSequence > 0 ? afterSequence : undefined,
    sinceMs,
    untilMs,
    from,
    maxHistory: request.maxHistory ?? 0,
  };
}

/** The Subscribe handler. */
export function subscribeHandler(
  context: BrokerContext
): grpc.handleServerStreamingCall<iot.broker.v1.SubscribeRequest, iot.broker.v1.SubscribeEvent | EncodedEnvelope> {
  const guard = { method: 'Subscribe', request: 'SubscribeRequest', permission: 'read' } as const;
  return streamHandler(context, guard, async (call: SubscribeCall, principal) => {
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
    const filter = validateTopicFilter(call.request.filter, context.options.maxTopicBytes);
    const start = historyStartOf(call.request);
    const historyOnly = start?.untilMs !== undefined;
    const onDrop = (count: number) => context.metrics.subscriberDropped(count);
    // The call may end while the bus prepares the subscription: cleanup() then runs before
    // `subscription` is set, so a subscription arriving after that is closed at once.
    // A failure ends the call with an 'error' event, which cleans up through the same listener.
    call.on('cancelled', cleanup);
    call.on('close', cleanup);
    call.on('finish', cleanup);
    call.on('error', cleanup);
    // The bus may deliver live messages as soon as its promise resolves, before the stream below
    // exists: they wait here, after the history, so nothing is lost or reordered at the seam.
    const early: StoredMessage[] = [];
    const opened = await context.bus.subscribe(principal.tenant, filter, start, (message) =>
      stream ? stream.deliver(message) : early.push(message)
    );
    if (finished) {
      opened.close();
      return;
    }
    subscription = opened;
    stream = new SubscriberStream(
      call as unknown as WritableCall,
      opened.history,
      { messages: context.options.subscriberQueueMessages, bytes: context.options.subscriberQueueBytes },
      onDrop,
      historyOnly
    );
    context.liveCalls.add(live);
    context.logger.debug(
      { tenant: principal.tenant, filter, history: opened.history.messages.length, historyOnly },
      'subscriber started'
    );
    stream.start();
    for (const message of early) {
      stream.deliver(message);
    }
  });
}
