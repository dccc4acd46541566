/**
 * Grafana's plugin protocol (pluginv2) and gRPC health, loaded once from proto/ with explicit loader
 * options. The executable's bundle embeds the same descriptors (scripts/backend/embeddedProtoLoader.ts),
 * so this file reads the .proto files only when run from source.
 */
import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import path from 'node:path';

export const PLUGIN_PROTO_ROOT = path.resolve(__dirname, '../../../proto');
/** The files the backend serves, relative to proto/; the bundle embeds exactly this set. */
export const PLUGIN_PROTO_FILES = [
  'grafana/pluginv2/pluginv2.proto',
  'grpc/health/v1/health.proto',
  'goplugin/controller.proto',
];
/** Field names stay as Grafana spells them (jsonData, lastUpdatedMS), so messages read like its docs. */
export const PLUGIN_PROTO_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
};

const definition = protoLoader.loadSync(PLUGIN_PROTO_FILES, {
  ...PLUGIN_PROTO_OPTIONS,
  includeDirs: [PLUGIN_PROTO_ROOT],
});

function service(name: string): grpc.ServiceDefinition {
  const found = definition[name];
  if (!found || 'format' in found) {
    throw new Error(`${name} is not declared in ${PLUGIN_PROTO_FILES.join(', ')}`);
  }
  return found as grpc.ServiceDefinition;
}

export const diagnosticsService = service('pluginv2.Diagnostics');
export const dataService = service('pluginv2.Data');
export const resourceService = service('pluginv2.Resource');
export const healthService = service('grpc.health.v1.Health');
export const controllerService = service('plugin.GRPCController');
export const streamService = service('pluginv2.Stream');
