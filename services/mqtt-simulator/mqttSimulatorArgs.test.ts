import { mqttSimulatorArgs } from './mqttSimulatorArgs';

describe('mqttSimulatorArgs', () => {
  it('has defaults and reads the URL from the environment', () => {
    expect(mqttSimulatorArgs([], { MQTT_SIM_URL: 'mqtt://m:1884' }).options).toEqual({
      url: 'mqtt://m:1884',
      devices: 3,
      nodes: 1,
      rateHz: 1,
    });
  });

  it('reads every flag', () => {
    expect(
      mqttSimulatorArgs(['--url', 'mqtt://x', '--devices', '0', '--nodes', '2', '--rate', '0.5'], {}).options
    ).toEqual({
      url: 'mqtt://x',
      devices: 0,
      nodes: 2,
      rateHz: 0.5,
    });
  });

  it('refuses a bad count, with the usage', () => {
    expect(() => mqttSimulatorArgs(['--devices', '1.5'], {})).toThrow(
      /--devices must be a non-negative whole number.*\n.*usage/s
    );
    expect(() => mqttSimulatorArgs(['--rate', '0'], {})).toThrow(/--rate must be a positive number/);
  });
});
