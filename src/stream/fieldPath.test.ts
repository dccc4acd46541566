import { batch, blockBatch, envelope } from '../testing/fixtures';
import { newColumn, type Envelope, type MessageBatch } from './batchTypes';
import { compileFieldPath, numberFromJsonValue } from './fieldPath';

/** The value a path reads from a one-message batch. */
function read(path: string, messages: MessageBatch): number | string | null {
  const compiled = compileFieldPath(path);
  const column = newColumn(compiled.kind, 2);
  compiled.fill(messages, column, 1);
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

  it('reads nested JSON, booleans as 0/1 and numeric text', () => {
    const messages = batch([json]);
    expect(read('json.a.b', messages)).toBe(4);
    expect(read('json.a.on', messages)).toBe(1);
    expect(read('json.a.text', messages)).toBe(12.5);
    expect(read('json.a.word', messages)).toBeNaN();
    expect(read('json.a.missing', messages)).toBeNaN();
  });

  it('reads telemetry only when asked for telemetry.x', () => {
    expect(read('telemetry.temperature', batch([json]))).toBeNaN();
  });

  it('gives NaN for a missing value', () => {
    expect(numberFromJsonValue(undefined)).toBeNaN();
    expect(numberFromJsonValue({ stringValue: '  ' })).toBeNaN();
  });
});
