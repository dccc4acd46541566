import { bridgeOptionsFromEnv } from './bridgeEnv';
import { defaultBridgeOptions } from './bridgeOptions';

const noFiles = (file: string): string => {
  throw new Error(`ENOENT ${file}`);
};

describe('bridgeOptionsFromEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(bridgeOptionsFromEnv({}, noFiles)).toEqual(defaultBridgeOptions());
  });

  it('reads every kind of variable', () => {
    const options = bridgeOptionsFromEnv(
      {
        BRIDGE_MQTT_URL: 'mqtts://mqtt.example:8883',
        BRIDGE_MQTT_USERNAME: 'bridge',
        BRIDGE_MQTT_PASSWORD: 'secret',
        BRIDGE_MQTT_CA_FILE: '/ca.pem',
        BRIDGE_MQTT_PROTOCOL: '4',
        BRIDGE_MQTT_QOS: '0',
        BRIDGE_MQTT_TOPICS: 'a/{device}/#, b/#',
        BRIDGE_TOPIC_PREFIX: '',
        BRIDGE_SPARKPLUG: 'false',
        BROKER_TARGET: 'broker:50051',
        BRIDGE_BROKER_TOKEN: 'token',
      },
      (file) => `PEM of ${file}`
    );
    expect(options).toMatchObject({
      mqttUrl: 'mqtts://mqtt.example:8883',
      mqttUsername: 'bridge',
      mqttPassword: 'secret',
      tls: { ca: 'PEM of /ca.pem', insecure: false },
      protocolVersion: 4,
      qos: 0,
      topics: ['a/{device}/#', 'b/#'],
      topicPrefix: '',
      sparkplug: false,
      brokerTarget: 'broker:50051',
      brokerToken: 'token',
    });
  });

  it.each([
    [{ BRIDGE_MQTT_QOS: '2' }, /BRIDGE_MQTT_QOS="2" must be a whole number from 0 to 1/],
    [{ BRIDGE_SPARKPLUG: 'maybe' }, /BRIDGE_SPARKPLUG="maybe" must be true or false/],
    [{ BRIDGE_COMMAND_TOPIC: 'commands/all' }, /must contain \{device\}/],
    [{ BRIDGE_MQTT_TOPICS: '{device}/{device}' }, /names \{device\} more than once/],
    [{ BRIDGE_MQTT_CA_FILE: '/missing.pem' }, /cannot read BRIDGE_MQTT_CA_FILE \/missing.pem/],
  ])('refuses %j, saying which variable is wrong', (env, message) => {
    expect(() => bridgeOptionsFromEnv(env, noFiles)).toThrow(message);
  });
});
