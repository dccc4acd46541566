import { callerName, rightsOf } from './roles';

describe('rightsOf', () => {
  it('lets Editors and Admins publish and command, Viewers and Grafana itself only read', () => {
    const user = (role: string) => ({ login: 'u', name: 'u', email: '', role });
    expect([...rightsOf(user('Admin'))].sort()).toEqual(['command', 'publish', 'read']);
    expect([...rightsOf(user('Editor'))].sort()).toEqual(['command', 'publish', 'read']);
    expect([...rightsOf(user('Viewer'))]).toEqual(['read']);
    expect([...rightsOf(user('None'))]).toEqual(['read']);
    expect([...rightsOf(undefined)]).toEqual(['read']);
    expect([...rightsOf(null)]).toEqual(['read']);
  });

  it('names the caller for messages', () => {
    expect(callerName({ login: 'vera', name: '', email: '', role: 'Viewer' })).toBe('user vera (Viewer)');
    expect(callerName(undefined)).toBe('Grafana (no user)');
  });
});
