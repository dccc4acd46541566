import { handshakeLine, planHandshake } from './handshake';

const GRAFANA_ENV = {
  grafana_plugin_type: 'datasource',
  PLUGIN_PROTOCOL_VERSIONS: '2',
  PLUGIN_MIN_PORT: '10000',
  PLUGIN_MAX_PORT: '25000',
};

describe('planHandshake', () => {
  it('accepts what Grafana sets and keeps its port range', () => {
    expect(planHandshake(GRAFANA_ENV)).toEqual({ minPort: 10000, maxPort: 25000 });
  });

  it('refuses to run without the magic cookie, saying Grafana starts it', () => {
    expect(() => planHandshake({})).toThrow(/Grafana starts it.*grafana_plugin_type=datasource/);
    expect(() => planHandshake({ ...GRAFANA_ENV, grafana_plugin_type: 'app' })).toThrow(/grafana_plugin_type/);
  });

  it('refuses a host that does not offer protocol 2', () => {
    expect(() => planHandshake({ ...GRAFANA_ENV, PLUGIN_PROTOCOL_VERSIONS: '1' })).toThrow(
      /offers plugin protocol versions 1/
    );
    expect(planHandshake({ ...GRAFANA_ENV, PLUGIN_PROTOCOL_VERSIONS: '1,2' }).minPort).toBe(10000);
  });

  it('uses go-plugin defaults when no range is set, and refuses a bad one', () => {
    expect(planHandshake({ grafana_plugin_type: 'datasource' })).toEqual({ minPort: 10000, maxPort: 25000 });
    expect(() => planHandshake({ ...GRAFANA_ENV, PLUGIN_MIN_PORT: 'x' })).toThrow(/PLUGIN_MIN_PORT/);
    expect(() => planHandshake({ ...GRAFANA_ENV, PLUGIN_MIN_PORT: '30000' })).toThrow(/above PLUGIN_MAX_PORT/);
  });
});

describe('handshakeLine', () => {
  it('is core version 1, app version 2, tcp, the address and grpc, as one line', () => {
    expect(handshakeLine('127.0.0.1', 12345)).toBe('1|2|tcp|127.0.0.1:12345|grpc\n');
  });
});
