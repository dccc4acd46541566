/**
 * Like Grafana, the preview starts the plugin's backend executable when the build has one for this
 * machine; a datasource in backend mode then gets Save & test, resources and /api/ds/query from it,
 * and Grafana Live (`/api/live/ws`) from its Stream service.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBackend, pluginClients, type LaunchedBackend } from '../../backend/host/launchBackend';
import { grpcLiveBackend } from './live/grpcLiveBackend';
import type { LiveStreamBackend } from './live/LiveHub';
import { createPluginBackendRoutes, type PluginBackendRoutes } from './pluginBackendRoutes';
import type { Role } from './pluginRoutes';

const PLUGIN_ID = 'iotlive-grpc-datasource';

/** A running backend executable and the preview's routes onto it. */
export interface PluginBackendHost {
  backend: LaunchedBackend;
  routes: PluginBackendRoutes;
  live: LiveStreamBackend;
  /** Stops the executable; safe twice. */
  stop(): Promise<void>;
}

/** dist/gpx_iotlive_linux_<arch>, or undefined when this machine cannot run the built executable. */
export function backendExecutable(repoRoot: string): string | undefined {
  if (process.platform !== 'linux') {
    return undefined;
  }
  const executable = resolve(repoRoot, 'dist', `gpx_iotlive_linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`);
  return existsSync(executable) ? executable : undefined;
}

/** Launches the executable with Grafana's handshake and connects the preview's routes to it. */
export async function startPluginBackendHost(executable: string, role: Role): Promise<PluginBackendHost> {
  const backend = await launchBackend(executable);
  const clients = pluginClients(backend.address);
  return {
    backend,
    routes: createPluginBackendRoutes(clients, role, PLUGIN_ID),
    live: grpcLiveBackend(clients.stream),
    stop: async () => {
      for (const client of Object.values(clients)) {
        client.close();
      }
      await backend.stop();
    },
  };
}
