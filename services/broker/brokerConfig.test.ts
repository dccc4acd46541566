import { brokerConfigFromEnv } from './brokerConfig';
import { defaultBrokerOptions, resolveBrokerOptions } from './brokerOptions';
import { commandDeadlineMs } from './handlers/command';

describe('brokerConfigFromEnv', () => {
  it('uses the documented defaults', () => {
    const config = brokerConfigFromEnv({});
    expect(config).toMatchObject({
      listen: '127.0.0.1:50051',
      metricsListen: '127.0.0.1:9464',
      authFile: undefined,
      logLevel: 'info',
    });
    expect(config.server.historyMaxMessages).toBe(defaultBrokerOptions().historyMaxMessages);
  });

  it('reads every variable and refuses non-numbers', () => {
    const config = brokerConfigFromEnv({
      BROKER_LISTEN: '0.0.0.0:0',
      BROKER_METRICS_LISTEN: 'off',
      BROKER_HISTORY_MAX_AGE_MS: '0',
      BROKER_SUBSCRIBER_QUEUE: '5',
    });
    expect(config.listen).toBe('0.0.0.0:0');
    expect(config.metricsListen).toBeUndefined();
    expect(config.server.historyMaxAgeMs).toBe(0);
    expect(config.server.subscriberQueueMessages).toBe(5);
    expect(() => brokerConfigFromEnv({ BROKER_MAX_MESSAGE_BYTES: '1e6' })).toThrow(
      /BROKER_MAX_MESSAGE_BYTES="1e6" is not a whole number/
    );
  });
});

describe('resolveBrokerOptions', () => {
  it('refuses contradictions and non-positive limits', () => {
    expect(() => resolveBrokerOptions({ maxMessageBytes: 10, maxReceiveBytes: 5 })).toThrow(/could never arrive/);
    expect(() => resolveBrokerOptions({ heartbeatIntervalMs: 0 })).toThrow(
      /heartbeatIntervalMs must be a positive number/
    );
    expect(resolveBrokerOptions({ historyMaxMessages: 0 }).historyMaxMessages).toBe(0);
  });
});

describe('commandDeadlineMs', () => {
  it('answers just before the call deadline, or after the default timeout without one', () => {
    expect(commandDeadlineMs(Infinity, 1_000, 5_000)).toBe(6_000);
    expect(commandDeadlineMs(new Date(2_000), 1_000, 5_000)).toBe(1_980);
    expect(commandDeadlineMs(1_005, 1_000, 5_000)).toBe(1_000);
  });
});
