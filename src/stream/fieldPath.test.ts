import { batch, blockBatch, envelope } from '../testing/fixtures';
import { newColumn, type Envelope, type MessageBatch } from './batchTypes';
import { compileFieldPath, numberFromJsonValue } from './fieldPath';

/** The value a path reads from a one-message batch. */
function read(path: string, messages: MessageBatch, unplotted?: Map<string, number>): number | string | null {
  const compiled = compileFieldPath(path);
  compiled.prepare?.(messages);
  const column = newColumn(compiled.kind, 2);
  compiled.fill(messages, column, 1, unplotted);
  return column[1];
}

describe('compileFieldPath', () => {
  const telemetry = envelope({ sequence: 1, values: { temperature: 21.5 }, deviceId: 'd1', labels: { site: 'north' } });
  const json = envelope({ sequence: 2, json: { temperature: 19, a: { b: 4, on: true, text: '12.5', word: 'hi' } } });
  // Telemetry reads the same whether it arrived as envelopes or as a block.
  const forms: Array<[string, (e: Envelope) => MessageBatch]> = [
    ['envelopes', (e) => batch([e])],
    ['block', (e) => blockBatch([e])],
  ];

  it.each(forms)('reads a telemetry value from %s', (_, form) => {
    expect(compileFieldPath('temperature').kind).toBe('number');
    expect(read('temperature', form(telemetry))).toBe(21.5);
    expect(read('telemetry.temperature', form(telemetry))).toBe(21.5);
    expect(read('humidity', form(telemetry))).toBeNaN();
  });

  it.each(forms)('reads labels, the device and the topic as text from %s', (_, form) => {
    expect(compileFieldPath('label.site')).toMatchObject({ kind: 'string' });
    expect(read('label.site', form(telemetry))).toBe('north');
    expect(read('label.zone', form(telemetry))).toBeNull();
    expect(read('device', form(telemetry))).toBe('d1');
    expect(read('topic', form(telemetry))).toBe('site/a/device/d1/env');
  });

  it('reads the top-level JSON number of the same name when there is no telemetry value', () => {
    expect(read('temperature', batch([json]))).toBe(19);
  });

  it('reads nested JSON leaves as their type: numbers, booleans (stored 1/0) and text', () => {
    const messages = batch([json]);
    const kindOf = (path: string) => {
      const compiled = compileFieldPath(path);
      compiled.prepare?.(messages);
      return compiled.kind;
    };
    expect(read('json.a.b', messages)).toBe(4);
    expect(kindOf('json.a.b')).toBe('number');
    expect(read('json.a.on', messages)).toBe(1);
    expect(kindOf('json.a.on')).toBe('boolean');
    expect(read('json.a.text', messages)).toBe('12.5');
    expect(read('json.a.word', messages)).toBe('hi');
    expect(kindOf('json.a.word')).toBe('string');
    expect(read('json.a.missing', messages)).toBeNaN();
  });

  it('says why a path to an object or a list has no values', () => {
    const unplotted = new Map<string, number>();
    const messages = batch([json, envelope({ sequence: 3, json: { a: { b: 5 }, list: [1, 2] } })]);
    read('json.a', messages, unplotted);
    read('json.list', messages, unplotted);
    expect([...unplotted]).toEqual([
      ['json.a is an object, not a value: pick one of its leaves, e.g. json.a.b', 2],
      ['json.list is a list, not a value: lists are not plotted', 1],
    ]);
  });

  it('reads telemetry only when asked for telemetry.x', () => {
    expect(read('telemetry.temperature', batch([json]))).toBeNaN();
  });

  it('gives NaN for a missing value', () => {
    expect(numberFromJsonValue(undefined)).toBeNaN();
    expect(numberFromJsonValue({ stringValue: '  ' })).toBeNaN();
  });
});
