import { google } from '../../common/proto';
import { jsonFromStruct, structFromJson, type JsonValue } from './struct';

describe('Struct conversion', () => {
  it('round-trips JSON through the protobuf encoding', () => {
    const value: { [key: string]: JsonValue } = {
      n: 1.5,
      s: 'x',
      b: false,
      nothing: null,
      list: [1, 'a', { deep: true }],
      nested: { k: [] },
    };
    const bytes = google.protobuf.Struct.encode(structFromJson(value)).finish();
    expect(jsonFromStruct(google.protobuf.Struct.decode(bytes))).toEqual(value);
    expect(jsonFromStruct(undefined)).toEqual({});
  });
});
