import type { DataSourceInstanceSettings } from '../grpc/messages';
import { normalizeBrokerAddress, readBackendSettings } from './instanceSettings';

function instance(jsonData: unknown, secure: Record<string, string> = {}): DataSourceInstanceSettings {
  return {
    id: 1,
    uid: 'uid-1',
    name: 'IoT',
    url: '',
    jsonData: Buffer.from(typeof jsonData === 'string' ? jsonData : JSON.stringify(jsonData)),
    decryptedSecureJsonData: secure,
    lastUpdatedMS: 1,
  };
}

describe('readBackendSettings', () => {
  it('reads the broker address, TLS and timeout from jsonData and the tokens from the secrets', () => {
    const settings = readBackendSettings(
      instance(
        { brokerAddress: 'grpc://broker:50051', brokerTls: true, requestTimeoutMs: 3000 },
        { brokerToken: 'r', commandToken: 'w' }
      )
    );
    expect(settings).toMatchObject({
      brokerAddress: 'broker:50051',
      brokerTls: true,
      requestTimeoutMs: 3000,
      brokerToken: 'r',
      commandToken: 'w',
    });
  });

  it('fills defaults for empty jsonData and ignores settings it does not know', () => {
    const settings = readBackendSettings(instance({ transport: 'backend', other: 1 }));
    expect(settings.brokerAddress).toBe('127.0.0.1:50051');
    expect(settings.brokerTls).toBe(false);
    expect(settings.requestTimeoutMs).toBe(10_000);
    expect(settings.brokerToken).toBeUndefined();
  });

  it('says which setting is wrong', () => {
    expect(() => readBackendSettings(instance('{not json'))).toThrow(/jsonData is not valid JSON/);
    expect(() => readBackendSettings(instance({ brokerAddress: 'just-a-host' }))).toThrow(/not host:port/);
  });

  it('normalizes the address forms people type', () => {
    expect(normalizeBrokerAddress('broker:50051')).toBe('broker:50051');
    expect(normalizeBrokerAddress('grpcs://broker.example.com:443/')).toBe('broker.example.com:443');
    expect(normalizeBrokerAddress('[::1]:50051')).toBe('[::1]:50051');
  });
});
