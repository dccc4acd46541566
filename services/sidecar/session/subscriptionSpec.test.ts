import { Conflation } from '../../../common/proto';
import { subscriptionSpec } from './subscriptionSpec';

const LIMITS = { maxHistory: 1_000, maxRateHz: 100, maxFilterBytes: 64 };

describe('subscriptionSpec', () => {
  it('reads a live-only subscription', () => {
    expect(subscriptionSpec({ id: 1, filter: 'a/+/c' }, LIMITS)).toEqual({
      id: 1,
      filter: 'a/+/c',
      start: undefined,
      untilMs: undefined,
      maxHistory: 1_000,
      conflation: undefined,
      telemetryBlocks: false,
    });
    expect(subscriptionSpec({ id: 1, filter: 'a', options: { telemetryBlocks: true } }, LIMITS).telemetryBlocks).toBe(
      true
    );
  });

  it('reads starts, history bounds and conflation', () => {
    const spec = subscriptionSpec(
      {
        id: 2,
        filter: '#',
        since: { seconds: 10 },
        from: { epoch: 'e1', offset: 5 },
        options: { maxHistory: 5_000, maxRateHz: 4, conflation: Conflation.CONFLATION_AVG },
      },
      LIMITS
    );
    expect(spec.start).toEqual({ afterSequence: undefined, sinceMs: 10_000, from: { epoch: 'e1', offset: 5 } });
    expect(spec.maxHistory).toBe(1_000);
    expect(spec.conflation).toEqual({ rateHz: 4, mode: Conflation.CONFLATION_AVG });
    expect(subscriptionSpec({ id: 3, filter: 'x', options: { maxRateHz: 2 } }, LIMITS).conflation?.mode).toBe(
      Conflation.CONFLATION_LAST
    );
  });

  it.each([
    [{ id: 0, filter: 'a' }, /positive integer/],
    [{ id: 1, filter: '' }, /empty/],
    [{ id: 1, filter: 'a/#/b' }, /'#'/],
    [{ id: 1, filter: 'x'.repeat(65) }, /limit/],
    [{ id: 1, filter: 'a', options: { conflation: Conflation.CONFLATION_MAX } }, /max_rate_hz > 0/],
    [{ id: 1, filter: 'a', options: { maxRateHz: 1_000 } }, /between 0.1 and 100/],
    [
      { id: 1, filter: 'a', options: { maxRateHz: 1e-9, conflation: Conflation.CONFLATION_LAST } },
      /0 \(no conflation\) or between 0.1/,
    ],
    [{ id: 1, filter: 'a', since: { seconds: 1e15 } }, /subscribe.since .* outside the timestamp range/],
    [{ id: 1, filter: 'a', from: { epoch: 'e'.repeat(300), offset: 1 } }, /position the sidecar sent/],
    [{ id: 1, filter: 'a', since: { seconds: 10 }, until: { seconds: 5 } }, /later than/],
  ])('refuses %j', (frame, message) => {
    expect(() => subscriptionSpec(frame, LIMITS)).toThrow(message);
  });
});
