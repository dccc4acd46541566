/** Encoders of the small server frames; batches have their own (encodedBatch.ts). */
import { type ErrorCategory, wireCategory } from '../../../common/errors/errors';
import { ServerFrameCodec, StreamState } from '../../../common/proto';
import type { iot } from '../../../common/proto/generated';
import { timestampFromMs } from '../../../common/time/timestamp';

export type StreamStateValue = iot.stream.v1.State;
export { StreamState };

function encode(frame: iot.stream.v1.IServerFrame): Buffer {
  const bytes = ServerFrameCodec.encode(frame).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** ServerFrame{subscribed}. */
export function subscribedFrame(subscriptionId: number, streamId: number): Buffer {
  return encode({ subscribed: { subscriptionId, streamId } });
}

export interface StatusFields {
  subscriptionId: number;
  state: StreamStateValue;
  lagMs?: number;
  droppedBatches?: number;
  droppedMessages?: number;
  messagesSent?: number;
  detail?: string;
  /** The history replay was cut short (see history_note in stream.proto). */
  history?: { fromMs?: number; note: string };
}

/** ServerFrame{status}. */
export function statusFrame(status: StatusFields): Buffer {
  return encode({
    status: {
      subscriptionId: status.subscriptionId,
      state: status.state,
      lagMs: Math.max(0, Math.min(0xffffffff, Math.round(status.lagMs ?? 0))),
      droppedBatches: status.droppedBatches ?? 0,
      droppedMessages: status.droppedMessages ?? 0,
      messagesSent: status.messagesSent ?? 0,
      detail: status.detail ?? '',
      ...(status.history
        ? {
            historyNote: status.history.note,
            historyFrom: status.history.fromMs === undefined ? undefined : timestampFromMs(status.history.fromMs),
          }
        : {}),
    },
  });
}

/** ServerFrame{error} for one subscription (id > 0) or one frame (0). */
export function errorFrame(subscriptionId: number, category: ErrorCategory, message: string): Buffer {
  return encode({ error: { subscriptionId, category: wireCategory(category), message } });
}

/** ServerFrame{pong} echoing the nonce with the sidecar's time. */
export function pongFrame(nonce: number, nowMs: number): Buffer {
  return encode({ pong: { nonce, serverTime: timestampFromMs(nowMs) } });
}
