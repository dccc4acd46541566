import { EnvelopeCodec } from '../../../common/proto';
import { RateLimitError, ValidationError } from '../../../common/errors/errors';
import type { StoredMessage } from './Bus';
import { MemoryBus } from './MemoryBus';

const telemetry = (value: number) => ({ telemetry: { values: { value } } });

function makeBus(options: ConstructorParameters<typeof MemoryBus>[0] = {}) {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const bus = new MemoryBus({ historyMaxAgeMs: 0, now: () => now, ...options });
  return { bus, clock };
}

describe('MemoryBus', () => {
  it('numbers each (tenant, topic) from 1 and encodes the envelope once', () => {
    const { bus } = makeBus();
    expect(bus.publish('t1', { topic: 'a', payload: telemetry(1) }).sequence).toBe(1);
    expect(bus.publish('t1', { topic: 'a', payload: telemetry(2) }).sequence).toBe(2);
    expect(bus.publish('t1', { topic: 'b', payload: telemetry(3) }).sequence).toBe(1);
    expect(bus.publish('t2', { topic: 'a', payload: telemetry(4) }).sequence).toBe(1);
    const [stored] = bus.history('t1', 'a', { afterSequence: 1 });
    const envelope = EnvelopeCodec.decode(stored.bytes);
    expect(envelope).toMatchObject({ topic: 'a', sequence: 2 });
    expect(envelope.payload?.telemetry?.values).toEqual({ value: 2 });
    bus.close();
  });

  it('delivers live messages synchronously to matching subscribers only, in publish order', () => {
    const { bus } = makeBus();
    const seen: string[] = [];
    const sub = bus.subscribe('t', 'x/+', undefined, (message) => seen.push(`${message.topic}#${message.sequence}`));
    const other = bus.subscribe('other', '#', undefined, () => seen.push('leak'));
    bus.publish('t', { topic: 'x/1', payload: telemetry(1) });
    bus.publish('t', { topic: 'y/1', payload: telemetry(1) });
    bus.publish('t', { topic: 'x/2', payload: telemetry(1) });
    sub.close();
    sub.close();
    bus.publish('t', { topic: 'x/1', payload: telemetry(1) });
    expect(seen).toEqual(['x/1#1', 'x/2#1']);
    other.close();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('takes the history snapshot and starts live delivery in one step: no gap, no duplicate', () => {
    const { bus } = makeBus();
    for (let i = 0; i < 5; i++) {
      bus.publish('t', { topic: 'a', payload: telemetry(i) });
    }
    const live: number[] = [];
    const sub = bus.subscribe('t', 'a', { afterSequence: 2 }, (message) => live.push(message.sequence));
    bus.publish('t', { topic: 'a', payload: telemetry(6) });
    expect([...sub.history.map((message) => message.sequence), ...live]).toEqual([3, 4, 5, 6]);
    sub.close();
  });

  it('bounds history per topic by count and by age', () => {
    const { bus, clock } = makeBus({ historyMaxMessages: 3, historyMaxAgeMs: 1_000 });
    for (let i = 0; i < 5; i++) {
      bus.publish('t', { topic: 'a', payload: telemetry(i) });
    }
    expect(bus.history('t', 'a', { sinceMs: 0 }).map((message) => message.sequence)).toEqual([3, 4, 5]);
    expect(bus.historySize()).toBe(3);
    clock.advance(600);
    bus.publish('t', { topic: 'a', payload: telemetry(6) });
    clock.advance(600);
    bus.publish('t', { topic: 'a', payload: telemetry(7) });
    expect(bus.history('t', 'a', { sinceMs: 0 }).map((message) => message.sequence)).toEqual([6, 7]);
    expect(bus.historySize()).toBe(2);
    bus.close();
  });

  it('merges several topics in publish order and keeps the newest max_history', () => {
    const { bus, clock } = makeBus();
    bus.publish('t', { topic: 'a', payload: telemetry(1) });
    clock.advance(10);
    bus.publish('t', { topic: 'b', payload: telemetry(2) });
    bus.publish('t', { topic: 'a', payload: telemetry(3) });
    const order = (history: StoredMessage[]) => history.map((message) => `${message.topic}${message.sequence}`);
    expect(order(bus.history('t', '+', { sinceMs: 0 }))).toEqual(['a1', 'b1', 'a2']);
    expect(order(bus.history('t', '+', { sinceMs: 0, maxHistory: 2 }))).toEqual(['b1', 'a2']);
    expect(order(bus.history('t', '+', { sinceMs: 1_000_010 }))).toEqual(['b1', 'a2']);
    expect(order(bus.history('t', '+', { untilMs: 1_000_010 }))).toEqual(['a1']);
    expect(order(bus.history('t', '+', { resume: new Map([['a', 1]]) }))).toEqual(['a2']);
    expect(order(bus.history('t', '+', { resume: new Map([['a', 1]]), afterSequence: 0, sinceMs: 0 }))).toEqual([
      'b1',
      'a2',
    ]);
  });

  it('caps replay at maxReplay whatever max_history asks', () => {
    const { bus } = makeBus({ maxReplay: 2 });
    for (let i = 0; i < 5; i++) {
      bus.publish('t', { topic: 'a', payload: telemetry(i) });
    }
    expect(bus.history('t', 'a', { sinceMs: 0, maxHistory: 100 }).map((message) => message.sequence)).toEqual([4, 5]);
  });

  it('never lets broker time go backwards when the wall clock does', () => {
    const { bus, clock } = makeBus();
    const first = bus.publish('t', { topic: 'a', payload: telemetry(1) });
    clock.advance(-5_000);
    const second = bus.publish('t', { topic: 'a', payload: telemetry(2) });
    expect(second.brokerTimeMs).toBeGreaterThanOrEqual(first.brokerTimeMs);
  });

  it('refuses oversize messages without consuming a sequence, and topics beyond the limit', () => {
    const { bus } = makeBus({ maxMessageBytes: 100, maxTopicsPerTenant: 2 });
    expect(() => bus.publish('t', { topic: 'a', payload: { raw: new Uint8Array(200) } })).toThrow(ValidationError);
    expect(bus.topicCount('t')).toBe(0);
    expect(bus.publish('t', { topic: 'a', payload: telemetry(1) }).sequence).toBe(1);
    bus.publish('t', { topic: 'b', payload: telemetry(1) });
    expect(() => bus.publish('t', { topic: 'c', payload: telemetry(1) })).toThrow(RateLimitError);
    expect(bus.publish('other', { topic: 'c', payload: telemetry(1) }).sequence).toBe(1);
  });

  it('keeps delivering to the others when one subscriber throws', () => {
    const { bus } = makeBus();
    const seen: number[] = [];
    bus.subscribe('t', 'a', undefined, () => {
      throw new Error('broken subscriber');
    });
    bus.subscribe('t', 'a', undefined, (message) => seen.push(message.sequence));
    expect(bus.publish('t', { topic: 'a', payload: telemetry(1) }).sequence).toBe(1);
    expect(seen).toEqual([1]);
  });

  it('reports topic statistics: counts, rate, fields and last sequence', () => {
    const { bus } = makeBus();
    bus.publish('t', { topic: 'a', payload: { telemetry: { values: { b: 1, a: 2 } } } });
    bus.publish('t', { topic: 'j', payload: { json: { fields: { state: { stringValue: 'on' } } } } });
    bus.publish('t', { topic: 'a', payload: { raw: new Uint8Array([1]) } });
    expect(bus.topics('t')).toEqual([
      { name: 'a', messageCount: 2, lastTimeMs: 1_000_000, ratePerSecond: 0.2, fields: ['a', 'b'], lastSequence: 2 },
      { name: 'j', messageCount: 1, lastTimeMs: 1_000_000, ratePerSecond: 0.1, fields: ['state'], lastSequence: 1 },
    ]);
    expect(bus.topics('t', 'j').map((topic) => topic.name)).toEqual(['j']);
    expect(bus.topics('nobody')).toEqual([]);
  });

  it('refuses work after close, and close is safe twice', () => {
    const { bus } = makeBus();
    bus.close();
    bus.close();
    expect(() => bus.publish('t', { topic: 'a', payload: telemetry(1) })).toThrow(/shutting down/);
  });
});
