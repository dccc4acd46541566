import { InstanceCache } from './InstanceCache';

class Thing {
  closed = 0;
  constructor(readonly version: number) {}
  close(): void {
    this.closed++;
  }
}

describe('InstanceCache', () => {
  it('keeps one instance per uid until lastUpdatedMS changes, then disposes the old one', () => {
    const cache = new InstanceCache<Thing>({ idleMs: 1_000, now: () => 0 });
    const first = cache.get('a', 1, () => new Thing(1));
    expect(cache.get('a', 1, () => new Thing(99))).toBe(first);
    const second = cache.get('a', 2, () => new Thing(2));
    expect(second.version).toBe(2);
    expect(first.closed).toBe(1);
    expect(cache.get('b', 1, () => new Thing(3)).version).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('disposes instances nobody asked for within idleMs', () => {
    let now = 0;
    const cache = new InstanceCache<Thing>({ idleMs: 1_000, now: () => now });
    const idle = cache.get('idle', 1, () => new Thing(1));
    now = 500;
    cache.get('busy', 1, () => new Thing(2));
    now = 1_200;
    cache.get('busy', 1, () => new Thing(3));
    expect(idle.closed).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('keeps an instance that is busy (streaming) however long nobody else asks for it', () => {
    let now = 0;
    const cache = new InstanceCache<Thing & { busy: boolean }>({ idleMs: 1_000, now: () => now });
    const streaming = cache.get('streaming', 1, () => Object.assign(new Thing(1), { busy: true }));
    now = 5_000;
    cache.get('other', 1, () => Object.assign(new Thing(2), { busy: false }));
    expect(streaming.closed).toBe(0);
    // Once it stops streaming, the idle time counts from then.
    streaming.busy = false;
    now = 5_500;
    cache.get('other', 1, () => Object.assign(new Thing(3), { busy: false }));
    expect(streaming.closed).toBe(0);
    now = 6_100;
    cache.get('other', 1, () => Object.assign(new Thing(4), { busy: false }));
    expect(streaming.closed).toBe(1);
  });

  it('close() disposes everything and is safe twice', () => {
    const cache = new InstanceCache<Thing>({ idleMs: 1_000 });
    const thing = cache.get('a', 1, () => new Thing(1));
    cache.close();
    cache.close();
    expect(thing.closed).toBe(1);
    expect(cache.size).toBe(0);
  });
});
