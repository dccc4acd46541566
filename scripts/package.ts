/**
 * Packs dist/ into iotlive-grpc-datasource-<version>.zip the way Grafana's plugin catalog expects:
 * one top folder named after the plugin id. Only the files a plugin release needs go in; anything
 * else found in dist/ is refused so stray build output never ships.
 */
import AdmZip from 'adm-zip';
import fs from 'node:fs';
import path from 'node:path';

/** Files a release may contain, relative to dist/. */
export const ALLOWED_FILES = [
  /^module\.js$/,
  /^module\.js\.map$/,
  /^module\.js\.LICENSE\.txt$/,
  /^[\w-]+\.js$/,
  /^[\w-]+\.js\.map$/,
  /^plugin\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^img\/[\w.-]+\.(svg|png|jpe?g|gif)$/,
  // The backend executables Grafana starts (plugin.json "executable": "gpx_iotlive").
  /^gpx_iotlive_linux_(amd64|arm64)$/,
];

export interface PackageResult {
  zipPath: string;
  files: string[];
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

/** Writes the release zip of `distDir` into `outDir` and returns its path and contents. */
export function createPackage(distDir: string, outDir: string): PackageResult {
  const pluginJsonPath = path.join(distDir, 'plugin.json');
  if (!fs.existsSync(pluginJsonPath)) {
    throw new Error(`${pluginJsonPath} is missing: run "npm run build" first`);
  }
  const pluginJson = JSON.parse(fs.readFileSync(pluginJsonPath, 'utf8')) as { id: string; info: { version: string } };
  const files = listFiles(distDir).sort();
  const stray = files.filter((file) => !ALLOWED_FILES.some((pattern) => pattern.test(file)));
  if (stray.length > 0) {
    throw new Error(`dist/ holds files that must not ship: ${stray.join(', ')}; remove them or rebuild from clean`);
  }
  const zip = new AdmZip();
  for (const file of files) {
    const source = path.join(distDir, file);
    // The file's permissions travel in the zip, so the backend executables stay executable.
    zip.addFile(`${pluginJson.id}/${file}`, fs.readFileSync(source), '', fs.statSync(source).mode & 0o777);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `${pluginJson.id}-${pluginJson.info.version}.zip`);
  zip.writeZip(zipPath);
  return { zipPath, files };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  try {
    const { zipPath, files } = createPackage(path.join(root, 'dist'), root);
    console.log(`wrote ${path.relative(root, zipPath)} (${files.length} files)`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
