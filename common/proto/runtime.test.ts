import fc from 'fast-check';
import { iot } from './index';
import { readInternedString } from './runtime';

const encoder = new TextEncoder();

describe('protobuf runtime tuning', () => {
  it('decodes 64-bit integers as numbers', () => {
    const bytes = iot.broker.v1.PublishResponse.encode({ sequence: 2 ** 40 + 3 }).finish();
    expect(iot.broker.v1.PublishResponse.decode(bytes).sequence).toBe(2 ** 40 + 3);
  });

  it('reads any string exactly, cached or not, from any offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.nat(8), (text, offset) => {
        const bytes = encoder.encode(text);
        const padded = new Uint8Array(offset + bytes.length + 3);
        padded.set(bytes, offset);
        expect(readInternedString(padded, offset, offset + bytes.length)).toBe(text);
        expect(readInternedString(padded, offset, offset + bytes.length)).toBe(text);
      })
    );
  });

  it('never confuses two strings that share a cache slot', () => {
    for (let i = 0; i < 20_000; i++) {
      const text = `site/a/device/d${i}/temperature`;
      const bytes = encoder.encode(text);
      expect(readInternedString(bytes, 0, bytes.length)).toBe(text);
    }
  });

  it('round-trips envelopes with topics, labels and telemetry field names', () => {
    const envelope = { topic: 'site/β/device/d1/env', deviceId: 'd1', labels: { site: 'β' }, payload: { telemetry: { values: { celsius: 21.5 } } } };
    for (let i = 0; i < 3; i++) {
      const decoded = iot.broker.v1.Envelope.decode(iot.broker.v1.Envelope.encode(envelope).finish());
      expect(decoded.toJSON()).toMatchObject({ topic: envelope.topic, deviceId: 'd1', labels: { site: 'β' }, payload: { telemetry: { values: { celsius: 21.5 } } } });
    }
  });
});
