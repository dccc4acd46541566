import type { HistoryRead } from './Bus';
import { MemoryBus } from './MemoryBus';
import { mergeNewest } from './mergeNewest';

const payload = { telemetry: { values: { v: 1 } } };

function bus(options: ConstructorParameters<typeof MemoryBus>[0] = {}): MemoryBus {
  return new MemoryBus({ historyMaxAgeMs: 0, now: () => 1_000_000, ...options });
}

const order = (read: HistoryRead) => read.messages.map((message) => `${message.topic}${message.sequence}`);

describe('MemoryBus positions', () => {
  it('recovers a resume in its own epoch: everything after the position, nothing stated missing', async () => {
    const memory = bus();
    void memory.publish('t', { topic: 'a', payload });
    void memory.publish('t', { topic: 'b', payload });
    void memory.publish('t', { topic: 'a', payload });
    const read = await memory.history('t', '#', { from: { epoch: memory.epoch(), offset: 1 } });
    expect(read).toMatchObject({ epoch: memory.epoch(), recovered: true, gaps: [] });
    expect(order(read)).toEqual(['b1', 'a2']);
  });

  it('states what retention evicted after the position instead of replaying silently from what is left', async () => {
    const memory = bus({ historyMaxMessages: 2 });
    for (let i = 0; i < 5; i++) {
      void memory.publish('t', { topic: 'a', payload });
    }
    const read = await memory.history('t', 'a', { from: { epoch: memory.epoch(), offset: 1 } });
    expect(read.recovered).toBe(false);
    expect(read.gaps).toEqual([{ topic: 'a', fromSequence: 0, toSequence: 3, reason: 'retention' }]);
    expect(order(read)).toEqual(['a4', 'a5']);
  });

  it('states every message a resume leaves out for max_history: the newest are kept, the rest is a gap, never silence', async () => {
    const memory = bus();
    for (let i = 0; i < 10; i++) {
      void memory.publish('t', { topic: i % 2 === 0 ? 'a' : 'b', payload });
    }
    const read = await memory.history('t', '#', { from: { epoch: memory.epoch(), offset: 2 }, maxHistory: 3 });
    expect(order(read)).toEqual(['b4', 'a5', 'b5']);
    expect(read.recovered).toBe(false);
    expect(read.gaps).toEqual([
      { topic: 'a', fromSequence: 2, toSequence: 4, reason: 'history_limit' },
      { topic: 'b', fromSequence: 2, toSequence: 3, reason: 'history_limit' },
    ]);
  });

  it('states what retention evicted from a backfill by time, and nothing when the range starts after it', async () => {
    let now = 1_000_000;
    const memory = new MemoryBus({ historyMaxMessages: 3, historyMaxAgeMs: 0, now: () => now });
    for (let i = 0; i < 5; i++) {
      void memory.publish('t', { topic: 'a', payload });
      now += 10;
    }
    void memory.publish('t', { topic: 'b', payload });
    const read = await memory.history('t', '#', { sinceMs: 0 });
    expect(order(read)).toEqual(['a3', 'a4', 'a5', 'b1']);
    expect(read.gaps).toEqual([{ topic: 'a', fromSequence: 1, toSequence: 2, reason: 'retention' }]);
    // a2 (the newest evicted) was published at 1_000_010: a range from after it lost nothing.
    expect((await memory.history('t', '#', { sinceMs: 1_000_011 })).gaps).toEqual([]);
  });

  it('states what the broker replay cap cut from a backfill that asked for more, not what max_history cut', async () => {
    const memory = bus({ maxReplay: 2 });
    for (let i = 0; i < 5; i++) {
      void memory.publish('t', { topic: 'a', payload });
    }
    const capped = await memory.history('t', 'a', { sinceMs: 0, maxHistory: 100 });
    expect(order(capped)).toEqual(['a4', 'a5']);
    expect(capped.gaps).toEqual([{ topic: 'a', fromSequence: 1, toSequence: 3, reason: 'history_limit' }]);
    expect((await memory.history('t', 'a', { sinceMs: 0, maxHistory: 2 })).gaps).toEqual([]);
  });

  it('answers a position from another epoch (a restarted bus) with its own history from the start, stating what it no longer holds', async () => {
    const before = bus();
    void before.publish('t', { topic: 'a', payload });
    const position = { epoch: before.epoch(), offset: 1 };
    void before.close();
    // The new life numbers from 1 again and has already evicted its first messages.
    const after = bus({ historyMaxMessages: 2 });
    for (let i = 0; i < 4; i++) {
      void after.publish('t', { topic: 'a', payload });
    }
    expect(after.epoch()).not.toBe(position.epoch);
    const read = await after.history('t', 'a', { from: position });
    expect(read.recovered).toBe(false);
    expect(read.epoch).toBe(after.epoch());
    expect(read.gaps).toEqual([{ topic: 'a', fromSequence: 1, toSequence: 2, reason: 'retention' }]);
    expect(order(read)).toEqual(['a3', 'a4']);
  });

  it('states a message as lost at once when the topic retains nothing', async () => {
    const memory = bus({ historyMaxMessages: 0 });
    void memory.publish('t', { topic: 'a', payload });
    const read = await memory.history('t', 'a', { from: { epoch: memory.epoch(), offset: 0 } });
    expect(read.gaps).toEqual([{ topic: 'a', fromSequence: 0, toSequence: 1, reason: 'retention' }]);
  });

  it('merges the newest across many topics by offset without sorting what is retained', () => {
    const ranges = [
      { items: [1, 4, 7].map((ordinal) => ({ ordinal })), from: 0, to: 3 },
      { items: [2, 3, 9].map((ordinal) => ({ ordinal })), from: 1, to: 3 },
      { items: [5, 6, 8].map((ordinal) => ({ ordinal })), from: 0, to: 3 },
    ] as unknown as Parameters<typeof mergeNewest>[0];
    const merged = mergeNewest(ranges, 5);
    expect(merged.messages.map((message) => message.ordinal)).toEqual([5, 6, 7, 8, 9]);
    expect(merged.cut).toEqual([2, 1, 0]);
    expect(mergeNewest(ranges, 100).messages.map((message) => message.ordinal)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
  });
});
