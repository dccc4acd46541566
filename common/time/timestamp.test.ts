import fc from 'fast-check';
import { checkedMsFromTimestamp, msFromTimestamp, timestampFromMs } from './timestamp';

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

  it("refuses incoming timestamps outside protobuf's range, naming the field", () => {
    expect(checkedMsFromTimestamp({ seconds: 1_700_000_000, nanos: 5e8 }, 'since')).toBe(1_700_000_000_500);
    expect(checkedMsFromTimestamp(undefined, 'since')).toBeUndefined();
    expect(checkedMsFromTimestamp({ seconds: 253_402_300_799 }, 'since')).toBe(253_402_300_799_000);
    expect(() => checkedMsFromTimestamp({ seconds: 253_402_300_800 }, 'since')).toThrow(
      /^since .* outside the timestamp range/
    );
    expect(() => checkedMsFromTimestamp({ seconds: -62_135_596_801 }, 'until')).toThrow(/^until/);
    expect(() => checkedMsFromTimestamp({ seconds: 1, nanos: 1e9 }, 'event_time')).toThrow(
      /outside the timestamp range/
    );
  });
});
