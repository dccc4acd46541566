/**
 * `tsx services/preview/main.ts`: the preview host on its own, against an already running sidecar.
 * Configured by PREVIEW_* environment variables (docs/running.md); `npm start` runs it with the rest.
 */
import pino from 'pino';
import { resolve } from 'node:path';
import { backendExecutable, startPluginBackendHost, type PluginBackendHost } from './server/pluginBackendHost';
import { configOrExit } from '../shared/config/configOrExit';
import { previewConfigFromEnv } from './previewConfig';
import { PREVIEW_DIST_DIR } from './previewWebpackConfig';
import { grafanaIconsDir } from './server/grafanaAssets';
import { startPreviewServer } from './server/createPreviewServer';
import { stopOnSignals } from '../shared/stopOnSignals';

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
  const executable = backendExecutable(repoRoot);
  let host: PluginBackendHost | undefined;
  if (executable) {
    try {
      host = await startPluginBackendHost(executable, config.role);
      logger.info(
        { address: host.backend.address, startMs: Math.round(host.backend.startMs) },
        'plugin backend started'
      );
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
      pluginBackend: host?.routes,
      // Grafana Live for backend-mode panels: /api/live/ws over the backend's Stream service.
      liveBackend: host?.live,
    },
    config.host,
    config.port
  );
  logger.info({ address: preview.url, upstream: config.dataSource.url, role: config.role }, 'preview listening');

  stopOnSignals(logger, {
    name: 'preview',
    close: () => Promise.all([preview.close(), host?.stop()]),
    deadlineMs: SHUTDOWN_DEADLINE_MS,
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
