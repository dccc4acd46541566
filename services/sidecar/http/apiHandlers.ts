/** The HTTP API's handlers: health, discovery, publish and commands, each a broker call with a deadline. */
import type { IncomingMessage } from 'node:http';
import type {
  CommandResponse,
  DeviceSummary,
  DevicesResponse,
  HealthResponse,
  PublishResult,
  TopicsResponse,
} from '../../../common/api/sidecarApi';
import { toIoTError, ValidationError } from '../../../common/errors/errors';
import { msFromTimestamp, timestampFromMs } from '../../../common/time/timestamp';
import { validateTopicFilter, validateTopicName } from '../../../common/topics/topicFilter';
import { requireRight, type Principal } from '../auth/keyStore';
import type { BrokerGateway } from '../broker/brokerGateway';
import type { SidecarOptions } from '../options';
import { readJsonBody } from './jsonBody';
import { jsonToStruct } from '../../../common/proto/jsonStruct';
import { payloadToJson } from './payloadJson';
import { commandBodySchema, parseBody, publishBodySchema } from '../../../common/api/requestBodies';

export interface ApiContext {
  gateway: BrokerGateway;
  options: SidecarOptions;
  startedAtMs: number;
}

/** GET /api/health: the broker's info and round trip; 502 with reachable:false when it does not answer. */
export async function health(ctx: ApiContext, principal: Principal): Promise<{ status: number; body: HealthResponse }> {
  const sidecar = { version: ctx.options.version, uptimeMs: Date.now() - ctx.startedAtMs };
  const started = performance.now();
  try {
    const info = await ctx.gateway.unary('getInfo', principal.brokerToken, {});
    return {
      status: 200,
      body: {
        sidecar,
        broker: {
          reachable: true,
          target: ctx.gateway.target,
          version: info.version,
          roundTripMs: Math.round((performance.now() - started) * 100) / 100,
          topicCount: info.topicCount,
          deviceCount: info.deviceCount,
          bus: info.bus,
          tenant: info.tenant,
        },
      },
    };
  } catch (err) {
    const error = toIoTError(err);
    return {
      status: 502,
      body: { sidecar, broker: { reachable: false, target: ctx.gateway.target }, error: error.toJSON().error },
    };
  }
}

/** GET /api/topics?filter=&pageToken= (one page; `nextPageToken` when more follow) */
export async function topics(ctx: ApiContext, principal: Principal, url: URL): Promise<TopicsResponse> {
  requireRight(principal, 'read');
  const filter = url.searchParams.get('filter') ?? '';
  if (filter !== '') {
    validateTopicFilter(filter, ctx.options.limits.maxFilterBytes);
  }
  const pageToken = url.searchParams.get('pageToken') ?? '';
  const response = await ctx.gateway.unary('listTopics', principal.brokerToken, { filter, pageToken });
  return {
    ...(response.nextPageToken ? { nextPageToken: response.nextPageToken } : {}),
    topics: response.topics.map((topic) => ({
      name: topic.name ?? '',
      messageCount: Number(topic.messageCount ?? 0),
      lastTimeMs: msFromTimestamp(topic.lastTime),
      ratePerSecond: topic.ratePerSecond ?? 0,
      fields: [...(topic.fields ?? [])],
      lastSequence: Number(topic.lastSequence ?? 0),
    })),
  };
}

/** GET /api/devices */
export async function devices(ctx: ApiContext, principal: Principal): Promise<DevicesResponse> {
  requireRight(principal, 'read');
  const response = await ctx.gateway.unary('listDevices', principal.brokerToken, {});
  return {
    devices: response.devices.map((device): DeviceSummary => ({
      deviceId: device.deviceId ?? '',
      connected: device.connected ?? false,
      lastHeartbeatMs: msFromTimestamp(device.lastHeartbeat),
      connectedSinceMs: msFromTimestamp(device.connectedSince),
      metadata: { ...(device.metadata ?? {}) },
      topics: [...(device.topics ?? [])],
    })),
  };
}

/** POST /api/publish */
export async function publish(ctx: ApiContext, principal: Principal, req: IncomingMessage): Promise<PublishResult> {
  requireRight(principal, 'publish');
  return publishWithBody(ctx, principal, await readJsonBody(req, ctx.options.limits.maxBodyBytes));
}

/** A publish whose JSON body was already read (the plugin backend gets it from Grafana). */
export async function publishWithBody(ctx: ApiContext, principal: Principal, json: unknown): Promise<PublishResult> {
  requireRight(principal, 'publish');
  const body = parseBody(publishBodySchema, json, 'publish');
  validateTopicName(body.topic, ctx.options.limits.maxFilterBytes);
  const payload =
    body.values !== undefined
      ? { telemetry: { values: body.values } }
      : body.json !== undefined
        ? { json: jsonToStruct(body.json) }
        : { raw: Buffer.from(body.rawBase64 ?? '', 'base64') };
  const response = await ctx.gateway.unary('publish', principal.brokerToken, {
    topic: body.topic,
    payload,
    deviceId: body.deviceId ?? '',
    labels: body.labels ?? {},
    eventTime: body.eventTimeMs === undefined ? undefined : timestampFromMs(body.eventTimeMs),
  });
  return { sequence: Number(response.sequence), brokerTimeMs: msFromTimestamp(response.brokerTime) ?? Date.now() };
}

/** POST /api/command: the timeout becomes the broker call's deadline. */
export async function command(ctx: ApiContext, principal: Principal, req: IncomingMessage): Promise<CommandResponse> {
  requireRight(principal, 'command');
  return commandWithBody(ctx, principal, await readJsonBody(req, ctx.options.limits.maxBodyBytes));
}

/** A command whose JSON body was already read (the plugin backend gets it from Grafana). */
export async function commandWithBody(ctx: ApiContext, principal: Principal, json: unknown): Promise<CommandResponse> {
  requireRight(principal, 'command');
  const body = parseBody(commandBodySchema, json, 'command');
  const { maxCommandMs, defaultCommandMs } = ctx.options.timeouts;
  const timeoutMs = body.timeoutMs ?? defaultCommandMs;
  if (timeoutMs > maxCommandMs) {
    throw new ValidationError(`timeoutMs is ${timeoutMs}; the most a command may wait is ${maxCommandMs} ms`);
  }
  const response = await ctx.gateway.unary(
    'command',
    principal.brokerToken,
    {
      deviceId: body.deviceId,
      name: body.name,
      payload: body.payload === undefined ? undefined : { json: jsonToStruct(body.payload) },
    },
    timeoutMs
  );
  return {
    commandId: response.commandId,
    deviceId: response.deviceId,
    ok: response.ok,
    result: payloadToJson(response.result),
    error: response.error || undefined,
    roundTripMs: response.roundTripMs,
  };
}
