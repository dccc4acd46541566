/**
 * `tsx services/preview/main.ts`: the preview host on its own, against an already running sidecar.
 * Configured by PREVIEW_* environment variables (docs/running.md); `npm start` runs it with the rest.
 */
import pino from 'pino';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBackend, pluginClients, type LaunchedBackend } from '../backend/host/launchBackend';
import { createPluginBackendRoutes } from './server/pluginBackendRoutes';
import { configOrExit } from '../shared/config/configOrExit';
import { previewConfigFromEnv } from './previewConfig';
import { PREVIEW_DIST_DIR } from './previewWebpackConfig';
import { grafanaIconsDir } from './server/grafanaAssets';
import { startPreviewServer } from './server/createPreviewServer';

const SHUTDOWN_DEADLINE_MS = 5000;

async function main(): Promise<void> {
  const config = configOrExit(
    () => previewConfigFromEnv(process.env),
    (message) => console.error(`preview: ${message}`)
  );
  const logger = pino({
    level: config.logLevel,
    base: { service: 'iotlive-preview' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  const repoRoot = resolve(__dirname, '..', '..');
  // Like Grafana, the preview starts the plugin's backend executable when the build has one for this
  // machine; a datasource in backend mode then gets Save & test, resources and /api/ds/query from it.
  const executable = resolve(repoRoot, 'dist', `gpx_iotlive_linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`);
  let backend: LaunchedBackend | undefined;
  if (process.platform === 'linux' && existsSync(executable)) {
    try {
      backend = await launchBackend(executable);
      logger.info({ address: backend.address, startMs: Math.round(backend.startMs) }, 'plugin backend started');
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'plugin backend did not start');
    }
  }
  const preview = await startPreviewServer(
    {
      pluginDistDir: resolve(repoRoot, 'dist'),
      appDistDir: resolve(repoRoot, PREVIEW_DIST_DIR),
      iconsDir: grafanaIconsDir(),
      dataSource: config.dataSource,
      role: config.role,
      dashboard: config.dashboard,
      upstreamTimeoutMs: config.upstreamTimeoutMs,
      subPath: config.subPath,
      maxBodyBytes: 1024 * 1024,
      logger,
      pluginBackend: backend
        ? createPluginBackendRoutes(pluginClients(backend.address), config.role, 'iotlive-grpc-datasource')
        : undefined,
    },
    config.host,
    config.port
  );
  logger.info({ address: preview.url, upstream: config.dataSource.url, role: config.role }, 'preview listening');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'preview stopping');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
    force.unref();
    Promise.all([preview.close(), backend?.stop()]).then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
