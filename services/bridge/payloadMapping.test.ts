import { structToJson } from '../../common/proto/jsonStruct';
import { mapPayload, parseTimestamp, userPropertyTime } from './payloadMapping';

const ARRIVAL = 1_750_000_000_000;
const options = { timestampField: 'ts' };
const map = (text: string | Uint8Array, propertyTimeMs?: number) =>
  mapPayload(typeof text === 'string' ? Buffer.from(text) : text, options, ARRIVAL, propertyTimeMs);

describe('mapPayload', () => {
  it.each(['42', '-1.5', ' 3e2 ', '.5', '+7'])('turns numeric text %j into one telemetry value', (text) => {
    const mapped = map(text);
    expect(mapped.kind).toBe('number');
    expect(mapped.payload.telemetry?.values).toEqual({ value: Number(text) });
    expect(mapped.eventTimeMs).toBe(ARRIVAL);
  });

  it('turns an object of numbers into telemetry, leaving the timestamp field out', () => {
    const mapped = map('{"temp": 21.5, "hum": 40, "ts": 1700000000}');
    expect(mapped).toMatchObject({ kind: 'telemetry', eventTimeMs: 1_700_000_000_000, malformed: false });
    expect(mapped.payload.telemetry?.values).toEqual({ temp: 21.5, hum: 40 });
  });

  it('keeps any other object as JSON, so nested numbers stay reachable as json.a.b', () => {
    const mapped = map('{"status": "ok", "a": {"b": 3}, "on": true}');
    expect(mapped.kind).toBe('json');
    expect(structToJson(mapped.payload.json)).toEqual({ status: 'ok', a: { b: 3 }, on: true });
  });

  it('prefers the MQTT 5 user property time over the JSON field', () => {
    expect(map('{"v": 1, "ts": 1700000000}', 1_600_000_000_000).eventTimeMs).toBe(1_600_000_000_000);
  });

  it('falls back to the arrival time when the timestamp field is not a time', () => {
    expect(map('{"v": 1, "ts": "soon"}').eventTimeMs).toBe(ARRIVAL);
  });

  it.each([
    ['text', 'hello', false],
    ['a boolean', 'true', false],
    ['an array', '[1, 2]', true],
    ['broken JSON', '{"a": ', true],
    ['an empty payload', '', false],
  ])('keeps %s as raw bytes', (_what, text, malformed) => {
    const mapped = map(text);
    expect(mapped.kind).toBe('raw');
    expect(mapped.malformed).toBe(malformed);
    expect(Buffer.from(mapped.payload.raw as Uint8Array).toString()).toBe(text);
  });

  it('keeps invalid UTF-8 as raw bytes without calling it malformed JSON', () => {
    const bytes = Uint8Array.from([0x7b, 0xc3, 0x28]);
    expect(map(bytes)).toMatchObject({ kind: 'raw', malformed: false, payload: { raw: bytes } });
  });

  it('refuses JSON nested deeper than a Struct carries, as malformed raw', () => {
    const deep = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    expect(map(deep)).toMatchObject({ kind: 'raw', malformed: true });
  });
});

describe('parseTimestamp', () => {
  it.each([
    [1_700_000_000, 1_700_000_000_000],
    [1_700_000_000_123, 1_700_000_000_123],
    [1_700_000_000_123_000, 1_700_000_000_123],
    [1_700_000_000_123_000_000, 1_700_000_000_123],
    ['1700000000.5', 1_700_000_000_500],
    ['2024-01-02T03:04:05Z', Date.parse('2024-01-02T03:04:05Z')],
  ])('reads %j as %d ms', (value, expected) => {
    expect(parseTimestamp(value)).toBe(expected);
  });

  it.each([null, undefined, '', 'later', -5, {}])('gives nothing for %j', (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
  });
});

describe('userPropertyTime', () => {
  it('reads the named property, first value when repeated', () => {
    expect(userPropertyTime({ ts: ['1700000000000', '1'] }, 'ts')).toBe(1_700_000_000_000);
    expect(userPropertyTime({ other: '1' }, 'ts')).toBeUndefined();
    expect(userPropertyTime({ ts: '1700000000000' }, '')).toBeUndefined();
  });
});
