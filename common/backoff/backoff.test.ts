import fc from 'fast-check';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('stays within [0, cap] for any attempt and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, { initialMs: 100, maxMs: 5000, factor: 2 }, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(5000);
      })
    );
  });

  it('grows exponentially until the cap', () => {
    const top = (attempt: number) => backoffDelay(attempt, { initialMs: 100, maxMs: 1000, factor: 2 }, () => 0.999999);
    expect(top(0)).toBe(99);
    expect(top(1)).toBe(199);
    expect(top(2)).toBe(399);
    expect(top(10)).toBe(999);
  });
});
