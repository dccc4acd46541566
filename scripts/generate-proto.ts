/**
 * Generates the static protobuf codec in common/proto/ from the contracts in proto/.
 * Static code (rather than runtime reflection) keeps the browser bundle free of `new Function`,
 * which Grafana's content security policy may forbid. Run after changing any .proto file.
 */
import { main as pbjs } from 'protobufjs-cli/pbjs';
import { main as pbts } from 'protobufjs-cli/pbts';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '..');
export const PROTO_FILES = [
  'iot/broker/v1/broker.proto',
  'iot/broker/v1/broker_wire.proto',
  'iot/stream/v1/stream.proto',
  'iot/stream/v1/stream_wire.proto',
];
const jsOut = path.join(root, 'common/proto/generated.js');
const dtsOut = path.join(root, 'common/proto/generated.d.ts');

/** Writes generated.js and generated.d.ts into `outDir` (the repository's common/proto by default). */
export async function generateProto(outJs = jsOut, outDts = dtsOut): Promise<void> {
  await promisify(pbjs)([
    '--target',
    'static-module',
    '--wrap',
    'commonjs',
    '--force-number',
    '--no-delimited',
    '--no-verify',
    '--no-service',
    '--path',
    path.join(root, 'proto'),
    '--out',
    outJs,
    ...PROTO_FILES,
  ]);
  await promisify(pbts)(['--no-comments', '--out', outDts, outJs]);
}

if (require.main === module) {
  generateProto().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
