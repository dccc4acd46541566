import { envelope } from '../testing/fixtures';
import { compileFieldPath, numberFromJsonValue } from './fieldPath';

describe('compileFieldPath', () => {
  const telemetry = envelope({ sequence: 1, values: { temperature: 21.5 }, deviceId: 'd1', labels: { site: 'north' } });
  const json = envelope({ sequence: 2, json: { temperature: 19, a: { b: 4, on: true, text: '12.5', word: 'hi' } } });

  it('reads a telemetry value, or the top-level JSON number of the same name', () => {
    const path = compileFieldPath('temperature');
    expect(path.kind).toBe('number');
    expect(path.read(telemetry)).toBe(21.5);
    expect(path.read(json)).toBe(19);
  });

  it('reads nested JSON, booleans as 0/1 and numeric text', () => {
    expect(compileFieldPath('json.a.b').read(json)).toBe(4);
    expect(compileFieldPath('json.a.on').read(json)).toBe(1);
    expect(compileFieldPath('json.a.text').read(json)).toBe(12.5);
    expect(compileFieldPath('json.a.word').read(json)).toBeNaN();
    expect(compileFieldPath('json.a.missing').read(json)).toBeNaN();
  });

  it('reads labels, the device and the topic as text', () => {
    expect(compileFieldPath('label.site')).toMatchObject({ kind: 'string' });
    expect(compileFieldPath('label.site').read(telemetry)).toBe('north');
    expect(compileFieldPath('label.zone').read(telemetry)).toBeNull();
    expect(compileFieldPath('device').read(telemetry)).toBe('d1');
    expect(compileFieldPath('topic').read(telemetry)).toBe('site/a/device/d1/env');
  });

  it('reads telemetry only when asked for telemetry.x', () => {
    expect(compileFieldPath('telemetry.temperature').read(json)).toBeNaN();
    expect(compileFieldPath('telemetry.temperature').read(telemetry)).toBe(21.5);
  });

  it('gives NaN for a missing value', () => {
    expect(numberFromJsonValue(undefined)).toBeNaN();
    expect(numberFromJsonValue({ stringValue: '  ' })).toBeNaN();
  });
});
