import { percentile, round } from './stats';

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rounds to significant figures', () => {
    expect(round(123456.789)).toBe(123457);
    expect(round(0.0123456)).toBe(0.0123);
    expect(round(1.98765, 2)).toBe(2);
  });
});
