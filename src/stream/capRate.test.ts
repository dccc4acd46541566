import { TestScheduler } from 'rxjs/testing';
import { capRate } from './capRate';

function scheduler() {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('capRate', () => {
  it('passes the first value at once and then the latest once per interval (10 Hz)', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // A value every 10 ms for 250 ms: 25 values in, at most one per 100 ms out.
      const source = cold('a 9ms b 9ms c 9ms d 99ms e 9ms f 120ms |');
      expectObservable(source.pipe(capRate(10))).toBe('a 99ms d 99ms f 60ms |');
    });
  });

  it('emits a pending value when the source completes', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a 9ms b 9ms |').pipe(capRate(10))).toBe('a 19ms (b|)');
    });
  });

  it('holds the output rate whatever the input rate', () => {
    scheduler().run(({ expectObservable, cold }) => {
      const burst = cold('(' + 'x'.repeat(500) + ') 999ms |');
      const counted = burst.pipe(capRate(20));
      // 500 values at once: one now, one 50 ms later, nothing more.
      expectObservable(counted).toBe('x 49ms x 1450ms |');
    });
  });

  it('forwards errors and refuses a rate that is not positive', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a #').pipe(capRate(5))).toBe('a #');
    });
    expect(() => capRate(0)).toThrow(RangeError);
  });
});
