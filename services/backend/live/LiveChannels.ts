/**
 * The live channels of one datasource instance, by path, over a stream registry of their own: two
 * channels with the same topic filter and conflation (but different fields, split or rate) share one
 * broker Subscribe. A channel lingers after its last reader left, so a reload finds it warm; its
 * upstream ends as soon as the channel closes and nobody else holds it.
 */
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import type { EnvelopeSource } from '../../sidecar/broker/brokerGateway';
import type { Logger } from '../../sidecar/logger';
import type { SidecarMetrics } from '../../sidecar/metrics';
import type { SidecarOptions } from '../../sidecar/options';
import { batchOptionsOf, sharedStreamFactory } from '../../sidecar/stream/sharedStreamFactory';
import { StreamRegistry } from '../../sidecar/stream/streamRegistry';
import { LiveChannel } from './LiveChannel';
import type { LiveOptions } from './LiveChannelConfig';

export type { LiveOptions } from './LiveChannelConfig';
import type { PacerClock } from './PacketPacer';

export const DEFAULT_LIVE_OPTIONS: LiveOptions = {
  defaultCapacity: 1_000,
  maxRingRows: 1_000_000,
  maxPendingRows: 50_000,
  maxSeries: 1_000,
  defaultUpdateHz: 10,
  lingerMs: 5_000,
};

export interface LiveChannelsDeps {
  tenant: string;
  token?: string;
  source: EnvelopeSource;
  sidecarOptions: SidecarOptions;
  metrics: SidecarMetrics;
  logger: Logger;
  live?: Partial<LiveOptions>;
  clock?: PacerClock;
}

export class LiveChannels {
  private readonly channels = new Map<string, LiveChannel>();
  private readonly registry: StreamRegistry;
  private readonly live: LiveOptions;
  private lastStreamId = 0;
  private closed = false;

  constructor(private readonly deps: LiveChannelsDeps) {
    this.live = { ...DEFAULT_LIVE_OPTIONS, ...deps.live };
    this.registry = new StreamRegistry(
      sharedStreamFactory(deps.sidecarOptions, { source: deps.source, metrics: deps.metrics, logger: deps.logger }),
      // The channel lingers; its upstream need not linger again behind it.
      0,
      () => ++this.lastStreamId,
      (count) => deps.metrics.sharedStreams.set(count)
    );
  }

  /** Open channels. */
  get size(): number {
    return this.channels.size;
  }

  /** Broker streams open for the channels (shared ones count once). */
  get upstreamCount(): number {
    return this.registry.size;
  }

  find(path: string): LiveChannel | undefined {
    const channel = this.channels.get(path);
    return channel && channel.state !== 'closed' ? channel : undefined;
  }

  /** The channel of `path`, opened with history from `sinceMs` when it is new. */
  open(path: string, spec: LiveStreamSpec, sinceMs: number | undefined): LiveChannel {
    if (this.closed) {
      throw new Error('the live channels are closed');
    }
    const found = this.find(path);
    if (found) {
      return found;
    }
    const { limits } = this.deps.sidecarOptions;
    const channel = new LiveChannel({
      path,
      spec,
      sinceMs,
      tenant: this.deps.tenant,
      token: this.deps.token,
      registry: this.registry,
      source: this.deps.source,
      batch: batchOptionsOf(this.deps.sidecarOptions.limits),
      maxHistory: limits.maxHistory,
      maxHeldBytes: limits.clientQueueBytes,
      defaultCapacity: this.live.defaultCapacity,
      maxRingRows: this.live.maxRingRows,
      maxPendingRows: this.live.maxPendingRows,
      maxSeries: this.live.maxSeries,
      defaultUpdateHz: this.live.defaultUpdateHz,
      lingerMs: this.live.lingerMs,
      metrics: this.deps.metrics,
      logger: this.deps.logger,
      clock: this.deps.clock,
      onClosed: (closed) => {
        if (this.channels.get(closed.path) === closed) {
          this.channels.delete(closed.path);
        }
      },
    });
    if (channel.state !== 'closed') {
      this.channels.set(path, channel);
    }
    return channel;
  }

  /** Closes every channel and its upstream; safe to call twice. */
  close(): void {
    this.closed = true;
    for (const channel of [...this.channels.values()]) {
      channel.close();
    }
    this.channels.clear();
    this.registry.close();
  }
}
