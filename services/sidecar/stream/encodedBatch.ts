/**
 * A batch encoded once as a complete ServerFrame, with what the sidecar needs to account for it
 * without decoding it again: its envelopes (for seam trimming), counts and the oldest broker time.
 */
import { ServerFrameCodec, type Envelope, type Gap } from '../../../common/proto';
import { telemetryBlockOf } from '../../../common/proto/telemetryBlock';
import type { StreamPosition, StreamPositions } from '../../../common/positions/StreamPositions';
import { msFromTimestamp } from '../../../common/time/timestamp';

/** A stated loss as the client receives it. */

export interface EncodedBatch {
  streamId: number;
  /** The encoded ServerFrame{batch}: the exact bytes every client of the stream receives (encoded once, on first read). */
  readonly bytes: Buffer;
  envelopes: readonly Envelope[];
  gaps: readonly Gap[];
  /** The stream's position after this batch (Batch.position). */
  position?: StreamPosition;
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
  telemetryBlocks: boolean,
  epoch?: string
): EncodedBatch {
  const block = telemetryBlocks ? telemetryBlockOf(envelopes) : undefined;
  let offset = 0;
  for (const envelope of envelopes) {
    offset = Math.max(offset, Number(envelope.offset ?? 0));
  }
  // The newest offset in the batch, not the newest received: what is still gathered is not covered.
  const position = epoch === undefined ? undefined : { epoch, offset };
  let oldest: number | undefined;
  for (const envelope of envelopes) {
    const time = msFromTimestamp(envelope.brokerTime);
    if (time !== undefined && (oldest === undefined || time < oldest)) {
      oldest = time;
    }
  }
  let bytes: Buffer | undefined;
  return {
    streamId,
    // Encoded on first use, then shared: the plugin backend's live channels read the envelopes and
    // never send these bytes, so they must not pay for them.
    get bytes(): Buffer {
      if (bytes === undefined) {
        const frame = ServerFrameCodec.encode({
          batch: block
            ? { streamId, block, gaps: gaps as Gap[], dropped, position }
            : { streamId, envelopes: envelopes as Envelope[], gaps: gaps as Gap[], dropped, position },
        }).finish();
        bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
      }
      return bytes;
    },
    envelopes,
    gaps,
    position,
    telemetryBlocks,
    oldestBrokerTimeMs: oldest,
  };
}

/**
 * Keeps only what `delivered` has not accepted yet (and accepts it), for the batches that straddle a
 * late joiner's seam. Returns undefined when nothing is left.
 */
export function trimBatch(
  batch: EncodedBatch,
  delivered: StreamPositions,
  streamId: number,
  dropped: number
): EncodedBatch | undefined {
  const gaps: Gap[] = [];
  for (const gap of batch.gaps) {
    const lost = delivered.skip(gap.topic ?? '', Number(gap.fromSequence ?? 0), Number(gap.toSequence ?? 0));
    if (lost) {
      gaps.push({ ...gap, fromSequence: lost.fromSequence });
    }
  }
  const envelopes = batch.envelopes.filter((envelope) =>
    delivered.accept(envelope.topic ?? '', Number(envelope.sequence ?? 0), Number(envelope.offset ?? 0))
  );
  if (envelopes.length === 0 && gaps.length === 0) {
    return undefined;
  }
  return encodeBatch(streamId, envelopes, gaps, dropped, batch.telemetryBlocks, batch.position?.epoch);
}
