import { grantedPermissions, parseAuthFile } from './authFile';

const KEY = 'a-key-0123456789abcdef';
const fileWith = (entry: object) => JSON.stringify({ keys: { [KEY]: { tenant: 't', ...entry } } });

describe('sidecar auth file permissions', () => {
  it('reads "permissions", and "rights" from files written before the names were shared', () => {
    expect(grantedPermissions(parseAuthFile(fileWith({ permissions: ['read', 'publish'] }))[KEY])).toEqual([
      'read',
      'publish',
    ]);
    expect(grantedPermissions(parseAuthFile(fileWith({ rights: ['read', 'command'] }))[KEY])).toEqual([
      'read',
      'command',
    ]);
    expect(grantedPermissions(parseAuthFile(fileWith({ permissions: ['subscribe'] }))[KEY])).toEqual(['read']);
  });

  it('refuses an entry with both keys or neither, and the broker-only "device"', () => {
    expect(() => parseAuthFile(fileWith({ permissions: ['read'], rights: ['read'] }))).toThrow(/one of the two/);
    expect(() => parseAuthFile(fileWith({}))).toThrow(/one of the two/);
    expect(() => parseAuthFile(fileWith({ permissions: ['device'] }))).toThrow(/<key>\.permissions\.0/);
  });
});
