/**
 * A stand-in for the browser's WebSocket that plays the sidecar: it confirms every subscription and
 * lets the benchmark deliver pre-encoded batch frames as fast as the plugin takes them. It measures
 * the plugin's pipeline alone, with no network in the way.
 */
import { ClientFrameCodec, ServerFrameCodec } from '../../common/proto';

type Handler<E> = ((event: E) => void) | null;

export class FakeSidecarSocket {
  static readonly OPEN = 1;
  static instances: FakeSidecarSocket[] = [];
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: Handler<unknown> = null;
  onclose: Handler<{ code: number; reason: string }> = null;
  onerror: Handler<unknown> = null;
  onmessage: Handler<{ data: unknown }> = null;
  /** Subscription ids the plugin has opened on this socket. */
  readonly subscriptions: number[] = [];

  constructor(readonly url: string) {
    FakeSidecarSocket.instances.push(this);
    setTimeout(() => {
      this.readyState = FakeSidecarSocket.OPEN;
      this.onopen?.({});
    }, 0);
  }

  send(data: Uint8Array): void {
    const frame = ClientFrameCodec.decode(data);
    if (frame.subscribe) {
      const id = frame.subscribe.id ?? 0;
      this.subscriptions.push(id);
      this.deliver(ServerFrameCodec.encode({ subscribed: { subscriptionId: id, streamId: 1 } }).finish());
      this.deliver(ServerFrameCodec.encode({ status: { subscriptionId: id, state: 2 } }).finish());
    }
  }

  /** Hands one encoded ServerFrame to the plugin, as a binary WebSocket message. */
  deliver(bytes: Uint8Array): void {
    const exact =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    this.onmessage?.({ data: exact });
  }

  close(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1000, reason: 'closed' });
  }
}
