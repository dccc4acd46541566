import { ValidationError } from '../../common/errors/errors';
import { iot } from '../../common/proto';
import { checkPayloadBytes } from './payload';

const encode = (payload: iot.broker.v1.IPayload) => iot.broker.v1.Payload.encode(payload).finish();

describe('checkPayloadBytes', () => {
  it.each([
    ['telemetry', { telemetry: { values: { celsius: 21.5, rh: 40 } } }],
    ['empty telemetry', { telemetry: {} }],
    ['json', { json: { fields: { state: { stringValue: 'on' }, nested: { structValue: { fields: {} } } } } }],
    ['typed', { typed: { type_url: 'type.googleapis.com/acme.Reading', value: new Uint8Array([8, 1]) } }],
    ['raw', { raw: new Uint8Array([1, 2, 3]) }],
  ])('accepts a %s payload and returns its bytes untouched', (_kind, payload) => {
    const bytes = encode(payload);
    expect(checkPayloadBytes(bytes, 't')).toBe(bytes);
  });

  it('refuses a missing or empty payload', () => {
    expect(() => checkPayloadBytes(undefined, 'a/b')).toThrow(/has no payload/);
    expect(() => checkPayloadBytes(new Uint8Array(), 'a/b')).toThrow(/has no payload/);
    expect(() => checkPayloadBytes(encode({}), 'a/b')).toThrow(ValidationError);
  });

  it('refuses a typed payload without a type URL', () => {
    expect(() => checkPayloadBytes(encode({ typed: { value: new Uint8Array([1]) } }), 'a')).toThrow(/type_url/);
  });

  it('refuses truncated and malformed bytes with a validation error', () => {
    const good = encode({ telemetry: { values: { celsius: 21.5 } } });
    expect(() => checkPayloadBytes(good.slice(0, good.length - 3), 'a')).toThrow(/not a valid iot.broker.v1.Payload/);
    // A telemetry value sent as a varint instead of a double.
    expect(() => checkPayloadBytes(new Uint8Array([0x0a, 0x04, 0x0a, 0x02, 0x10, 0x01]), 'a')).toThrow(ValidationError);
    expect(() => checkPayloadBytes(new Uint8Array([0xff, 0xff, 0xff]), 'a')).toThrow(ValidationError);
  });

  it('refuses two kinds in one payload', () => {
    const both = new Uint8Array([
      ...encode({ raw: new Uint8Array([1]) }),
      ...encode({ telemetry: { values: { a: 1 } } }),
    ]);
    expect(() => checkPayloadBytes(both, 'a')).toThrow(/sets 2 kinds/);
  });
});
