import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { validatePluginJson } from './validatePluginJson';

const root = path.resolve(__dirname, '..');
const pluginJson = JSON.parse(fs.readFileSync(path.join(root, 'src/plugin.json'), 'utf8'));
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function withChange(change: (json: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(pluginJson);
  change(copy);
  return copy;
}

describe('src/plugin.json', () => {
  it('is valid as Grafana reads it', () => {
    expect(validatePluginJson(pluginJson)).toEqual([]);
  });

  it('declares the plugin this project ships', () => {
    expect(pluginJson).toMatchObject({
      id: 'iotlive-grpc-datasource',
      type: 'datasource',
      name: 'IoT Live (gRPC)',
      streaming: true,
      metrics: true,
    });
  });

  it('requires a Grafana that the pinned @grafana packages belong to', () => {
    const pinned = packageJson.dependencies['@grafana/data'];
    expect(packageJson.dependencies['@grafana/ui']).toBe(pinned);
    expect(packageJson.dependencies['@grafana/runtime']).toBe(pinned);
    expect(semver.satisfies(pinned, pluginJson.dependencies.grafanaDependency)).toBe(true);
  });

  it('lets only editors publish or send commands, and injects keys only from secureJsonData', () => {
    const byPath = Object.fromEntries(pluginJson.routes.map((r: { path: string }) => [r.path, r]));
    expect(byPath['api/command'].reqRole).toBe('Editor');
    expect(byPath['api/publish'].reqRole).toBe('Editor');
    for (const route of pluginJson.routes) {
      for (const header of route.headers) {
        expect(header.content).toMatch(/SecureJsonData/);
        expect(header.content).not.toMatch(/JsonData\.(?!apiKey|commandKey)/);
      }
    }
  });
});

describe('validatePluginJson', () => {
  it.each([
    ['a missing id', (j: Record<string, any>) => delete j.id, /"id" is required/],
    ['an id off the naming convention', (j: Record<string, any>) => (j.id = 'IoT_Live'), /does not match/],
    [
      'an id of another plugin type',
      (j: Record<string, any>) => (j.id = 'iotlive-grpc-panel'),
      /must end with "-datasource"/,
    ],
    ['an unknown top-level key', (j: Record<string, any>) => (j.colour = 'blue'), /unknown top-level key "colour"/],
    ['no keywords', (j: Record<string, any>) => (j.info.keywords = []), /keywords/],
    ['no small logo', (j: Record<string, any>) => delete j.info.logos.small, /logos/],
    ['a bad version', (j: Record<string, any>) => (j.info.version = 'v1'), /info.version/],
    ['a bad updated date', (j: Record<string, any>) => (j.info.updated = 'today'), /info.updated/],
    ['no grafanaDependency', (j: Record<string, any>) => delete j.dependencies.grafanaDependency, /grafanaDependency/],
    ['a route with a leading slash', (j: Record<string, any>) => (j.routes[0].path = '/api'), /relative path/],
    ['a route with an unknown method', (j: Record<string, any>) => (j.routes[0].method = 'FETCH'), /HTTP verbs/],
    ['a route with an unknown role', (j: Record<string, any>) => (j.routes[0].reqRole = 'Root'), /reqRole/],
    [
      'a header template using something else',
      (j: Record<string, any>) => (j.routes[0].headers[0].content = 'Bearer {{ .Env.KEY }}'),
      /template action/,
    ],
    [
      'a header printing a secret without orEmpty',
      (j: Record<string, any>) => (j.routes[2].headers[0].content = 'Bearer {{ .SecureJsonData.apiKey }}'),
      /orEmpty/,
    ],
    [
      'an unbalanced if',
      (j: Record<string, any>) => (j.routes[0].headers[0].content = '{{ if .SecureJsonData.a }}x'),
      /unbalanced/,
    ],
    ['a general route shadowing a specific one', (j: Record<string, any>) => j.routes.reverse(), /shadow/],
  ])('reports %s', (_name, change, expected) => {
    expect(validatePluginJson(withChange(change)).join('\n')).toMatch(expected);
  });
});
