/** An in-memory WebSocket for stream client tests: records what the client sends, plays the sidecar. */
import { ClientFrameCodec, ServerFrameCodec, type ClientFrame, type ServerFrame } from '../../common/proto';
import type { SocketLike, WebSocketFactory } from '../stream/transport';

export class FakeSocket implements SocketLike {
  binaryType = 'blob';
  readyState = 0;
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  onmessage: SocketLike['onmessage'] = null;
  readonly sent: ClientFrame[] = [];
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  send(data: Uint8Array): void {
    this.sent.push(ClientFrameCodec.toObject(ClientFrameCodec.decode(data), { defaults: false }) as ClientFrame);
  }

  close(code = 1000): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  /** The sidecar accepts the connection. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** The sidecar sends a frame. */
  receive(frame: ServerFrame): void {
    const bytes = ServerFrameCodec.encode(frame).finish();
    this.onmessage?.({ data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  }

  /** The connection drops. */
  drop(code = 1006, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  /** The Subscribe frames sent so far. */
  get subscribes() {
    return this.sent.filter((f) => f.subscribe).map((f) => f.subscribe!);
  }
}

/** A socket factory that remembers every socket it opened. */
export function fakeSocketFactory(): { factory: WebSocketFactory; sockets: FakeSocket[]; latest: () => FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    latest: () => sockets[sockets.length - 1],
  };
}
