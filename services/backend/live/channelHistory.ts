/**
 * How a live channel reads the broker: the shared stream's key (conflation as the sidecar core
 * names it), and the join of the first viewer's history onto it with the core's HistoryJoin.
 */
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import type { IoTError } from '../../../common/errors/errors';
import { Conflation } from '../../../common/proto';
import type { EnvelopeSource } from '../../sidecar/broker/brokerGateway';
import type { Logger } from '../../sidecar/logger';
import type { SidecarMetrics } from '../../sidecar/metrics';
import type { BatcherOptions } from '../../sidecar/stream/batcher';
import type { ConflatorOptions } from '../../sidecar/stream/conflator';
import type { EncodedBatch } from '../../sidecar/stream/encodedBatch';
import { HistoryJoin } from '../../sidecar/stream/historyJoin';
import type { SharedStream } from '../../sidecar/stream/sharedStream';
import * as notices from './liveNotices';
import type { LiveNotice } from './liveRows';

/** The sidecar core's conflation of a spec; undefined: every message. */
export function conflationOf(spec: LiveStreamSpec): ConflatorOptions | undefined {
  if (spec.conflation === 'none' || spec.conflationRateHz <= 0) {
    return undefined;
  }
  const modes = {
    last: Conflation.CONFLATION_LAST,
    avg: Conflation.CONFLATION_AVG,
    min: Conflation.CONFLATION_MIN,
    max: Conflation.CONFLATION_MAX,
  } as const;
  return { mode: modes[spec.conflation], rateHz: spec.conflationRateHz };
}

export interface HistoryJoinRequest {
  spec: LiveStreamSpec;
  sinceMs: number;
  /** The broker's limit, for a spec that asks for 0. */
  maxHistory: number;
  token?: string;
  shared: SharedStream;
  source: EnvelopeSource;
  batch: BatcherOptions;
  maxHeldBytes: number;
  metrics: SidecarMetrics;
  logger: Logger;
  now: () => number;
  /** One batch of the history (then of the live stream up to the seam). */
  onBatch(batch: EncodedBatch): void;
  /** The history met the shared stream: attach to it in this same tick. `notes` describe the history. */
  onJoined(notes: LiveNotice[]): void;
  onError(err: IoTError): void;
}

/** Private stream ids of joins, apart from the shared streams' ids. */
let lastPrivateStreamId = 0x40000000;

/** Starts reading the history from `sinceMs` and joining it onto the shared stream. */
export function startHistoryJoin(request: HistoryJoinRequest): HistoryJoin {
  const { spec } = request;
  const maxHistory = spec.maxHistory > 0 ? spec.maxHistory : request.maxHistory;
  const join: HistoryJoin = new HistoryJoin({
    subscriptionId: 0,
    privateStreamId: ++lastPrivateStreamId,
    spec: {
      id: 0,
      filter: spec.filter,
      start: { sinceMs: request.sinceMs },
      maxHistory,
      conflation: conflationOf(spec),
      telemetryBlocks: false,
    },
    token: request.token,
    shared: request.shared,
    source: request.source,
    batch: request.batch,
    historyTimeoutMs: 0,
    maxHeldBytes: request.maxHeldBytes,
    metrics: request.metrics,
    logger: request.logger,
    now: request.now,
    send: request.onBatch,
    onComplete: () => {
      const summary = join.historySummary;
      const notes: LiveNotice[] = [];
      if (summary.limited) {
        notes.push(notices.historyLimitNotice(maxHistory));
      }
      if (summary.evicted) {
        notes.push(notices.historyEvictedNotice());
      }
      request.onJoined(notes);
    },
    onError: request.onError,
  });
  join.start();
  return join;
}
