import { DataSourceStore } from './dataSourceStore';

const initial = {
  id: 1,
  uid: 'iotlive',
  name: 'IoT',
  type: 'iotlive-grpc-datasource',
  url: 'http://127.0.0.1:8080',
  jsonData: { requestTimeoutMs: 5000 },
  secureJsonData: { apiKey: 'secret-key' },
};

describe('DataSourceStore', () => {
  it('never exposes secrets to the browser, only which ones are set', () => {
    const settings = new DataSourceStore(initial, 'IoT Live').toBrowserSettings();
    expect(JSON.stringify(settings)).not.toContain('secret-key');
    expect(settings.secureJsonFields).toEqual({ apiKey: true });
  });

  it('keeps a secret the save leaves empty, replaces a new one and removes a cleared one', () => {
    const store = new DataSourceStore(initial, 'IoT Live');
    store.update({ secureJsonData: { apiKey: '', commandKey: 'cmd' } });
    expect(store.get().secureJsonData).toEqual({ apiKey: 'secret-key', commandKey: 'cmd' });
    const saved = store.update({ secureJsonFields: { apiKey: false }, url: 'http://127.0.0.1:9090' });
    expect(store.get().secureJsonData).toEqual({ commandKey: 'cmd' });
    expect(saved.secureJsonFields).toEqual({ commandKey: true });
    expect(saved.url).toBe('http://127.0.0.1:9090');
    expect(saved.version).toBe(3);
  });
});
