import type * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { Authenticator } from './auth/Authenticator';
import type { BrokerMetrics } from './BrokerMetrics';
import type { BrokerServerOptions } from './brokerOptions';
import type { Bus } from './bus/Bus';
import type { CommandRouter } from './devices/CommandRouter';
import type { DeviceRegistry } from './devices/DeviceRegistry';
import type { DeviceDirectory } from './devices/NatsDeviceMesh';

/** A call that stays open (Subscribe, Connect), so shutdown can end it with a clear status. */
export interface LongLivedCall {
  /** Ends the call with `status` (used at shutdown). */
  abort(status: grpc.StatusObject): void;
}

/** What every handler shares: the options, the bus, devices, commands, metrics and open streams. */
export interface BrokerContext {
  readonly options: BrokerServerOptions;
  readonly logger: Logger;
  readonly auth: Authenticator;
  readonly bus: Bus;
  readonly metrics: BrokerMetrics;
  readonly devices: DeviceRegistry;
  readonly commands: CommandRouter;
  /** The devices of every broker sharing this one's bus, when the bus is shared (JetStream). */
  readonly directory: DeviceDirectory | undefined;
  readonly liveCalls: Set<LongLivedCall>;
  readonly startedAtMs: number;
}
