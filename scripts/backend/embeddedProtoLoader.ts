/**
 * Stands in for @grpc/proto-loader inside the backend executable, which has no proto/ folder beside
 * it: loadSync() answers from descriptors parsed at build time (embeddedProtos.ts) and fromJSON()
 * does the rest exactly as the real loader would.
 */
import * as realLoader from '@grpc/proto-loader/build/src/index';
import type { Options, PackageDefinition } from '@grpc/proto-loader';
import { descriptorKey } from './descriptorKey';

declare const IOTLIVE_EMBEDDED_PROTOS: Record<string, object>;

export * from '@grpc/proto-loader/build/src/index';

export function loadSync(files: string | string[], options: Options = {}): PackageDefinition {
  const key = descriptorKey(files, options.keepCase === true);
  const json = IOTLIVE_EMBEDDED_PROTOS[key];
  if (!json) {
    throw new Error(
      `the backend executable embeds no descriptor for ${key}: add it to scripts/backend/buildBackend.ts`
    );
  }
  return realLoader.fromJSON(json, options);
}
