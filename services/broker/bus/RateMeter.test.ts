import { RateMeter } from './RateMeter';

describe('RateMeter', () => {
  it('averages over its window and forgets what slid out of it', () => {
    const meter = new RateMeter(10);
    for (let second = 0; second < 10; second++) {
      meter.add(second * 1000, 5);
    }
    expect(meter.rate(9_500)).toBe(5);
    expect(meter.rate(14_000)).toBe(2.5);
    expect(meter.rate(60_000)).toBe(0);
  });
});
