import { browserWebSocketFactory, streamUrl } from './transport';

describe('streamUrl', () => {
  it('resolves a relative proxy URL against the page and switches to ws', () => {
    expect(streamUrl('/api/datasources/proxy/uid/abc', 'http://grafana.local:3000/d/x')).toBe(
      'ws://grafana.local:3000/api/datasources/proxy/uid/abc/api/stream'
    );
  });
  it('uses wss behind https and keeps a sub path', () => {
    expect(streamUrl('/grafana/api/datasources/proxy/uid/abc/', 'https://example.com/grafana/')).toBe(
      'wss://example.com/grafana/api/datasources/proxy/uid/abc/api/stream'
    );
  });
  it('adds Grafana’s sub-path, which the proxy URL of the instance settings lacks', () => {
    expect(streamUrl('/api/datasources/proxy/uid/abc', 'https://example.com/grafana/d/x', '/grafana')).toBe(
      'wss://example.com/grafana/api/datasources/proxy/uid/abc/api/stream'
    );
    // Not twice, and never on an absolute URL.
    expect(streamUrl('/grafana/api/datasources/proxy/uid/abc', 'https://example.com/', '/grafana/')).toBe(
      'wss://example.com/grafana/api/datasources/proxy/uid/abc/api/stream'
    );
    expect(streamUrl('http://127.0.0.1:8080', 'http://ignored/', '/grafana')).toBe('ws://127.0.0.1:8080/api/stream');
  });
  it('converts an absolute URL', () => {
    expect(streamUrl('http://127.0.0.1:8080', 'http://ignored/')).toBe('ws://127.0.0.1:8080/api/stream');
  });
});

describe('browserWebSocketFactory', () => {
  it('says what to do where there is no WebSocket', () => {
    const original = (globalThis as { WebSocket?: unknown }).WebSocket;
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    try {
      expect(() => browserWebSocketFactory('ws://x')).toThrow(/createSocket/);
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = original;
    }
  });
});
