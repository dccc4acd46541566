import fc from 'fast-check';
import { ValidationError } from '../errors/errors';
import { google } from './index';
import { jsonToStruct, MAX_JSON_DEPTH, structToJson, type JsonValue } from './jsonStruct';

describe('JSON ⇄ Struct', () => {
  it('round-trips JSON objects through the protobuf encoding', () => {
    const value: { [key: string]: JsonValue } = { n: 1.5, s: 'x', b: false, nothing: null, list: [1, 'a', { deep: true }], nested: { k: [] } };
    const bytes = google.protobuf.Struct.encode(jsonToStruct(value)).finish();
    expect(structToJson(google.protobuf.Struct.decode(bytes))).toEqual(value);
    expect(structToJson(undefined)).toEqual({});
  });

  it('round-trips any JSON object', () => {
    const json = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 }).filter((v) => !Object.is(v, -0)));
    fc.assert(
      fc.property(json, (object) => {
        const bytes = google.protobuf.Struct.encode(jsonToStruct(object)).finish();
        expect(structToJson(google.protobuf.Struct.decode(bytes))).toEqual(JSON.parse(JSON.stringify(object)));
      })
    );
  });

  it('wraps a value that is not an object', () => {
    expect(structToJson(jsonToStruct(42))).toEqual({ value: 42 });
    expect(structToJson(jsonToStruct([1, 2]))).toEqual({ value: [1, 2] });
  });

  it('refuses what JSON cannot carry and input nested too deep', () => {
    expect(() => jsonToStruct({ f: () => 1 })).toThrow(ValidationError);
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_JSON_DEPTH + 1; i++) {
      deep = { deep };
    }
    expect(() => jsonToStruct(deep)).toThrow(/deeper than/);
  });
});
