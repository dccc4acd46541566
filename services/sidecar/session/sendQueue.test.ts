import { SendQueue, type FrameSocket, type QueuedBatchInfo } from './sendQueue';

/** A socket that buffers everything until flushed, like one whose peer stopped reading. */
class StalledSocket implements FrameSocket {
  bufferedAmount = 0;
  sent: Buffer[] = [];
  private callbacks: Array<() => void> = [];
  send(data: Buffer, callback: (err?: Error) => void): void {
    this.sent.push(data);
    this.bufferedAmount += data.length;
    this.callbacks.push(() => callback());
  }
  flush(): void {
    this.bufferedAmount = 0;
    const callbacks = this.callbacks;
    this.callbacks = [];
    callbacks.forEach((callback) => callback());
  }
}

function setUp(options = { maxBytes: 1_000, maxAgeMs: 10_000, highWaterBytes: 300 }) {
  const socket = new StalledSocket();
  const dropped: QueuedBatchInfo[] = [];
  const sent: QueuedBatchInfo[] = [];
  let drained = 0;
  let now = 0;
  const queue = new SendQueue(
    socket,
    options,
    {
      onBatchSent: (info) => sent.push(info),
      onBatchesDropped: (list) => dropped.push(...list),
      onDrained: () => drained++,
      onSocketError: () => undefined,
    },
    () => now
  );
  return { socket, queue, dropped, sent, drained: () => drained, advance: (ms: number) => (now += ms) };
}

const batch = (streamId: number, size = 100) => [Buffer.alloc(size, streamId), { streamId, messageCount: 2 }] as const;

describe('SendQueue', () => {
  it('hands frames to the socket only below the high-water mark', () => {
    const { socket, queue } = setUp();
    for (let i = 1; i <= 5; i++) {
      queue.enqueueBatch(...batch(i));
    }
    expect(socket.sent).toHaveLength(3);
    expect(queue.pendingFrames).toBe(2);
    socket.flush();
    expect(socket.sent).toHaveLength(5);
  });

  it('drops the oldest batches, never control frames, so queue plus socket stay within the bound', () => {
    const { socket, queue, dropped } = setUp();
    queue.enqueueControl(Buffer.alloc(10));
    for (let i = 1; i <= 20; i++) {
      queue.enqueueBatch(...batch(i));
      expect(queue.pendingBytes + socket.bufferedAmount).toBeLessThanOrEqual(1_000);
    }
    expect(dropped.map((info) => info.streamId)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    socket.flush();
    socket.flush();
    expect(socket.sent.map((frame) => frame[0])).toEqual([0, 1, 2, 3, 15, 16, 17, 18, 19, 20]);
  });

  it('drops batches that waited longer than the age bound', () => {
    const { socket, queue, dropped, advance } = setUp({ maxBytes: 10_000, maxAgeMs: 100, highWaterBytes: 100 });
    queue.enqueueBatch(...batch(1));
    queue.enqueueBatch(...batch(2));
    advance(500);
    queue.enqueueBatch(...batch(3));
    expect(dropped.map((info) => info.streamId)).toEqual([2]);
    socket.flush();
    expect(socket.sent.map((frame) => frame[0])).toEqual([1, 3]);
  });

  it('reports when everything was handed over and stops after close', () => {
    const { socket, queue, drained } = setUp();
    queue.enqueueBatch(...batch(1));
    expect(drained()).toBe(1);
    queue.close();
    queue.close();
    queue.enqueueBatch(...batch(2));
    expect(socket.sent).toHaveLength(1);
  });
});
