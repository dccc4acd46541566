import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoute, hasRole, matchRoute, RawRoute } from './pluginRoutes';

// The plugin's own routes, so this test follows plugin.json as it changes.
const pluginJson = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'src', 'plugin.json'), 'utf8')) as {
  routes: RawRoute[];
};
const routes = pluginJson.routes.map(compileRoute);

describe('plugin route matching', () => {
  it('sends command posts to the command route with the command key', () => {
    const match = matchRoute(routes, 'api/command', 'POST', 'Editor');
    expect(match.kind).toBe('matched');
    if (match.kind === 'matched') {
      expect(match.route.path).toBe('api/command');
      const header = match.route.headers.find((h) => h.name === 'Authorization');
      expect(header?.render({ JsonData: {}, SecureJsonData: { apiKey: 'a', commandKey: 'c' } })).toBe('Bearer c');
    }
  });

  it('falls through to the general route when the method does not match', () => {
    const match = matchRoute(routes, 'api/command', 'GET', 'Viewer');
    expect(match.kind === 'matched' && match.route.path).toBe('api');
  });

  it('denies a viewer on an editor route instead of falling through', () => {
    expect(matchRoute(routes, 'api/publish', 'POST', 'Viewer').kind).toBe('denied');
    expect(matchRoute(routes, 'api/publish', 'post', 'Admin').kind).toBe('matched');
  });

  it('matches by plain prefix and leaves unknown paths unmatched', () => {
    expect(matchRoute(routes, 'api/stream', 'GET', 'Viewer').kind).toBe('matched');
    expect(matchRoute(routes, 'metrics', 'GET', 'Viewer').kind).toBe('unmatched');
  });

  it('orders roles Viewer < Editor < Admin', () => {
    expect(hasRole('Admin', 'Editor')).toBe(true);
    expect(hasRole('Viewer', 'Editor')).toBe(false);
  });

  it('refuses routes it cannot honour', () => {
    expect(() => compileRoute({ path: 'x', reqRole: 'Owner' })).toThrow(/reqRole/);
    expect(() => compileRoute({ headers: [] })).toThrow(/path/);
  });
});
