import { iot } from '../../../common/proto';
import type { HistoryRead, StoredMessage } from '../bus/Bus';
import { SubscriberStream, type WritableCall } from './SubscriberStream';

const message = (sequence: number, topic = 't', size = 0): StoredMessage => ({
  topic,
  sequence,
  brokerTimeMs: 0,
  ordinal: sequence,
  bytes: Buffer.from(
    iot.broker.v1.SubscribeEvent.encode({
      envelope: { topic, sequence, payload: { raw: new Uint8Array(size) } },
    }).finish()
  ),
});

const read = (messages: StoredMessage[], extra: Partial<HistoryRead> = {}): HistoryRead => ({
  messages,
  epoch: 'e1',
  recovered: false,
  gaps: [],
  ...extra,
});

/** What one written chunk says, e.g. "start e1", "t#3" or "gap t 2-7". */
function describe_(chunk: Buffer): string {
  const event = iot.broker.v1.SubscribeEvent.decode(chunk);
  if (event.start) {
    return `start ${event.start.epoch}${event.start.recovered ? ' recovered' : ''}`;
  }
  if (event.gap) {
    return `gap ${event.gap.topic} ${event.gap.fromSequence}-${event.gap.toSequence}`;
  }
  if (event.historyEnd) {
    return 'history end';
  }
  return `${event.envelope!.topic}#${event.envelope!.sequence}`;
}

/** A call that accepts `capacity` writes before asking the writer to wait for 'drain'. */
class FakeCall implements WritableCall {
  written: string[] = [];
  ended = false;
  private drainListener: (() => void) | undefined;
  private inFlight = 0;
  constructor(private capacity: number) {}
  write(chunk: Buffer): boolean {
    this.written.push(describe_(chunk));
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

const LIMITS = { messages: 10, bytes: 1 << 20 };

describe('SubscriberStream', () => {
  it('writes the start, the history gaps and history, the history end, then live, waiting for drain and never dropping history', () => {
    const call = new FakeCall(3);
    const drops: number[] = [];
    const history = read([message(5), message(6), message(7)], {
      gaps: [{ topic: 't', fromSequence: 0, toSequence: 4, reason: 'retention' }],
    });
    const stream = new SubscriberStream(call, history, LIMITS, (count) => drops.push(count));
    stream.start();
    expect(call.written).toEqual(['start e1', 'gap t 0-4', 't#5']);
    stream.deliver(message(8));
    call.drain(100);
    expect(call.written).toEqual(['start e1', 'gap t 0-4', 't#5', 't#6', 't#7', 'history end', 't#8']);
    expect(stream.currentState).toBe('live');
    stream.deliver(message(9));
    expect(call.written.at(-1)).toBe('t#9');
    expect(drops).toEqual([]);
  });

  it('bounds the live queue of a stalled client by dropping the oldest, and states each drop as a gap', () => {
    const call = new FakeCall(3);
    let dropped = 0;
    const stream = new SubscriberStream(call, read([]), { messages: 3, bytes: 1 << 20 }, (count) => (dropped += count));
    stream.start();
    for (let i = 1; i <= 10; i++) {
      stream.deliver(message(i));
    }
    // 1 was written (and filled the window); of 2..10 only the newest 3 wait.
    expect(stream.queued).toBe(3);
    expect(dropped).toBe(6);
    expect(stream.dropped).toBe(6);
    call.drain(100);
    expect(call.written).toEqual(['start e1', 'history end', 't#1', 'gap t 2-7', 't#8', 't#9', 't#10']);
  });

  it('states a drop even when the dropped message was the last of its topic', () => {
    const call = new FakeCall(3);
    const stream = new SubscriberStream(call, read([]), { messages: 2, bytes: 1 << 20 }, () => undefined);
    stream.start();
    stream.deliver(message(1, 'a'));
    stream.deliver(message(1, 'quiet'));
    stream.deliver(message(2, 'a'));
    stream.deliver(message(3, 'a'));
    call.drain(100);
    expect(call.written).toEqual(['start e1', 'history end', 'a#1', 'a#2', 'a#3', 'gap quiet 1-1']);
  });

  it('bounds the queue in bytes, not only in messages', () => {
    const call = new FakeCall(3);
    const stream = new SubscriberStream(call, read([]), { messages: 1000, bytes: 3 * 1024 }, () => undefined);
    stream.start();
    for (let i = 1; i <= 20; i++) {
      stream.deliver(message(i, 't', 1000));
    }
    // Each message is about 1 KB: a paused subscriber holds about 3 of them, however many arrive.
    expect(stream.queued).toBeLessThanOrEqual(3);
    expect(stream.dropped).toBe(20 - 1 - stream.queued);
  });

  it('ends a history-only stream after the history, and ignores deliveries after close', () => {
    const call = new FakeCall(100);
    const stream = new SubscriberStream(call, read([message(1)]), LIMITS, () => undefined, true);
    stream.start();
    expect(call.ended).toBe(true);
    stream.close();
    stream.close();
    stream.deliver(message(2));
    expect(call.written).toEqual(['start e1', 't#1', 'history end']);
  });
});
