import { Writer } from 'protobufjs/minimal';
import { google } from '../../common/proto';
import { jsonToStruct, structToJson } from '../../common/proto/jsonStruct';
import { jsonOfTyped } from './typedPayload';

const any = (type: string, value: Uint8Array) => ({ type_url: `type.googleapis.com/${type}`, value });
const jsonOf = (type: string, value: Uint8Array) => structToJson(jsonOfTyped(any(type, value))?.json);

describe('jsonOfTyped', () => {
  it('decodes the well-known wrappers as one leaf named value', () => {
    expect(jsonOf('google.protobuf.DoubleValue', Writer.create().uint32(9).double(21.5).finish())).toEqual({
      value: 21.5,
    });
    expect(jsonOf('google.protobuf.Int64Value', Writer.create().uint32(8).int64(42).finish())).toEqual({ value: 42 });
    expect(jsonOf('google.protobuf.BoolValue', Writer.create().uint32(8).bool(true).finish())).toEqual({ value: true });
    expect(jsonOf('google.protobuf.StringValue', Writer.create().uint32(10).string('ok').finish())).toEqual({
      value: 'ok',
    });
    // proto3 leaves the default out: an empty wrapper holds 0.
    expect(jsonOf('google.protobuf.FloatValue', new Uint8Array(0))).toEqual({ value: 0 });
  });

  it('decodes Struct and Value', () => {
    const struct = google.protobuf.Struct.encode(jsonToStruct({ motor: { rpm: 1200 } })).finish();
    expect(jsonOf('google.protobuf.Struct', struct)).toEqual({ motor: { rpm: 1200 } });
    expect(jsonOf('google.protobuf.Value', google.protobuf.Value.encode({ numberValue: 3 }).finish())).toEqual({
      value: 3,
    });
  });

  it('leaves other types and undecodable bytes typed', () => {
    expect(jsonOfTyped(any('acme.Reading', new Uint8Array([8, 1])))).toBeUndefined();
    expect(jsonOfTyped(any('google.protobuf.Struct', new Uint8Array([0x0a, 0xff])))).toBeUndefined();
  });
});
