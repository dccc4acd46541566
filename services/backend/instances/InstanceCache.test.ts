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

  it('close() disposes everything and is safe twice', () => {
    const cache = new InstanceCache<Thing>({ idleMs: 1_000 });
    const thing = cache.get('a', 1, () => new Thing(1));
    cache.close();
    cache.close();
    expect(thing.closed).toBe(1);
    expect(cache.size).toBe(0);
  });
});
