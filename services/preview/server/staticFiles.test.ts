import { resolveInside } from './staticFiles';

describe('resolveInside', () => {
  it('resolves paths inside the root', () => {
    expect(resolveInside('/srv/dist', 'module.js')).toBe('/srv/dist/module.js');
    expect(resolveInside('/srv/dist', 'img/logo.svg')).toBe('/srv/dist/img/logo.svg');
  });

  it('refuses paths that escape the root, encoded or not', () => {
    expect(resolveInside('/srv/dist', '../secret')).toBeUndefined();
    expect(resolveInside('/srv/dist', '%2e%2e/secret')).toBeUndefined();
    expect(resolveInside('/srv/dist', '/etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveInside('/srv/dist', 'a\0b')).toBeUndefined();
    expect(resolveInside('/srv/dist', '%E0%A4%A')).toBeUndefined();
  });
});
