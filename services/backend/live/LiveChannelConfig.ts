/** What a live channel is built from: its spec, the broker side, its limits and its owner. */
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import type { EnvelopeSource } from '../../sidecar/broker/brokerGateway';
import type { Logger } from '../../sidecar/logger';
import type { SidecarMetrics } from '../../sidecar/metrics';
import type { BatcherOptions } from '../../sidecar/stream/batcher';
import type { StreamRegistry } from '../../sidecar/stream/streamRegistry';
import type { LiveChannel } from './LiveChannel';
import type { PacerClock } from './PacketPacer';

/** The live channels' own limits; every field has its default in DEFAULT_LIVE_OPTIONS. */
export interface LiveOptions {
  /** Rows kept per series for newcomers when the query names no buffer size. */
  defaultCapacity: number;
  /** The most rows kept for newcomers per channel, over all its series. */
  maxRingRows: number;
  /** The most rows waiting for the next packet, per channel. */
  maxPendingRows: number;
  /** The most series per channel. */
  maxSeries: number;
  /** Packets a second when the query asks for 0. */
  defaultUpdateHz: number;
  /** How long a channel stays open without a reader. */
  lingerMs: number;
}

/** A channel's own settings: its limits (LiveOptions) and what it is built from. */
export interface LiveChannelConfig extends LiveOptions {
  /** The channel's path (its key among the datasource's channels). */
  path: string;
  spec: LiveStreamSpec;
  /** Where the channel's history starts (the first viewer's); undefined: live only. */
  sinceMs?: number;
  tenant: string;
  token?: string;
  registry: StreamRegistry;
  source: EnvelopeSource;
  batch: BatcherOptions;
  /** The broker's history limit, used when the spec asks for 0 ("the broker's limit"). */
  maxHistory: number;
  /** The most bytes of shared batches held back while the history joins. */
  maxHeldBytes: number;
  metrics: SidecarMetrics;
  logger: Logger;
  clock?: PacerClock;
  /** The channel closed (idle, failed or closed by its owner). */
  onClosed(channel: LiveChannel): void;
}
