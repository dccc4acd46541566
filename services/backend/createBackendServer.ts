/**
 * createBackendServer(): the plugin backend as a grpc-js server with Grafana's pluginv2 services,
 * gRPC health ("plugin" SERVING) and go-plugin's controller. It reads no environment and binds no
 * port (main.ts does both), so tests can run it in-process.
 */
import * as grpc from '@grpc/grpc-js';
import { toIoTError } from '../../common/errors/errors';
import { BackendContext } from './BackendContext';
import { BackendMetrics } from './diagnostics/BackendMetrics';
import { checkHealth, collectMetrics } from './diagnostics/diagnosticsHandlers';
import {
  controllerService,
  dataService,
  diagnosticsService,
  healthService,
  resourceService,
  streamService,
} from './grpc/pluginProtocol';
import type { Logger } from './hclogLogger';
import { queryData } from './query/queryData';
import { callResource } from './resources/callResource';
import type { LiveOptions } from './live/LiveChannels';
import { publishStream, runStream, subscribeStream } from './live/streamHandlers';

/** go-plugin's client checks this service name. */
export const HEALTH_SERVICE_NAME = 'plugin';

export interface BackendServerOptions {
  logger: Logger;
  version: string;
  metrics?: BackendMetrics;
  /** Limits of the Grafana Live channels (tests shorten the linger). */
  live?: Partial<LiveOptions>;
  /** Called when the host asks the plugin to shut down (go-plugin's GRPCController.Shutdown). */
  onShutdownRequest?: () => void;
}

export interface BackendServer {
  readonly grpcServer: grpc.Server;
  readonly context: BackendContext;
  /** Stops serving (graceful, then forced after `graceMs`) and disposes every instance; safe twice. */
  close(graceMs?: number): Promise<void>;
}

/**
 * A unary handler that never throws into grpc-js: a failure becomes a categorized gRPC status, and
 * the process keeps serving.
 */
function unary<Req, Res>(
  ctx: BackendContext,
  method: string,
  handle: (request: Req) => Promise<Res>
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    handle(call.request).then(
      (response) => {
        ctx.metrics.requests.inc({ method, outcome: 'ok' });
        callback(null, response);
      },
      (err: unknown) => {
        const error = toIoTError(err);
        ctx.metrics.requests.inc({ method, outcome: error.category });
        ctx.logger.error({ method, category: error.category, error: error.message }, `${method} failed`);
        callback({ code: error.grpcCode, details: error.message });
      }
    );
  };
}

export function createBackendServer(options: BackendServerOptions): BackendServer {
  const metrics = options.metrics ?? new BackendMetrics();
  const context = new BackendContext(options.logger, metrics, options.version, undefined, options.live);
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 16 * 1024 * 1024 });

  server.addService(diagnosticsService, {
    CheckHealth: unary(context, 'CheckHealth', (request) => checkHealth(context, request as never)),
    CollectMetrics: unary(context, 'CollectMetrics', () => collectMetrics(context)),
  });
  server.addService(dataService, {
    QueryData: unary(context, 'QueryData', (request) => queryData(context, request as never)),
  });
  const resourceHandlers: grpc.UntypedServiceImplementation = {
    CallResource: ((call: grpc.ServerWritableStream<unknown, unknown>) =>
      callResource(context, call)) as grpc.handleServerStreamingCall<unknown, unknown>,
  };
  server.addService(resourceService, resourceHandlers);
  const streamHandlers: grpc.UntypedServiceImplementation = {
    SubscribeStream: unary(context, 'SubscribeStream', (request) => subscribeStream(context, request as never)),
    RunStream: ((call: grpc.ServerWritableStream<never, never>) =>
      runStream(context, call)) as grpc.handleServerStreamingCall<unknown, unknown>,
    PublishStream: unary(context, 'PublishStream', () => publishStream()),
  };
  server.addService(streamService, streamHandlers);
  const servingStatus = (name: string) => (name === '' || name === HEALTH_SERVICE_NAME ? 'SERVING' : 'SERVICE_UNKNOWN');
  const healthHandlers: grpc.UntypedServiceImplementation = {
    Check: ((call, callback) => {
      callback(null, { status: servingStatus(call.request.service) });
    }) as grpc.handleUnaryCall<{ service: string }, unknown>,
    // Watch sends the current status and stays open until the host cancels it.
    Watch: ((call) => {
      call.write({ status: servingStatus(call.request.service) });
    }) as grpc.handleServerStreamingCall<{ service: string }, unknown>,
  };
  server.addService(healthService, healthHandlers);
  server.addService(controllerService, {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, {});
      options.onShutdownRequest?.();
    },
  });

  let closing: Promise<void> | undefined;
  return {
    grpcServer: server,
    context,
    close(graceMs = 2_000) {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), graceMs);
        force.unref();
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }).finally(() => context.close());
      return closing;
    },
  };
}
