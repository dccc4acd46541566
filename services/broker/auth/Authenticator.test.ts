import { Metadata } from '@grpc/grpc-js';
import { AuthError, ForbiddenError, ValidationError } from '../../../common/errors/errors';
import { bearerToken, openAuthenticator, requirePermission, tokenAuthenticator } from './Authenticator';
import { parseAuthFile } from './authFile';

const metadataWith = (value?: string) => {
  const metadata = new Metadata();
  if (value !== undefined) {
    metadata.set('authorization', value);
  }
  return metadata;
};

describe('tokenAuthenticator', () => {
  const auth = tokenAuthenticator(
    parseAuthFile(
      JSON.stringify({
        tokens: {
          alpha: { tenant: 'acme', permissions: ['subscribe'] },
          beta: { tenant: 'globex', permissions: ['publish', 'device'] },
        },
      })
    )
  );

  it('maps a bearer token to its tenant and permissions', () => {
    const principal = auth.authenticate(metadataWith('Bearer beta'));
    expect(principal.tenant).toBe('globex');
    expect(() => requirePermission(principal, 'publish')).not.toThrow();
    expect(() => requirePermission(principal, 'command')).toThrow(ForbiddenError);
    expect(auth.authenticate(metadataWith('bearer   alpha ')).tenant).toBe('acme');
  });

  it('refuses missing, malformed and unknown tokens', () => {
    expect(() => auth.authenticate(metadataWith())).toThrow(AuthError);
    expect(() => auth.authenticate(metadataWith('Basic alpha'))).toThrow(/missing credentials/);
    expect(() => auth.authenticate(metadataWith('Bearer alph'))).toThrow(/unknown token/);
    expect(() => auth.authenticate(metadataWith('Bearer alphaa'))).toThrow(/unknown token/);
  });

  it('reads the token only from a Bearer authorization value', () => {
    expect(bearerToken(metadataWith('Bearer x.y-z'))).toBe('x.y-z');
    expect(bearerToken(metadataWith('Bearer a b'))).toBeUndefined();
  });

  it('reads the former permission name "subscribe" as "read"', () => {
    const file = parseAuthFile(
      JSON.stringify({
        tokens: { old: { tenant: 'a', permissions: ['subscribe'] }, new: { tenant: 'a', permissions: ['read'] } },
      })
    );
    const both = tokenAuthenticator(file);
    for (const token of ['old', 'new']) {
      expect(() => requirePermission(both.authenticate(metadataWith(`Bearer ${token}`)), 'read')).not.toThrow();
    }
  });

  it('accepts everyone as the default tenant in open mode', () => {
    const open = openAuthenticator();
    expect(open.open).toBe(true);
    expect(open.authenticate(metadataWith()).tenant).toBe('default');
  });
});

describe('parseAuthFile', () => {
  it.each([
    ['not json', /not valid JSON/],
    ['{}', /tokens/],
    ['{"tokens": {"t": {"tenant": "", "permissions": ["subscribe"]}}}', /<token #1>\.tenant/],
    ['{"tokens": {"t": {"tenant": "a b", "permissions": ["subscribe"]}}}', /letters, digits/],
    ['{"tokens": {"t": {"tenant": "a", "permissions": []}}}', /at least one permission/],
    ['{"tokens": {"s3cret": {"tenant": "a", "permissions": ["admin"]}}}', /<token #1>\.permissions\.0/],
    ['{"tokens": {}, "extra": 1}', /extra/],
  ])('refuses %s with a clear message', (text, pattern) => {
    expect(() => parseAuthFile(text)).toThrow(ValidationError);
    expect(() => parseAuthFile(text)).toThrow(pattern);
  });

  it('never quotes a token in its errors', () => {
    expect(() => parseAuthFile('{"tokens": {"s3cret": {"tenant": "a", "permissions": ["admin"]}}}')).not.toThrow(
      /s3cret/
    );
  });
});
