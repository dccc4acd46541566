import { busConfigFromEnv } from './busConfig';

describe('busConfigFromEnv', () => {
  it('defaults to the memory bus', () => {
    expect(busConfigFromEnv({})).toEqual({ kind: 'memory' });
  });

  it('reads the JetStream settings with documented defaults', () => {
    const config = busConfigFromEnv({
      BROKER_BUS: 'jetstream',
      BROKER_NATS_URL: 'nats://a:4222, nats://b:4222',
      BROKER_JETSTREAM_MAX_AGE_MS: '60000',
      BROKER_JETSTREAM_TENANT_LIMITS: '{"acme": {"maxBytes": 1000}}',
    });
    expect(config).toMatchObject({
      kind: 'jetstream',
      options: {
        servers: ['nats://a:4222', 'nats://b:4222'],
        subjectPrefix: 'iot',
        retention: { maxAgeMs: 60_000, maxMessages: 10_000_000, maxBytes: 1024 ** 3 },
        tenantRetention: { acme: { maxBytes: 1000 } },
        storage: 'file',
        replicas: 1,
      },
    });
    expect(busConfigFromEnv({ BROKER_BUS: 'jetstream' })).toMatchObject({
      options: { servers: ['nats://127.0.0.1:4222'] },
    });
  });

  it('names the bad variable', () => {
    expect(() => busConfigFromEnv({ BROKER_BUS: 'kafka' })).toThrow(/BROKER_BUS="kafka"/);
    expect(() => busConfigFromEnv({ BROKER_BUS: 'jetstream', BROKER_JETSTREAM_PUBLISH_WINDOW: '0' })).toThrow(
      /BROKER_JETSTREAM_PUBLISH_WINDOW/
    );
    expect(() => busConfigFromEnv({ BROKER_BUS: 'jetstream', BROKER_JETSTREAM_MAX_BYTES: '1G' })).toThrow(
      /BROKER_JETSTREAM_MAX_BYTES/
    );
    expect(() =>
      busConfigFromEnv({ BROKER_BUS: 'jetstream', BROKER_JETSTREAM_TENANT_LIMITS: '{"a": {"maxAge": 1}}' })
    ).toThrow(/"a.maxAge" is not a limit/);
  });
});
