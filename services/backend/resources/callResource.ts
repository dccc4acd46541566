/**
 * pluginv2.Resource: /resources/topics, /devices, /publish and /command, answered by the sidecar's
 * own API handlers so both doors give the same JSON. Publishing and commands need the Editor role.
 */
import type * as grpc from '@grpc/grpc-js';
import { API_PATHS } from '../../../common/api/sidecarApi';
import { ForbiddenError, IoTError, NotFoundError, ValidationError, toIoTError } from '../../../common/errors/errors';
import { commandWithBody, devices, publishWithBody, topics } from '../../sidecar/http/apiHandlers';
import type { BackendContext } from '../BackendContext';
import type { CallResourceRequest, CallResourceResponse, GrafanaUser } from '../grpc/messages';
import type { DatasourceInstance } from '../instances/DatasourceInstance';
import { callerName, rightsOf } from '../instances/roles';

interface Route {
  method: 'GET' | 'POST';
  /** Needs the Editor role (publish, command). */
  writes: boolean;
  handle(instance: DatasourceInstance, request: CallResourceRequest, url: URL): Promise<unknown>;
}

function jsonBody(request: CallResourceRequest): unknown {
  const type = request.headers['Content-Type']?.values[0] ?? request.headers['content-type']?.values[0] ?? '';
  if (type !== '' && !/^application\/json\b/i.test(type)) {
    throw new ValidationError('send the body as JSON with "Content-Type: application/json"', { httpStatus: 415 });
  }
  try {
    return JSON.parse(request.body.toString('utf8'));
  } catch (err) {
    throw new ValidationError(`the body is not valid JSON: ${(err as Error).message}`);
  }
}

const ROUTES: Record<string, Route> = {
  topics: {
    method: 'GET',
    writes: false,
    handle: (instance, request, url) => topics(instance.api, instance.principal(request.pluginContext?.user), url),
  },
  devices: {
    method: 'GET',
    writes: false,
    handle: (instance, request) => devices(instance.api, instance.principal(request.pluginContext?.user)),
  },
  publish: {
    method: 'POST',
    writes: true,
    handle: (instance, request) =>
      publishWithBody(instance.api, instance.principal(request.pluginContext?.user, 'write'), jsonBody(request)),
  },
  command: {
    method: 'POST',
    writes: true,
    handle: (instance, request) =>
      commandWithBody(instance.api, instance.principal(request.pluginContext?.user, 'write'), jsonBody(request)),
  },
};

function routeName(path: string): string {
  // Accept "topics", "/topics" and the sidecar's "api/topics" so both frontends' paths work.
  const trimmed = path.replace(/^\/+/, '').replace(/\/+$/, '');
  const sidecarPrefix = API_PATHS.topics.slice(1, API_PATHS.topics.lastIndexOf('/') + 1);
  return trimmed.startsWith(sidecarPrefix) ? trimmed.slice(sidecarPrefix.length) : trimmed;
}

function authorize(route: Route, name: string, user: GrafanaUser | null | undefined): void {
  if (route.writes && !rightsOf(user).has(name === 'publish' ? 'publish' : 'command')) {
    throw new ForbiddenError(
      `${name === 'publish' ? 'Publishing' : 'Sending commands'} needs the Editor role in Grafana; ${callerName(user)} may only read`
    );
  }
}

function reply(code: number, body: unknown): CallResourceResponse {
  return {
    code,
    headers: { 'Content-Type': { values: ['application/json'] } },
    body: Buffer.from(JSON.stringify(body), 'utf8'),
  };
}

/** Answers one resource call with a single message (code, headers and the whole JSON body). */
export async function answerResource(ctx: BackendContext, request: CallResourceRequest): Promise<CallResourceResponse> {
  const name = routeName(request.path);
  try {
    const route = ROUTES[name];
    if (!route) {
      throw new NotFoundError(`no resource "${request.path}": the backend serves ${Object.keys(ROUTES).join(', ')}`);
    }
    if (request.method.toUpperCase() !== route.method) {
      throw new IoTError('validation', `${name} takes ${route.method}, not ${request.method}`, { httpStatus: 405 });
    }
    authorize(route, name, request.pluginContext?.user);
    const instance = ctx.instanceFor(request.pluginContext);
    const url = new URL(request.url || request.path, 'http://backend.invalid/');
    const body = await route.handle(instance, request, url);
    return reply(200, body);
  } catch (err) {
    const error = toIoTError(err);
    ctx.logger.warn(
      {
        resource: name,
        caller: callerName(request.pluginContext?.user),
        category: error.category,
        error: error.message,
      },
      'resource call failed'
    );
    return reply(error.httpStatus, error.toJSON());
  }
}

/** The Resource.CallResource stream: one response message, then the end. */
export function callResource(ctx: BackendContext, call: grpc.ServerWritableStream<unknown, unknown>): void {
  const request = call.request as unknown as CallResourceRequest;
  void answerResource(ctx, request).then((response) => {
    ctx.metrics.requests.inc({ method: 'CallResource', outcome: response.code < 400 ? 'ok' : String(response.code) });
    call.write(response);
    call.end();
  });
}
