/** ListTopics, ListDevices and GetInfo: what a tenant can see of the broker. */
import type * as grpc from '@grpc/grpc-js';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicFilter } from '../../../common/topics/topicFilter';
import type { BrokerContext } from '../BrokerContext';
import { summaryOf, type DeviceSummary } from '../devices/DeviceRegistry';
import { unaryHandler } from './guardedCall';
import { topicPage } from './topicPage';

/** The ListTopics handler: any authenticated caller sees its own tenant's topics. */
export function listTopicsHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.ListTopicsRequest, iot.broker.v1.IListTopicsResponse> {
  return unaryHandler(context, { method: 'ListTopics', request: 'ListTopicsRequest' }, async (call, { tenant }) => {
    const filter = call.request.filter
      ? validateTopicFilter(call.request.filter, context.options.maxTopicBytes)
      : undefined;
    const topics = (await context.bus.topics(tenant, filter)).map((topic) => ({
      name: topic.name,
      messageCount: topic.messageCount,
      lastTime: timestampFromMs(topic.lastTimeMs),
      ratePerSecond: topic.ratePerSecond,
      fields: topic.fields,
      lastSequence: topic.lastSequence,
    }));
    return topicPage(topics, call.request.pageToken ?? '');
  });
}

/** The tenant's devices on this broker, or on every broker sharing its bus. */
function deviceSummaries(context: BrokerContext, tenant: string): Promise<DeviceSummary[]> {
  return context.directory
    ? context.directory.list(tenant)
    : Promise.resolve(context.devices.list(tenant).map(summaryOf));
}

/** The ListDevices handler: the tenant's devices, connected or not. */
export function listDevicesHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.ListDevicesRequest, iot.broker.v1.IListDevicesResponse> {
  return unaryHandler(context, { method: 'ListDevices', request: 'ListDevicesRequest' }, async (_call, { tenant }) => {
    const devices = (await deviceSummaries(context, tenant)).map((device) => ({
      deviceId: device.deviceId,
      connected: device.connected,
      lastHeartbeat: device.lastSeenMs ? timestampFromMs(device.lastSeenMs) : undefined,
      metadata: device.metadata,
      topics: device.topics,
      connectedSince: device.connected ? timestampFromMs(device.connectedSinceMs) : undefined,
    }));
    return { devices };
  });
}

/** The GetInfo handler. */
export function getInfoHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.GetInfoRequest, iot.broker.v1.IBrokerInfo> {
  return unaryHandler(context, { method: 'GetInfo', request: 'GetInfoRequest' }, async (_call, { tenant }) => ({
    version: context.options.version,
    startedAt: timestampFromMs(context.startedAtMs),
    topicCount: await context.bus.topicCount(tenant),
    deviceCount: (await deviceSummaries(context, tenant)).length,
    bus: context.bus.kind,
    tenant,
  }));
}
