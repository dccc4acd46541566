/**
 * The pluginv2 Stream service: SubscribeStream checks the caller and answers with the viewer's
 * initial data, RunStream sends the channel's packets until Grafana cancels it, PublishStream is
 * refused (publishes and commands go through resources, with the role check).
 */
import * as grpc from '@grpc/grpc-js';
import { ForbiddenError, NotFoundError, ValidationError, toIoTError } from '../../../common/errors/errors';
import { specOfPath, type LiveStreamSpec, type LiveSubscribeData } from '../../../common/live/liveChannel';
import type { BackendContext } from '../BackendContext';
import type { PluginContext, StreamPacket, StreamRequest, StreamResponse } from '../grpc/messages';
import type { DatasourceInstance } from '../instances/DatasourceInstance';
import { rightsOf } from '../instances/roles';
import type { LiveChannel } from './LiveChannel';

const EMPTY = Buffer.alloc(0);
const ORG_HEADER = 'x-grafana-org-id';

/** The viewer's subscription data; empty: live only. */
export function readSubscribeData(bytes: Buffer | undefined): LiveSubscribeData {
  if (!bytes || bytes.length === 0) {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ValidationError('the subscription data is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ValidationError('the subscription data must be a JSON object');
  }
  const data = parsed as Record<string, unknown>;
  const sinceMs = data.sinceMs;
  if (sinceMs !== undefined && sinceMs !== null && (typeof sinceMs !== 'number' || !Number.isFinite(sinceMs))) {
    throw new ValidationError('sinceMs in the subscription data must be epoch milliseconds');
  }
  return {
    sinceMs: typeof sinceMs === 'number' ? sinceMs : undefined,
    spec: data.spec as LiveStreamSpec | undefined,
  };
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) {
      return value;
    }
  }
  return undefined;
}

/**
 * The datasource instance and the subscription data of a stream call; throws NotFoundError (no such
 * datasource or stream) or ForbiddenError (org or role), which SubscribeStream answers as statuses.
 */
function admit(ctx: BackendContext, request: StreamRequest): { instance: DatasourceInstance; data: LiveSubscribeData } {
  const pluginContext: PluginContext | null | undefined = request.pluginContext;
  let instance: DatasourceInstance;
  try {
    instance = ctx.instanceFor(pluginContext);
  } catch (err) {
    throw new NotFoundError(`no datasource for this channel: ${toIoTError(err).message}`);
  }
  const org = headerValue(request.headers, ORG_HEADER);
  if (org !== undefined && pluginContext && Number(org) !== Number(pluginContext.orgId)) {
    throw new ForbiddenError(`the call is for org ${org} but its context is org ${pluginContext.orgId}`);
  }
  if (!rightsOf(pluginContext?.user).has('read')) {
    throw new ForbiddenError('the user may not read this datasource');
  }
  try {
    return { instance, data: readSubscribeData(request.data) };
  } catch (err) {
    throw new NotFoundError(toIoTError(err).message);
  }
}

function specOf(request: StreamRequest, data: LiveSubscribeData): LiveStreamSpec {
  try {
    return specOfPath(request.path, data);
  } catch (err) {
    throw new NotFoundError(toIoTError(err).message);
  }
}

/** Waits for the channel's history, at most `timeoutMs`; a channel still loading answers with what it has. */
async function whenReady(channel: LiveChannel, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    channel.ready,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (channel.error) {
    throw channel.error;
  }
}

/** The status SubscribeStream answers a refusal with; undefined for a failure (a gRPC error). */
function refusalStatus(err: unknown): 'NOT_FOUND' | 'PERMISSION_DENIED' | undefined {
  if (err instanceof NotFoundError) {
    return 'NOT_FOUND';
  }
  return err instanceof ForbiddenError ? 'PERMISSION_DENIED' : undefined;
}

/** SubscribeStream: OK with the viewer's initial data, NOT_FOUND or PERMISSION_DENIED. */
export async function subscribeStream(ctx: BackendContext, request: StreamRequest): Promise<StreamResponse> {
  try {
    const { instance, data } = admit(ctx, request);
    const spec = specOf(request, data);
    let channel = instance.live.open(request.path, spec, data.sinceMs);
    await whenReady(channel, instance.settings.requestTimeoutMs);
    if (channel.state === 'closed') {
      // Closed while loading (idle or replaced): a fresh one answers.
      channel = instance.live.open(request.path, spec, data.sinceMs);
      await whenReady(channel, instance.settings.requestTimeoutMs);
    }
    return { status: 'OK', data: channel.initialData(data.sinceMs) };
  } catch (err) {
    const status = refusalStatus(err);
    if (status) {
      ctx.logger.info({ path: request.path, status, reason: (err as Error).message }, 'live subscription refused');
      return { status, data: EMPTY };
    }
    throw err;
  }
}

/** PublishStream: always refused; publishes and commands go through the resources with the role check. */
export function publishStream(): Promise<StreamResponse> {
  return Promise.resolve({ status: 'PERMISSION_DENIED', data: EMPTY });
}

/** RunStream: the channel's packets until Grafana cancels the call or the channel ends. */
export function runStream(ctx: BackendContext, call: grpc.ServerWritableStream<StreamRequest, StreamPacket>): void {
  const request = call.request;
  let channel: LiveChannel;
  try {
    const { instance, data } = admit(ctx, request);
    // Grafana calls RunStream after a SubscribeStream, which opened the channel; after a restart of
    // the backend it calls it alone, and the viewers already hold their data: then live only.
    channel = instance.live.find(request.path) ?? instance.live.open(request.path, specOf(request, data), undefined);
  } catch (err) {
    const error = toIoTError(err);
    ctx.logger.info({ path: request.path, err: error.message }, 'live stream refused');
    call.emit('error', { code: error.grpcCode, details: error.message });
    return;
  }
  ctx.metrics.requests.inc({ method: 'RunStream', outcome: 'ok' });
  let ended = false;
  const handle = channel.attach({
    write: (packet) => {
      ctx.metrics.livePackets.inc();
      return call.write({ data: packet });
    },
    end: (error) => {
      if (ended) {
        return;
      }
      ended = true;
      if (error) {
        call.emit('error', { code: error.grpcCode, details: error.message });
      } else {
        call.end();
      }
    },
  });
  call.on('drain', () => handle.drained());
  const stop = () => {
    ended = true;
    handle.detach();
  };
  call.on('cancelled', stop);
  call.on('close', stop);
  call.on('error', stop);
}
