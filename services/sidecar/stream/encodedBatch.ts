/**
 * A batch encoded once as a complete ServerFrame, with what the sidecar needs to account for it
 * without decoding it again: its envelopes (for seam trimming), counts and the oldest broker time.
 */
import { ServerFrameCodec } from '../../../common/proto';
import type { iot } from '../../../common/proto/generated';
import { telemetryBlockOf } from '../../../common/proto/telemetryBlock';
import { msFromTimestamp } from '../../../common/time/timestamp';
import type { Gap } from './sequenceTracker';

type Envelope = iot.broker.v1.IEnvelope;

export interface EncodedBatch {
  streamId: number;
  /** The encoded ServerFrame{batch}: the exact bytes every client of the stream receives. */
  bytes: Buffer;
  envelopes: readonly Envelope[];
  gaps: readonly Gap[];
  /** Whether telemetry was asked for as blocks (a trimmed copy is encoded the same way). */
  telemetryBlocks: boolean;
  /** Broker time of the oldest envelope, for lag and latency; undefined for an empty batch. */
  oldestBrokerTimeMs?: number;
}

/**
 * Encodes a ServerFrame{batch} once. With `telemetryBlocks`, a batch whose messages are all
 * telemetry is sent as one TelemetryBlock; any other batch goes as envelopes.
 */
export function encodeBatch(
  streamId: number,
  envelopes: readonly Envelope[],
  gaps: readonly Gap[],
  dropped: number,
  telemetryBlocks: boolean
): EncodedBatch {
  const block = telemetryBlocks ? telemetryBlockOf(envelopes) : undefined;
  const frame = ServerFrameCodec.encode({
    batch: block
      ? { streamId, block, gaps: gaps as Gap[], dropped }
      : { streamId, envelopes: envelopes as Envelope[], gaps: gaps as Gap[], dropped },
  }).finish();
  let oldest: number | undefined;
  for (const envelope of envelopes) {
    const time = msFromTimestamp(envelope.brokerTime);
    if (time !== undefined && (oldest === undefined || time < oldest)) {
      oldest = time;
    }
  }
  return {
    streamId,
    bytes: Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength),
    envelopes,
    gaps,
    telemetryBlocks,
    oldestBrokerTimeMs: oldest,
  };
}

/**
 * Keeps only what comes after `delivered` (topic -> last sequence already sent to this client), for
 * the batch that straddles a late joiner's seam. Returns undefined when nothing is left.
 */
export function trimBatch(
  batch: EncodedBatch,
  delivered: ReadonlyMap<string, number>,
  streamId: number,
  dropped: number
): EncodedBatch | undefined {
  const envelopes = batch.envelopes.filter(
    (envelope) => Number(envelope.sequence ?? 0) > (delivered.get(envelope.topic ?? '') ?? 0)
  );
  const gaps: Gap[] = [];
  for (const gap of batch.gaps) {
    const after = delivered.get(gap.topic ?? '') ?? 0;
    if (Number(gap.toSequence ?? 0) > after) {
      gaps.push({ ...gap, fromSequence: Math.max(Number(gap.fromSequence ?? 0), after + 1) });
    }
  }
  if (envelopes.length === 0 && gaps.length === 0) {
    return undefined;
  }
  return encodeBatch(streamId, envelopes, gaps, dropped, batch.telemetryBlocks);
}
