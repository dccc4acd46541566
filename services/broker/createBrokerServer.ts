/**
 * The broker as an object: a grpc-js server with the Broker service, gRPC health and server
 * reflection, over a bus. It reads no environment; main.ts does, and tests call this directly.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import path from 'node:path';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import { BROKER_SERVICE_NAME, brokerServiceDefinition, packageDefinition } from '../grpc/brokerService';
import { openAuthenticator } from './auth/Authenticator';
import type { BrokerContext, LongLivedCall } from './BrokerContext';
import { BrokerMetrics } from './BrokerMetrics';
import { resolveBrokerOptions, type BrokerServerOptions } from './brokerOptions';
import type { Bus } from './bus/Bus';
import { JetStreamBus } from './bus/jetstream/JetStreamBus';
import { MemoryBus } from './bus/MemoryBus';
import { CommandRouter } from './devices/CommandRouter';
import { DeviceRegistry } from './devices/DeviceRegistry';
import { NatsDeviceMesh } from './devices/NatsDeviceMesh';
import { commandHandler } from './handlers/command';
import { connectHandler } from './handlers/connect';
import { getInfoHandler, listDevicesHandler, listTopicsHandler } from './handlers/discovery';
import { publishHandler } from './handlers/publish';
import { subscribeHandler } from './handlers/subscribe';
import { parseListenAddress } from '../shared/config/listenAddress';

export type BrokerServerState = 'created' | 'listening' | 'closing' | 'closed';

export interface BrokerServer {
  readonly state: BrokerServerState;
  readonly bus: Bus;
  readonly metrics: BrokerMetrics;
  readonly devices: DeviceRegistry;
  /** Binds `address` (host:port; port 0 picks a free one) and starts serving; resolves to what was bound. */
  listen(address: string): Promise<{ address: string; port: number }>;
  /** Graceful, then forced shutdown: health turns NOT_SERVING, open streams end with UNAVAILABLE; safe to call twice. */
  close(): Promise<void>;
}

// Reflection describes the health service too, so `grpcurl list` shows everything the port serves.
const healthPackageDefinition = protoLoader.loadSync('health/v1/health.proto', {
  includeDirs: [path.resolve(path.dirname(healthProtoPath), '../..')],
  keepCase: true,
});
const reflectedPackages: protoLoader.PackageDefinition = { ...packageDefinition, ...healthPackageDefinition };

/** Creates a broker; call listen() to serve it. */
export function createBrokerServer(options: Partial<BrokerServerOptions> = {}): BrokerServer {
  const resolved = resolveBrokerOptions(options);
  const logger = resolved.logger;
  const metrics = resolved.metrics ?? new BrokerMetrics();
  const bus =
    resolved.bus ??
    new MemoryBus({
      historyMaxMessages: resolved.historyMaxMessages,
      historyMaxAgeMs: resolved.historyMaxAgeMs,
      maxReplay: resolved.maxReplay,
      maxMessageBytes: resolved.maxMessageBytes,
      maxTopicsPerTenant: resolved.maxTopicsPerTenant,
      now: resolved.now,
    });
  const devices = new DeviceRegistry(resolved.maxDevicesPerTenant);
  const commands = new CommandRouter(devices, (outcome) => metrics.command(outcome), resolved.now);
  // Brokers on one JetStream share their devices and commands over the same NATS connection.
  const directory =
    bus instanceof JetStreamBus ? new NatsDeviceMesh(bus.connection, bus.subjectPrefix, devices, commands) : undefined;
  const context: BrokerContext = {
    options: resolved,
    logger,
    auth: resolved.auth ?? openAuthenticator(),
    bus,
    metrics,
    devices,
    commands,
    directory,
    liveCalls: new Set<LongLivedCall>(),
    startedAtMs: resolved.now(),
  };
  metrics.bind({
    historySize: () => bus.historySize(),
    subscriberCount: () => bus.subscriberCount(),
    connectedDevices: () => devices.connectedCount,
  });

  const server = new grpc.Server({
    'grpc.max_receive_message_length': resolved.maxReceiveBytes,
    // Subscribers receive whole envelopes up to maxMessageBytes; allow for framing.
    'grpc.max_send_message_length': resolved.maxReceiveBytes,
  });
  server.addService(brokerServiceDefinition, {
    Publish: publishHandler(context),
    Subscribe: subscribeHandler(context),
    Connect: connectHandler(context),
    Command: commandHandler(context),
    ListTopics: listTopicsHandler(context),
    ListDevices: listDevicesHandler(context),
    GetInfo: getInfoHandler(context),
  } as grpc.UntypedServiceImplementation);
  const health = new HealthImplementation({ '': 'NOT_SERVING', [BROKER_SERVICE_NAME]: 'NOT_SERVING' });
  health.addToServer(server);
  new ReflectionService(reflectedPackages).addToServer(server);

  let state: BrokerServerState = 'created';
  let closing: Promise<void> | undefined;

  const setHealth = (status: 'SERVING' | 'NOT_SERVING') => {
    health.setStatus('', status);
    health.setStatus(BROKER_SERVICE_NAME, status);
  };

  const shutdown = async (): Promise<void> => {
    state = 'closing';
    setHealth('NOT_SERVING');
    const status = {
      code: grpc.status.UNAVAILABLE,
      details: 'the broker is shutting down; reconnect and resume by sequence',
      metadata: new grpc.Metadata(),
    };
    for (const call of [...context.liveCalls]) {
      call.abort(status);
    }
    commands.close();
    directory?.close();
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        logger.warn({ graceMs: resolved.shutdownGraceMs }, 'calls still open after the grace period; forcing shutdown');
        server.forceShutdown();
        resolve();
      }, resolved.shutdownGraceMs);
      server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
    await bus.close();
    devices.clear();
    state = 'closed';
  };

  return {
    get state() {
      return state;
    },
    bus,
    metrics,
    devices,
    async listen(address: string) {
      if (state !== 'created') {
        throw new Error(`listen() called on a broker that is ${state}`);
      }
      const { host } = parseListenAddress(address);
      const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, boundPort) =>
          err ? reject(err) : resolve(boundPort)
        )
      );
      state = 'listening';
      setHealth('SERVING');
      if (context.auth.open) {
        logger.warn(
          { tenant: 'default' },
          'BROKER_AUTH_FILE is not set: the broker is OPEN, every caller is the "default" tenant with every permission; set BROKER_AUTH_FILE before exposing it'
        );
      }
      const bound = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      return { address: bound, port };
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
