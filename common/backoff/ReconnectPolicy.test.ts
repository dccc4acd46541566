import { ReconnectPolicy } from './ReconnectPolicy';

const backoff = { initialMs: 100, maxMs: 1_000, factor: 2 };
/** The top of each jitter range, so delays are the documented ceilings less one. */
const top = () => 0.999_999;

describe('ReconnectPolicy', () => {
  it('grows the delay with every failed attempt up to the ceiling', () => {
    const policy = new ReconnectPolicy({ backoff, random: top });
    const delays = Array.from({ length: 6 }, () => policy.lost().delayMs);
    expect(delays).toEqual([99, 199, 399, 799, 999, 999]);
    expect(policy.attempts).toBe(6);
  });

  it('draws each delay with full jitter from [0, ceiling]', () => {
    const policy = new ReconnectPolicy({ backoff, random: () => 0.5 });
    expect([policy.lost().delayMs, policy.lost().delayMs]).toEqual([50, 100]);
  });

  it('with no healthy period, restarts the backoff as soon as a connection is accepted', () => {
    const policy = new ReconnectPolicy({ backoff, random: top });
    policy.lost();
    policy.lost();
    policy.connected();
    expect(policy.attempts).toBe(0);
    expect(policy.lost()).toEqual({ delayMs: 99, attempt: 1, firstOfOutage: true });
  });

  it('restarts the backoff only after a connection stayed up for the healthy period', () => {
    let nowMs = 0;
    const policy = new ReconnectPolicy({ backoff, random: top, healthyAfterMs: 10_000, now: () => nowMs });
    policy.lost();
    policy.lost();
    policy.connected();
    nowMs += 9_999;
    // Accepted, then dropped too soon: the server may be accepting and dropping, keep backing off.
    expect(policy.lost().delayMs).toBe(399);
    policy.connected();
    nowMs += 10_000;
    expect(policy.lost().delayMs).toBe(99);
  });

  it('does not count a connection accepted long ago as healthy once attempts fail', () => {
    let nowMs = 0;
    const policy = new ReconnectPolicy({ backoff, random: top, healthyAfterMs: 10_000, now: () => nowMs });
    policy.connected();
    nowMs += 60_000;
    expect(policy.lost().delayMs).toBe(99);
    nowMs += 60_000;
    expect(policy.lost().delayMs).toBe(199);
  });

  it('marks only the first loss of each outage', () => {
    const policy = new ReconnectPolicy({ backoff, random: top });
    expect([policy.lost().firstOfOutage, policy.lost().firstOfOutage, policy.inOutage]).toEqual([true, false, true]);
    policy.connected();
    expect(policy.inOutage).toBe(false);
    expect(policy.lost().firstOfOutage).toBe(true);
  });

  it('forgets attempts and the outage on reset', () => {
    const policy = new ReconnectPolicy({ backoff, random: top, healthyAfterMs: 10_000 });
    policy.lost();
    policy.lost();
    policy.reset();
    expect([policy.attempts, policy.inOutage]).toEqual([0, false]);
    expect(policy.lost()).toEqual({ delayMs: 99, attempt: 1, firstOfOutage: true });
  });
});
