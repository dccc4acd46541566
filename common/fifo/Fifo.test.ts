import { Fifo } from './Fifo';

describe('Fifo', () => {
  it('gives items back oldest first and is empty after the last', () => {
    const queue = new Fifo<number>();
    [1, 2, 3].forEach((n) => queue.push(n));
    expect(queue.peek()).toBe(1);
    expect([queue.shift(), queue.shift()]).toEqual([1, 2]);
    queue.push(4);
    expect(queue.toArray()).toEqual([3, 4]);
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual([3, 4, undefined]);
    expect(queue.length).toBe(0);
    expect(queue.peek()).toBeUndefined();
  });

  it('keeps the total weight through push, shift, removeAt and clear', () => {
    const queue = new Fifo<string>((s) => s.length);
    ['a', 'bb', 'ccc', 'dddd'].forEach((s) => queue.push(s));
    expect(queue.weight).toBe(10);
    queue.shift();
    expect(queue.weight).toBe(9);
    expect(queue.removeAt(1)).toBe('ccc');
    expect(queue.toArray()).toEqual(['bb', 'dddd']);
    expect(queue.weight).toBe(6);
    queue.clear();
    expect([queue.length, queue.weight]).toEqual([0, 0]);
  });

  it('has no weight without a weigh function', () => {
    const queue = new Fifo<string>();
    queue.push('abc');
    expect(queue.weight).toBe(0);
  });

  it('indexes from the oldest item and refuses indexes outside the queue', () => {
    const queue = new Fifo<number>();
    [10, 11, 12].forEach((n) => queue.push(n));
    queue.shift();
    expect([queue.at(0), queue.at(1), queue.at(2), queue.at(-1)]).toEqual([11, 12, undefined, undefined]);
    expect(queue.removeAt(5)).toBeUndefined();
    expect(queue.removeAt(0)).toBe(11);
  });

  it('stays in order across many compactions', () => {
    const queue = new Fifo<number>();
    const taken: number[] = [];
    for (let n = 0; n < 10_000; n++) {
      queue.push(n);
      if (n % 3 !== 0) {
        taken.push(queue.shift() as number);
      }
    }
    taken.push(...queue.toArray());
    expect(taken).toEqual(Array.from({ length: 10_000 }, (_, n) => n));
  });

  it('finds the first item past a prefix by binary search, relative to the oldest', () => {
    const queue = new Fifo<number>();
    [1, 2, 3, 5, 8, 13].forEach((n) => queue.push(n));
    queue.shift();
    expect(queue.lowerBound((n) => n < 5)).toBe(2);
    expect(queue.lowerBound(() => true)).toBe(5);
    expect(queue.lowerBound(() => false)).toBe(0);
  });

  it('reads a range without copying, clamped to the queue', () => {
    const queue = new Fifo<number>();
    [1, 2, 3, 4].forEach((n) => queue.push(n));
    queue.shift();
    const range = queue.range(1, 10);
    expect(range.items.slice(range.from, range.to)).toEqual([3, 4]);
    const backwards = queue.range(2, 1);
    expect(backwards.to - backwards.from).toBe(0);
  });

  it('leaves a range read before compaction readable', () => {
    const queue = new Fifo<number>();
    for (let n = 0; n < 200; n++) {
      queue.push(n);
    }
    const range = queue.range(150);
    for (let n = 0; n < 150; n++) {
      queue.shift();
    }
    expect(range.items.slice(range.from, range.to)).toEqual(Array.from({ length: 50 }, (_, i) => 150 + i));
  });
});
