import { optionsFromEnv } from './env';
import { GRAFANA_PROXY_TIMEOUT_MS, MAX_COMMAND_TIMEOUT_MS } from '../../common/api/proxyLimits';
import { defaultOptions, resolveOptions } from './options';

describe('optionsFromEnv and resolveOptions', () => {
  it('maps variables onto options and keeps defaults for the rest', () => {
    const input = optionsFromEnv(
      {
        SIDECAR_LISTEN: '0.0.0.0:9000',
        SIDECAR_API_KEY: 'k'.repeat(20),
        SIDECAR_BATCH_WINDOW_MS: '0',
        SIDECAR_HISTORY_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'debug',
      },
      () => ''
    );
    const options = resolveOptions(input);
    expect(options).toMatchObject({
      listen: '0.0.0.0:9000',
      brokerTarget: '127.0.0.1:50051',
      logLevel: 'debug',
      insecure: false,
    });
    expect(options.limits.batchWindowMs).toBe(0);
    expect(options.limits.clientQueueBytes).toBe(4 * 1024 * 1024);
    expect(options.timeouts.historyMs).toBe(1_000);
  });

  it('reads the auth file through the given reader', () => {
    const file = JSON.stringify({ keys: { 'a-key-0123456789abcdef': { tenant: 't', rights: ['read'] } } });
    const input = optionsFromEnv({ SIDECAR_AUTH_FILE: '/etc/keys.json' }, (path) =>
      path === '/etc/keys.json' ? file : ''
    );
    expect(Object.keys(input.authEntries ?? {})).toEqual(['a-key-0123456789abcdef']);
    expect(() =>
      optionsFromEnv({ SIDECAR_AUTH_FILE: '/missing' }, () => {
        throw new Error('ENOENT');
      })
    ).toThrow(/cannot read SIDECAR_AUTH_FILE/);
  });

  it('refuses to start without a key unless insecure, and refuses bad numbers', () => {
    expect(() => resolveOptions(optionsFromEnv({}, () => ''))).toThrow(/no API key is configured/);
    expect(resolveOptions(optionsFromEnv({ SIDECAR_INSECURE: '1' }, () => '')).insecure).toBe(true);
    expect(() => optionsFromEnv({ SIDECAR_LINGER_MS: 'soon' }, () => '')).toThrow(/SIDECAR_LINGER_MS/);
    expect(() => resolveOptions({ insecure: true, limits: { clientQueueBytes: 10 } })).toThrow(/socketHighWaterBytes/);
  });

  it('refuses a bad listen address naming its variable', () => {
    expect(() =>
      resolveOptions(optionsFromEnv({ SIDECAR_INSECURE: '1', SIDECAR_LISTEN: 'localhost' }, () => ''))
    ).toThrow(/^SIDECAR_LISTEN="localhost" is not a listen address/);
    expect(() =>
      resolveOptions(optionsFromEnv({ SIDECAR_INSECURE: '1', SIDECAR_METRICS_LISTEN: '0.0.0.0:123456' }, () => ''))
    ).toThrow(/SIDECAR_METRICS_LISTEN/);
    expect(
      resolveOptions(optionsFromEnv({ SIDECAR_INSECURE: '1', SIDECAR_METRICS_LISTEN: 'off' }, () => '')).metricsListen
    ).toBe('off');
  });

  it('turns insecure mode off when keys are configured, and refuses a short SIDECAR_API_KEY', () => {
    const file = JSON.stringify({ keys: { 'a-key-0123456789abcdef': { tenant: 't', rights: ['read'] } } });
    const withFile = optionsFromEnv({ SIDECAR_INSECURE: '1', SIDECAR_AUTH_FILE: '/etc/keys.json' }, () => file);
    expect(resolveOptions(withFile).insecure).toBe(false);
    expect(
      resolveOptions(optionsFromEnv({ SIDECAR_INSECURE: '1', SIDECAR_API_KEY: 'k'.repeat(16) }, () => '')).insecure
    ).toBe(false);
    expect(() => resolveOptions(optionsFromEnv({ SIDECAR_API_KEY: 'short-key' }, () => ''))).toThrow(
      /SIDECAR_API_KEY is shorter than 16 characters/
    );
  });

  it("allows the command wait the plugin allows, which ends before Grafana's proxy gives up", () => {
    expect(defaultOptions().timeouts.maxCommandMs).toBe(MAX_COMMAND_TIMEOUT_MS);
    expect(MAX_COMMAND_TIMEOUT_MS).toBeLessThan(GRAFANA_PROXY_TIMEOUT_MS);
  });
});
