import { parseAuthFile } from './authFile';
import { KeyStore, bearerKey, requireRight } from './keyStore';

const FILE = JSON.stringify({
  keys: {
    'reader-key-0123456789': { tenant: 'acme', rights: ['read'], brokerToken: 'acme-token' },
    'writer-key-0123456789': { tenant: 'beta', rights: ['read', 'publish', 'command'] },
  },
});

describe('auth file and key store', () => {
  it('resolves keys to their tenant, rights and broker token', () => {
    const store = new KeyStore({
      authEntries: parseAuthFile(FILE),
      insecure: false,
      defaultTenant: 'default',
      brokerToken: 'sidecar-token',
    });
    const reader = store.authenticate({ authorization: 'Bearer reader-key-0123456789' });
    expect(reader).toMatchObject({ tenant: 'acme', brokerToken: 'acme-token' });
    expect(() => requireRight(reader, 'publish')).toThrow(
      expect.objectContaining({ httpStatus: 403, category: 'auth' })
    );
    expect(store.authenticate({ authorization: 'bearer writer-key-0123456789' }).brokerToken).toBe('sidecar-token');
  });

  it('refuses missing and unknown keys with 401 unless insecure', () => {
    const store = new KeyStore({ apiKey: 'only-key-0123456789', insecure: false, defaultTenant: 'default' });
    expect(() => store.authenticate({})).toThrow(expect.objectContaining({ httpStatus: 401 }));
    expect(() => store.authenticate({ authorization: 'Bearer only-key-012345678' })).toThrow(
      expect.objectContaining({ httpStatus: 401 })
    );
    expect(store.authenticate({ authorization: 'Bearer only-key-0123456789' }).rights.has('command')).toBe(true);
    const open = new KeyStore({ insecure: true, defaultTenant: 'dev' });
    expect(open.authenticate({}).tenant).toBe('dev');
  });

  it('refuses an unknown key even when insecure mode is asked for beside configured keys', () => {
    const store = new KeyStore({ authEntries: parseAuthFile(FILE), insecure: true, defaultTenant: 'default' });
    expect(() => store.authenticate({ authorization: 'Bearer not-a-known-key-0123456789' })).toThrow(
      expect.objectContaining({ httpStatus: 401 })
    );
    expect(() => store.authenticate({})).toThrow(expect.objectContaining({ httpStatus: 401 }));
    expect(store.authenticate({ authorization: 'Bearer reader-key-0123456789' }).tenant).toBe('acme');
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerKey({ authorization: 'Basic abc' })).toBeUndefined();
    expect(bearerKey({ authorization: 'Bearer  k1 ' })).toBe('k1');
  });

  it('refuses malformed auth files without printing the keys', () => {
    expect(() => parseAuthFile('{')).toThrow(/not valid JSON/);
    expect(() => parseAuthFile(JSON.stringify({ keys: {} }))).toThrow(/no keys/);
    const bad = () =>
      parseAuthFile(JSON.stringify({ keys: { 'secret-key-0123456789': { tenant: 't', rights: ['fly'] } } }));
    expect(bad).toThrow(/<key>/);
    expect(bad).not.toThrow(/secret-key/);
    expect(() => parseAuthFile(JSON.stringify({ keys: { short: { tenant: 't', rights: ['read'] } } }))).toThrow(
      /key #1 .* shorter than 16/
    );
  });
});
