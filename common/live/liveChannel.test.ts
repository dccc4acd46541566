import fc from 'fast-check';
import { ValidationError } from '../errors/errors';
import {
  canonicalSpec,
  isHashedPath,
  liveChannel,
  liveChannelPath,
  LIVE_CHANNEL_MAX_LENGTH,
  specOfPath,
  type LiveStreamSpec,
} from './liveChannel';

const UID = 'P1D2A3T4A5S6O7U8';

const SPEC: LiveStreamSpec = {
  filter: 'site/+/device/#',
  fields: ['temperature', 'json.motor.rpm'],
  timeSource: 'event',
  splitBy: 'device',
  conflation: 'none',
  conflationRateHz: 10,
  maxUpdateHz: 20,
  bufferSize: null,
  maxHistory: 10_000,
};

const specArbitrary: fc.Arbitrary<LiveStreamSpec> = fc.record({
  filter: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }),
  fields: fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
  timeSource: fc.constantFrom('event', 'broker', 'arrival'),
  splitBy: fc.constantFrom('none', 'topic', 'device', 'label:site'),
  conflation: fc.constantFrom('none', 'last', 'avg', 'min', 'max'),
  conflationRateHz: fc.integer({ min: 1, max: 100 }),
  maxUpdateHz: fc.integer({ min: 1, max: 60 }),
  bufferSize: fc.option(fc.integer({ min: 10, max: 100_000 }), { nil: null }),
  maxHistory: fc.integer({ min: 0, max: 100_000 }),
});

describe('liveChannel', () => {
  it('encodes MQTT wildcards into the characters Grafana allows, and decodes back', () => {
    const path = liveChannelPath(UID, SPEC);
    expect(path).toMatch(/^v1\/[A-Za-z0-9_\-/=.]+$/);
    // Without conflation the rate means nothing, so the channel does not carry it.
    expect(specOfPath(path)).toEqual({ ...SPEC, conflationRateHz: 0 });
    expect(liveChannel(UID, SPEC)).toBe(`ds/${UID}/${path}`);
  });

  it('gives the same channel for the same query and another for any option that changes packets', () => {
    expect(liveChannelPath(UID, { ...SPEC })).toBe(liveChannelPath(UID, SPEC));
    // Without conflation its rate changes nothing, so it must not split viewers.
    expect(liveChannelPath(UID, { ...SPEC, conflationRateHz: 3 })).toBe(liveChannelPath(UID, SPEC));
    for (const changed of [
      { filter: 'site/#' },
      { fields: ['temperature'] },
      { splitBy: 'topic' },
      { maxUpdateHz: 5 },
      { conflation: 'avg' as const },
      { bufferSize: 500 },
      { maxHistory: 0 },
      { timeSource: 'broker' as const },
    ]) {
      expect(liveChannelPath(UID, { ...SPEC, ...changed })).not.toBe(liveChannelPath(UID, SPEC));
    }
  });

  it('keeps every channel within 160 characters and round-trips every spec (property)', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const channel = liveChannel(UID, spec);
        expect(channel.length).toBeLessThanOrEqual(LIVE_CHANNEL_MAX_LENGTH);
        expect(channel).toMatch(/^ds\/[A-Za-z0-9]+\/[A-Za-z0-9_\-/=.]+$/);
        const path = liveChannelPath(UID, spec);
        const decoded = isHashedPath(path) ? specOfPath(path, { spec }) : specOfPath(path);
        expect(canonicalSpec(decoded)).toBe(canonicalSpec(spec));
      }),
      { numRuns: 300 }
    );
  });

  it('hashes a long spec, so two long specs that share a prefix stay apart', () => {
    const long = { ...SPEC, filter: `plant/${'line/'.repeat(40)}a/#` };
    const other = { ...long, filter: `plant/${'line/'.repeat(40)}b/#` };
    const path = liveChannelPath(UID, long);
    expect(isHashedPath(path)).toBe(true);
    expect(path).not.toBe(liveChannelPath(UID, other));
    expect(specOfPath(path, { spec: long })).toEqual(long);
  });

  it('refuses a hashed path without its spec, or with a spec of another path', () => {
    const long = { ...SPEC, filter: `plant/${'x'.repeat(200)}` };
    const path = liveChannelPath(UID, long);
    expect(() => specOfPath(path)).toThrow(/needs its stream spec/);
    expect(() => specOfPath(path, { spec: { ...long, maxUpdateHz: 1 } })).toThrow(/does not match/);
  });

  it('refuses paths that are not a spec with a validation error', () => {
    for (const bad of ['v2/abc', 'v1/!!', 'v1/e30', 'v1/WzEsMl0', 'nonsense']) {
      expect(() => specOfPath(bad)).toThrow(ValidationError);
    }
  });
});
