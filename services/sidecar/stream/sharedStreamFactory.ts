/** How both front doors (the sidecar and the plugin backend) open the shared streams of their registry. */
import type { Logger } from 'pino';
import type { EnvelopeSource } from '../broker/brokerGateway';
import type { SidecarMetrics } from '../metrics';
import type { SidecarOptions } from '../options';
import type { BatcherOptions } from './batcher';
import { SharedStream } from './sharedStream';
import type { StreamFactory } from './streamRegistry';

/** The batch bounds of the service's limits. */
export function batchOptionsOf(limits: SidecarOptions['limits']): BatcherOptions {
  return { windowMs: limits.batchWindowMs, maxCount: limits.batchMaxCount, maxBytes: limits.batchMaxBytes };
}

/** One SharedStream per registry key, with the service's limits, backoff and broker source. */
export function sharedStreamFactory(
  options: Pick<SidecarOptions, 'limits' | 'backoff'>,
  services: { source: EnvelopeSource; metrics: SidecarMetrics; logger: Logger }
): StreamFactory {
  return (id, key) =>
    new SharedStream({
      id,
      tenant: key.tenant,
      token: key.token,
      filter: key.filter,
      conflation: key.conflation,
      telemetryBlocks: key.telemetryBlocks === true,
      batch: batchOptionsOf(options.limits),
      backoff: options.backoff,
      maxHistory: options.limits.maxHistory,
      ...services,
    });
}
