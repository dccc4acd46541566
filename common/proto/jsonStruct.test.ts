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
    // protobufjs decodes map keys by assignment, so a "__proto__" key cannot survive its decoder.
    const key = fc.string().filter((k) => k !== '__proto__');
    const json = fc.dictionary(key, fc.jsonValue({ maxDepth: 5 }).filter((v) => !JSON.stringify(v).includes('"__proto__"')));
    fc.assert(
      fc.property(json, (object) => {
        const bytes = google.protobuf.Struct.encode(jsonToStruct(object)).finish();
        expect(structToJson(google.protobuf.Struct.decode(bytes))).toEqual(object);
      })
    );
  });

  it('keeps a "__proto__" key as an own property instead of a prototype', () => {
    const object = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const struct = jsonToStruct(object);
    expect(Object.keys(struct.fields ?? {})).toEqual(['__proto__']);
    const back = structToJson(struct);
    expect(Object.keys(back)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
