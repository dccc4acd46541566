import fc from 'fast-check';
import { msFromTimestamp, timestampFromMs } from './timestamp';

describe('timestamp conversion', () => {
  it('round-trips whole and fractional milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_102_444_800_000 }), fc.integer({ min: 0, max: 999 }), (ms, micros) => {
        const value = ms + micros / 1000;
        const back = msFromTimestamp(timestampFromMs(value));
        expect(back).toBeCloseTo(value, 3);
      })
    );
  });

  it('keeps nanos within range', () => {
    expect(timestampFromMs(1999.9999999)).toEqual({ seconds: 2, nanos: 0 });
  });

  it('treats an absent or zero timestamp as undefined', () => {
    expect(msFromTimestamp(undefined)).toBeUndefined();
    expect(msFromTimestamp({ seconds: 0, nanos: 0 })).toBeUndefined();
  });
});
