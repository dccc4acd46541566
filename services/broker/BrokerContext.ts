import type * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { Authenticator } from './auth/Authenticator';
import type { BrokerMetrics } from './BrokerMetrics';
import type { BrokerServerOptions } from './brokerOptions';
import type { Bus } from './bus/Bus';
import type { CommandRouter } from './devices/CommandRouter';
import type { DeviceRegistry } from './devices/DeviceRegistry';

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
  readonly liveCalls: Set<LongLivedCall>;
  readonly startedAtMs: number;
}
