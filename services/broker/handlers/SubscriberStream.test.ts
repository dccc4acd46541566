import type { StoredMessage } from '../bus/Bus';
import { SubscriberStream, type WritableCall } from './SubscriberStream';

const message = (sequence: number): StoredMessage => ({
  topic: 't',
  sequence,
  brokerTimeMs: 0,
  ordinal: sequence,
  bytes: Buffer.from([sequence]),
});

/** A call that accepts `capacity` writes before asking the writer to wait for 'drain'. */
class FakeCall implements WritableCall {
  written: number[] = [];
  ended = false;
  private drainListener: (() => void) | undefined;
  private inFlight = 0;
  constructor(private capacity: number) {}
  write(chunk: Buffer): boolean {
    this.written.push(chunk[0]);
    this.inFlight++;
    return this.inFlight < this.capacity;
  }
  end(): void {
    this.ended = true;
  }
  on(_event: 'drain', listener: () => void): void {
    this.drainListener = listener;
  }
  drain(capacity = this.capacity): void {
    this.capacity = capacity;
    this.inFlight = 0;
    this.drainListener?.();
  }
}

describe('SubscriberStream', () => {
  it('writes history first, then live, waiting for drain and never dropping history', () => {
    const call = new FakeCall(2);
    const drops: number[] = [];
    const stream = new SubscriberStream(call, [message(1), message(2), message(3)], 10, (count) => drops.push(count));
    stream.start();
    expect(call.written).toEqual([1, 2]);
    stream.deliver(message(4));
    expect(call.written).toEqual([1, 2]);
    call.drain(100);
    expect(call.written).toEqual([1, 2, 3, 4]);
    expect(stream.currentState).toBe('live');
    stream.deliver(message(5));
    expect(call.written).toEqual([1, 2, 3, 4, 5]);
    expect(drops).toEqual([]);
  });

  it('bounds the live queue of a stalled client by dropping the oldest, counting each drop', () => {
    const call = new FakeCall(1);
    let dropped = 0;
    const stream = new SubscriberStream(call, [], 3, (count) => (dropped += count));
    stream.start();
    for (let i = 1; i <= 10; i++) {
      stream.deliver(message(i));
    }
    // 1 was written (and filled the window); of 2..10 only the newest 3 wait.
    expect(stream.queued).toBe(3);
    expect(dropped).toBe(6);
    expect(stream.dropped).toBe(6);
    call.drain(100);
    expect(call.written).toEqual([1, 8, 9, 10]);
  });

  it('ends a history-only stream after the history, and ignores deliveries after close', () => {
    const call = new FakeCall(100);
    const stream = new SubscriberStream(call, [message(1)], 3, () => undefined, true);
    stream.start();
    expect(call.ended).toBe(true);
    stream.close();
    stream.close();
    stream.deliver(message(2));
    expect(call.written).toEqual([1]);
  });
});
