import { deviceNames, normalizeSubPath, PREVIEW_DEFAULTS, previewConfigFromEnv } from './previewConfig';
import { parseListenAddress } from '../shared/config/listenAddress';

describe('previewConfigFromEnv', () => {
  it('defaults to the documented address, sidecar and demo topics, with no secret', () => {
    const config = previewConfigFromEnv({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3001);
    expect(config.dataSource.url).toBe(PREVIEW_DEFAULTS.sidecarUrl);
    expect(config.dataSource.secureJsonData).toEqual({});
    expect(config.role).toBe('Admin');
    expect(config.dashboard.variables[0].options[0]).toBe('sim-0001');
  });

  it('keeps the keys server-side in secureJsonData', () => {
    const config = previewConfigFromEnv({ PREVIEW_API_KEY: 'k1', PREVIEW_COMMAND_KEY: 'k2', PREVIEW_ROLE: 'Viewer' });
    expect(config.dataSource.secureJsonData).toEqual({ apiKey: 'k1', commandKey: 'k2' });
    expect(config.role).toBe('Viewer');
  });

  it('refuses invalid values, naming the variable', () => {
    expect(() => previewConfigFromEnv({ PREVIEW_LISTEN: '3001' })).toThrow(/PREVIEW_LISTEN/);
    expect(() => previewConfigFromEnv({ PREVIEW_ROLE: 'Owner' })).toThrow(/PREVIEW_ROLE/);
    expect(() => previewConfigFromEnv({ PREVIEW_SIDECAR_URL: 'sidecar:8080/x' })).not.toThrow();
    expect(() => previewConfigFromEnv({ PREVIEW_SIDECAR_URL: 'not a url' })).toThrow(/PREVIEW_SIDECAR_URL/);
    expect(() => previewConfigFromEnv({ PREVIEW_JSON_DATA: '{' })).toThrow(/PREVIEW_JSON_DATA/);
  });

  it('parses IPv4 and IPv6 listen addresses', () => {
    expect(parseListenAddress('[::1]:0', 'X')).toEqual({ host: '::1', port: 0 });
    expect(() => parseListenAddress('127.0.0.1:70000', 'X')).toThrow(/X/);
  });

  it('names devices the way the simulator does', () => {
    expect(deviceNames(3)).toEqual(['sim-0001', 'sim-0002', 'sim-0003']);
  });
});

describe('normalizeSubPath (PREVIEW_SUB_PATH)', () => {
  it('defaults to none and drops trailing slashes', () => {
    expect(previewConfigFromEnv({}).subPath).toBe('');
    expect(normalizeSubPath('/')).toBe('');
    expect(normalizeSubPath('/grafana/')).toBe('/grafana');
    expect(previewConfigFromEnv({ PREVIEW_SUB_PATH: '/tools/grafana' }).subPath).toBe('/tools/grafana');
  });

  it.each(['grafana', '/a//b', '/a/../b', '/a b', '/a?x'])('refuses "%s" with the variable name', (text) => {
    expect(() => normalizeSubPath(text)).toThrow(/PREVIEW_SUB_PATH/);
  });
});
