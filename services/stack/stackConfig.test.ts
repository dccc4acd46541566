import {
  backendModePreviewEnv,
  BRIDGED_TABLE_TOPIC,
  STACK_DEFAULTS,
  stackConfigFromEnv,
  stackPreviewEnv,
} from './stackConfig';

describe('stackConfigFromEnv', () => {
  it('uses the documented defaults and generates a dev key', () => {
    const config = stackConfigFromEnv({ PATH: '/bin' });
    expect(config).toMatchObject({
      brokerListen: STACK_DEFAULTS.brokerListen,
      sidecarListen: STACK_DEFAULTS.sidecarListen,
      previewListen: STACK_DEFAULTS.previewListen,
      devices: 20,
      rateHz: 5,
      build: 'missing',
      apiKeyGenerated: true,
      mqtt: 'off',
    });
    expect(config.apiKey).toMatch(/^dev-[0-9a-f]{32}$/);
    expect(stackConfigFromEnv({}).apiKey).not.toBe(config.apiKey);
  });

  it('takes overrides and keeps the variables it sets itself out of the children’s base environment', () => {
    const config = stackConfigFromEnv({
      SIDECAR_API_KEY: 'a-key-of-my-choosing',
      SIDECAR_INSECURE: '1',
      BROKER_TARGET: 'elsewhere:1',
      SIMULATOR_DEVICES: '3',
      SIMULATOR_RATE: '0.5',
      BROKER_METRICS_LISTEN: 'off',
      SIDECAR_METRICS_LISTEN: '127.0.0.1:0',
      PREVIEW_TIMESERIES_TOPIC: 'x/#',
    });
    expect(config).toMatchObject({
      apiKey: 'a-key-of-my-choosing',
      apiKeyGenerated: false,
      devices: 3,
      rateHz: 0.5,
      brokerMetricsListen: 'off',
      sidecarMetricsListen: '127.0.0.1:0',
    });
    expect(config.baseEnv).toEqual({ SIMULATOR_DEVICES: '3', SIMULATOR_RATE: '0.5', PREVIEW_TIMESERIES_TOPIC: 'x/#' });
  });

  it('refuses invalid values, naming the variable', () => {
    expect(() => stackConfigFromEnv({ SIMULATOR_DEVICES: '2.5' })).toThrow(/SIMULATOR_DEVICES/);
    expect(() => stackConfigFromEnv({ SIMULATOR_RATE: '0' })).toThrow(/SIMULATOR_RATE/);
    expect(() => stackConfigFromEnv({ SIDECAR_LISTEN: 'localhost' })).toThrow(/SIDECAR_LISTEN/);
    expect(() => stackConfigFromEnv({ SIDECAR_METRICS_LISTEN: 'nowhere' })).toThrow(/SIDECAR_METRICS_LISTEN/);
    expect(() => stackConfigFromEnv({ STACK_BUILD: 'sometimes' })).toThrow(/STACK_BUILD/);
    expect(() => stackConfigFromEnv({ STACK_MQTT: 'mosquitto' })).toThrow(
      /STACK_MQTT must be off, local or an mqtt:\/\/ URL/
    );
  });

  it('runs MQTT devices through the bridge with a private Mosquitto or a given broker', () => {
    expect(stackConfigFromEnv({ STACK_MQTT: '1' }).mqtt).toBe('local');
    expect(stackConfigFromEnv({ STACK_MQTT: 'mqtt://10.0.0.5:1883' }).mqtt).toEqual({ url: 'mqtt://10.0.0.5:1883' });
    expect(stackConfigFromEnv({ STACK_MQTT: 'off', BRIDGE_MQTT_URL: 'mqtt://x' }).baseEnv).toEqual({
      STACK_MQTT: 'off',
    });
  });
});

describe('stackPreviewEnv', () => {
  it('points the demo table at the bridged Sparkplug devices when the MQTT bridge runs', () => {
    expect(stackPreviewEnv(stackConfigFromEnv({}))).toEqual({});
    expect(stackPreviewEnv(stackConfigFromEnv({ STACK_MQTT: 'local' }))).toEqual({
      PREVIEW_TABLE_TOPIC: BRIDGED_TABLE_TOPIC,
    });
    expect(stackPreviewEnv(stackConfigFromEnv({ STACK_MQTT: 'local', PREVIEW_TABLE_TOPIC: 'a/#' }))).toEqual({});
  });
});

describe('the stack transport', () => {
  it('is auto unless STACK_TRANSPORT picks backend or sidecar, and refuses anything else', () => {
    expect(stackConfigFromEnv({}).transport).toBe('auto');
    expect(stackConfigFromEnv({ STACK_TRANSPORT: 'Backend' }).transport).toBe('backend');
    expect(stackConfigFromEnv({ STACK_TRANSPORT: 'sidecar' }).transport).toBe('sidecar');
    expect(() => stackConfigFromEnv({ STACK_TRANSPORT: 'grpc' })).toThrow(
      /STACK_TRANSPORT must be auto, backend or sidecar/
    );
  });

  it('points the backend-mode datasource at the stack broker unless PREVIEW_JSON_DATA is given', () => {
    expect(backendModePreviewEnv(stackConfigFromEnv({}), '127.0.0.1:50051')).toEqual({
      PREVIEW_JSON_DATA: '{"transport":"backend","brokerAddress":"127.0.0.1:50051"}',
    });
    expect(backendModePreviewEnv(stackConfigFromEnv({ PREVIEW_JSON_DATA: '{}' }), 'b:1')).toEqual({});
  });
});
