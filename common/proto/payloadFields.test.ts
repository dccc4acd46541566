import { iot } from './index';
import { jsonToStruct } from './jsonStruct';
import { payloadFieldPaths } from './payloadFields';

describe('payloadFieldPaths', () => {
  it('lists telemetry names, top-level JSON numbers by name and every other JSON leaf by its path', () => {
    expect([...payloadFieldPaths({ telemetry: { values: { temperature: 1, humidity: 2 } } })]).toEqual([
      'temperature',
      'humidity',
    ]);
    const json = jsonToStruct({
      temperature: 20,
      status: 'ok',
      motor: { rpm: 1200, on: true },
      samples: [1, 2],
      gone: null,
    });
    expect([...payloadFieldPaths({ json })]).toEqual(['temperature', 'json.status', 'json.motor.rpm', 'json.motor.on']);
  });

  it('reads the same paths from a payload decoded from the wire', () => {
    const json = jsonToStruct({ temperature: 20, motor: { on: false }, gone: null });
    const decoded = iot.broker.v1.Payload.decode(iot.broker.v1.Payload.encode({ json }).finish());
    expect([...payloadFieldPaths(decoded)]).toEqual(['temperature', 'json.motor.on']);
  });
});
