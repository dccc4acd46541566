/**
 * The release zip, checked from the built dist/ (`npm test` builds first): layout, the AMD module
 * and its externals, and nothing that should not ship.
 */
import AdmZip from 'adm-zip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { externals } from '../../.config/bundler/externals';
import { createPackage } from '../../scripts/package';
import { validatePluginJson } from '../../scripts/validatePluginJson';

const root = path.resolve(__dirname, '../..');
const distDir = path.join(root, 'dist');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const ID = 'iotlive-grpc-datasource';

/** The module names Grafana provides to plugins: create-plugin's externals plus the AMD meta module. */
function isGrafanaProvided(name: string): boolean {
  const list = externals as unknown[];
  return list.some((entry) => {
    if (typeof entry === 'string') {
      return entry === name;
    }
    if (entry instanceof RegExp) {
      return entry.test(name);
    }
    if (typeof entry === 'object' && entry !== null) {
      return Object.values(entry).includes(name);
    }
    return false;
  });
}

/** Reads the dependency list of `define([...], factory)` at the top of an AMD module. */
function amdDependencies(source: string): string[] {
  const match = /^(?:\s*\/\*[^]*?\*\/)*\s*define\((\[[^\]]*\])/.exec(source);
  if (!match) {
    throw new Error('module.js does not start with an AMD define([...])');
  }
  return JSON.parse(match[1]) as string[];
}

describe('release package', () => {
  let workDir: string;
  let zip: AdmZip;
  let zipPath: string;

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iotlive-package-'));
    zipPath = createPackage(distDir, workDir).zipPath;
    zip = new AdmZip(zipPath);
  });

  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('is named after the plugin id and version', () => {
    expect(path.basename(zipPath)).toBe(`${ID}-${packageJson.version}.zip`);
  });

  it('holds one top folder named after the plugin id with what the catalog needs', () => {
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names.every((n) => n.startsWith(`${ID}/`))).toBe(true);
    for (const required of [
      'module.js',
      'module.js.map',
      'plugin.json',
      'img/logo.svg',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ]) {
      expect(names).toContain(`${ID}/${required}`);
    }
  });

  it('ships no debug or stray files', () => {
    const names = zip.getEntries().map((e) => e.entryName);
    const stray = names.filter((n) =>
      /node_modules|\.test\.|\.spec\.|\.ts$|\.tsx$|\.DS_Store|\.log$|\.env|\.zip$/.test(n)
    );
    expect(stray).toEqual([]);
    const moduleJs = zip.readAsText(`${ID}/module.js`);
    expect(moduleJs).not.toMatch(/sourceMappingURL=data:/);
    expect(moduleJs).not.toMatch(/\beval\(/);
  });

  it('ships module.js as an AMD module whose externals Grafana provides', () => {
    const deps = amdDependencies(zip.readAsText(`${ID}/module.js`));
    expect(deps).toEqual(expect.arrayContaining(['@grafana/data', '@grafana/ui', '@grafana/runtime', 'react', 'rxjs']));
    expect(deps.filter((dep) => !isGrafanaProvided(dep))).toEqual([]);
  });

  it('ships a valid plugin.json stamped with the version and build date', () => {
    const pluginJson = JSON.parse(zip.readAsText(`${ID}/plugin.json`));
    expect(validatePluginJson(pluginJson)).toEqual([]);
    expect(pluginJson.id).toBe(ID);
    expect(pluginJson.streaming).toBe(true);
    expect(pluginJson.info.version).toBe(packageJson.version);
    expect(pluginJson.info.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ships the backend executables plugin.json names, with their executable bits', () => {
    const pluginJson = JSON.parse(zip.readAsText(`${ID}/plugin.json`));
    expect(pluginJson).toMatchObject({ backend: true, executable: 'gpx_iotlive', alerting: true });
    // `npm run build` makes this machine's executable; `npm run package` adds linux arm64.
    const expected = [
      'gpx_iotlive_linux_amd64',
      ...(fs.existsSync(path.join(distDir, 'gpx_iotlive_linux_arm64')) ? ['gpx_iotlive_linux_arm64'] : []),
    ];
    for (const name of expected) {
      const entry = zip.getEntry(`${ID}/${name}`);
      expect(entry).toBeTruthy();
      const mode = (entry!.header.attr >>> 16) & 0o777;
      expect(mode & 0o111).toBe(0o111);
      // An ELF executable, not a script that needs Node on the Grafana host.
      expect(entry!.getData().subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    }
  });

  it('refuses a dist/ with stray files', () => {
    const dirty = fs.mkdtempSync(path.join(os.tmpdir(), 'iotlive-dirty-'));
    try {
      fs.cpSync(distDir, dirty, { recursive: true });
      fs.writeFileSync(path.join(dirty, 'debug.log'), 'x');
      expect(() => createPackage(dirty, workDir)).toThrow(/debug\.log/);
    } finally {
      fs.rmSync(dirty, { recursive: true, force: true });
    }
  });
});
