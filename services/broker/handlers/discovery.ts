/** ListTopics, ListDevices and GetInfo: what a tenant can see of the broker. */
import type * as grpc from '@grpc/grpc-js';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicFilter } from '../../../common/topics/topicFilter';
import type { BrokerContext } from '../BrokerContext';
import { assertDecoded, toServiceError } from '../grpcErrors';
import { topicPage } from './topicPage';

/** The ListTopics handler: any authenticated caller sees its own tenant's topics. */
export function listTopicsHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.ListTopicsRequest, iot.broker.v1.IListTopicsResponse> {
  return (call, callback) => {
    try {
      assertDecoded(call.request, 'ListTopicsRequest');
      const { tenant } = context.auth.authenticate(call.metadata);
      const filter = call.request.filter
        ? validateTopicFilter(call.request.filter, context.options.maxTopicBytes)
        : undefined;
      const topics = context.bus.topics(tenant, filter).map((topic) => ({
        name: topic.name,
        messageCount: topic.messageCount,
        lastTime: timestampFromMs(topic.lastTimeMs),
        ratePerSecond: topic.ratePerSecond,
        fields: topic.fields,
        lastSequence: topic.lastSequence,
      }));
      callback(null, topicPage(topics, call.request.pageToken ?? ''));
    } catch (err) {
      callback(toServiceError(err, context.logger, 'ListTopics'));
    }
  };
}

/** The ListDevices handler: the tenant's devices, connected or not. */
export function listDevicesHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.ListDevicesRequest, iot.broker.v1.IListDevicesResponse> {
  return (call, callback) => {
    try {
      assertDecoded(call.request, 'ListDevicesRequest');
      const { tenant } = context.auth.authenticate(call.metadata);
      const devices = context.devices.list(tenant).map((device) => ({
        deviceId: device.deviceId,
        connected: device.session !== undefined,
        lastHeartbeat: device.lastSeenMs ? timestampFromMs(device.lastSeenMs) : undefined,
        metadata: device.metadata,
        topics: device.topics,
        connectedSince: device.session ? timestampFromMs(device.connectedSinceMs) : undefined,
      }));
      callback(null, { devices });
    } catch (err) {
      callback(toServiceError(err, context.logger, 'ListDevices'));
    }
  };
}

/** The GetInfo handler. */
export function getInfoHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.GetInfoRequest, iot.broker.v1.IBrokerInfo> {
  return (call, callback) => {
    try {
      assertDecoded(call.request, 'GetInfoRequest');
      const { tenant } = context.auth.authenticate(call.metadata);
      callback(null, {
        version: context.options.version,
        startedAt: timestampFromMs(context.startedAtMs),
        topicCount: context.bus.topicCount(tenant),
        deviceCount: context.devices.list(tenant).length,
        bus: context.bus.kind,
        tenant,
      });
    } catch (err) {
      callback(toServiceError(err, context.logger, 'GetInfo'));
    }
  };
}
