import { map, type OperatorFunction } from 'rxjs';
import { ServerFrameWireCodec } from '../../common/proto';
import { ValidationError } from '../../common/errors/errors';
import type { ServerFrame } from './batchTypes';

/** A decoded frame, or why the bytes could not be decoded (the socket carries on). */
export type DecodedFrame = { ok: true; frame: ServerFrame } | { ok: false; error: ValidationError };

/** Decodes one binary WebSocket message into a ServerFrame. */
export function decodeFrameBytes(data: unknown): DecodedFrame {
  let bytes: Uint8Array;
  // Checked by tag, not instanceof: the buffer may come from another realm (a worker, Node's ws).
  if (Object.prototype.toString.call(data) === '[object ArrayBuffer]') {
    bytes = new Uint8Array(data as ArrayBuffer);
  } else if (ArrayBuffer.isView(data)) {
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } else {
    return { ok: false, error: new ValidationError(`expected a binary frame from the sidecar, got ${typeof data}`) };
  }
  try {
    return { ok: true, frame: ServerFrameWireCodec.decode(bytes) };
  } catch (cause) {
    return {
      ok: false,
      error: new ValidationError(`a frame from the sidecar is not valid protobuf (${bytes.byteLength} bytes)`, {
        cause,
      }),
    };
  }
}

/** Decodes binary WebSocket messages: `messages$.pipe(decodeServerFrame())`. */
export function decodeServerFrame(): OperatorFunction<unknown, DecodedFrame> {
  return map(decodeFrameBytes);
}
