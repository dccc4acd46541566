/**
 * Starts the local stack: broker (embedded bus) → sidecar and simulator → preview host, each child
 * on the address it was given (port 0 picks a free one), and stops it in the reverse order.
 * `npm start` and the browser tests both use it; the tests also stop and restart the broker.
 */
import { join } from 'node:path';
import pino from 'pino';
import { previewConfigFromEnv } from '../preview/previewConfig';
import { PREVIEW_DIST_DIR } from '../preview/previewWebpackConfig';
import { grafanaIconsDir } from '../preview/server/grafanaAssets';
import { PreviewServer, startPreviewServer } from '../preview/server/createPreviewServer';
import { backendExecutable, startPluginBackendHost, type PluginBackendHost } from '../preview/server/pluginBackendHost';
import { childLogLevel, parseLogLine } from './serviceLogLine';
import { RunningService, ServiceExit, spawnService } from './spawnService';
import { backendModePreviewEnv, stackPreviewEnv, type StackConfig } from './stackConfig';
import { startMosquitto, type MosquittoProcess } from './startMosquitto';

/** How to start the stack. */
export interface StackOptions {
  config: StackConfig;
  repoRoot: string;
  /** Every log line of every service (pino JSON), tagged with the service's name. */
  onLine?: (service: string, line: string) => void;
  /** Called when a service exits without being asked to. */
  onUnexpectedExit?: (service: string, exit: ServiceExit) => void;
  /** How long each service may take to become ready, in ms. */
  readyTimeoutMs?: number;
}

/** A running stack. */
export interface LocalStack {
  /** host:port of the broker's gRPC endpoint. */
  readonly brokerTarget: string;
  /** The broker's /metrics URL, when enabled. */
  readonly brokerMetricsUrl?: string;
  /** The sidecar's /metrics URL, when enabled. */
  readonly sidecarMetricsUrl?: string;
  readonly sidecarUrl: string;
  readonly previewUrl: string;
  /** The MQTT broker the bridge takes devices from, when STACK_MQTT is on. */
  readonly mqttUrl?: string;
  /** How the demo datasource streams: through the plugin backend (Grafana Live) or the sidecar. */
  readonly transport: 'backend' | 'sidecar';
  /** The running child services, by name. */
  services(): Record<string, RunningService>;
  /** Stops the broker only (the sidecar and simulator keep running and retrying). */
  stopBroker(): Promise<void>;
  /** Starts the broker again on the port it had. */
  startBroker(): Promise<void>;
  /** Stops everything in reverse order; safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_READY_TIMEOUT_MS = 30_000;

/** Starts every service; on failure, stops what already started and rethrows. */
export async function startStack(options: StackOptions): Promise<LocalStack> {
  const { config, repoRoot } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const running: Record<string, RunningService> = {};
  const expectedExits = new Set<RunningService>();
  let preview: PreviewServer | undefined;
  let brokerMetricsUrl: string | undefined;
  let sidecarMetricsUrl: string | undefined;
  let mosquitto: MosquittoProcess | undefined;
  let pluginBackend: PluginBackendHost | undefined;

  const start = async (
    name: string,
    entry: string,
    env: Record<string, string>,
    readyMessage: string,
    args: string[] = []
  ) => {
    const service = await spawnService({
      name,
      entry,
      args,
      cwd: repoRoot,
      // Readiness is read from info lines, so services always log at least at info; display filters.
      env: { ...config.baseEnv, LOG_LEVEL: childLogLevel(config.logLevel), ...env },
      readyMessage,
      readyTimeoutMs,
      onLine: (line) => {
        const parsed = parseLogLine(line);
        if (name === 'broker' && parsed?.msg === 'metrics listening' && typeof parsed.url === 'string') {
          brokerMetricsUrl = parsed.url;
        }
        if (name === 'sidecar' && parsed?.msg === 'sidecar listening' && typeof parsed.metrics === 'string') {
          sidecarMetricsUrl = parsed.metrics;
        }
        options.onLine?.(name, line);
      },
    });
    running[name] = service;
    void service.exited.then((exit) => {
      if (!expectedExits.has(service)) {
        options.onUnexpectedExit?.(name, exit);
      }
    });
    return service;
  };

  const stopService = async (name: string) => {
    const service = running[name];
    if (service) {
      expectedExits.add(service);
      await service.stop();
      delete running[name];
    }
  };

  let brokerListen = config.brokerListen;
  const startBroker = async () => {
    const broker = await start(
      'broker',
      join('services', 'broker', 'main.ts'),
      { BROKER_LISTEN: brokerListen, BROKER_METRICS_LISTEN: config.brokerMetricsListen },
      'broker listening'
    );
    // A restart must come back on the same port, which port 0 would not.
    brokerListen = String(broker.ready.address);
    return brokerListen;
  };

  const close = async () => {
    await preview?.close();
    await pluginBackend?.stop();
    await stopService('mqtt-simulator');
    await stopService('bridge');
    await mosquitto?.stop();
    await stopService('simulator');
    await stopService('sidecar');
    await stopService('broker');
  };

  try {
    const brokerTarget = await startBroker();
    const [sidecar] = await Promise.all([
      start(
        'sidecar',
        join('services', 'sidecar', 'main.ts'),
        {
          SIDECAR_LISTEN: config.sidecarListen,
          SIDECAR_METRICS_LISTEN: config.sidecarMetricsListen,
          BROKER_TARGET: brokerTarget,
          SIDECAR_API_KEY: config.apiKey,
        },
        'sidecar listening'
      ),
      start(
        'simulator',
        join('services', 'simulator', 'main.ts'),
        { BROKER_TARGET: brokerTarget },
        'simulator started',
        ['--devices', String(config.devices), '--rate', String(config.rateHz)]
      ),
    ]);
    const sidecarUrl = `http://${String(sidecar.ready.address)}`;
    let mqttUrl: string | undefined;
    if (config.mqtt !== 'off') {
      if (config.mqtt === 'local') {
        mosquitto = await startMosquitto();
      }
      mqttUrl = mosquitto?.url ?? (config.mqtt as { url: string }).url;
      await start(
        'bridge',
        join('services', 'bridge', 'main.ts'),
        { BRIDGE_MQTT_URL: mqttUrl, BROKER_TARGET: brokerTarget },
        'bridge running'
      );
      await start(
        'mqtt-simulator',
        join('services', 'mqtt-simulator', 'main.ts'),
        { MQTT_SIM_URL: mqttUrl },
        'mqtt simulator started'
      );
    }
    const executable = config.transport === 'sidecar' ? undefined : backendExecutable(repoRoot);
    if (config.transport === 'backend' && !executable) {
      throw new Error('STACK_TRANSPORT=backend needs the plugin backend executable in dist/: run npm run build');
    }
    const previewRole = previewConfigFromEnv(config.baseEnv).role;
    if (executable) {
      pluginBackend = await startPluginBackendHost(executable, previewRole);
      options.onLine?.(
        'backend',
        JSON.stringify({ level: 30, msg: 'plugin backend started', address: pluginBackend.backend.address })
      );
    }
    const previewConfig = previewConfigFromEnv({
      ...stackPreviewEnv(config),
      ...(pluginBackend ? backendModePreviewEnv(config, brokerTarget) : {}),
      ...config.baseEnv,
      PREVIEW_LISTEN: config.previewListen,
      PREVIEW_SIDECAR_URL: sidecarUrl,
      PREVIEW_API_KEY: config.apiKey,
      PREVIEW_DEVICE_COUNT: String(config.devices),
      LOG_LEVEL: config.logLevel,
    });
    const previewLogger = pino(
      { level: previewConfig.logLevel, base: { service: 'iotlive-preview' } },
      { write: (line: string) => options.onLine?.('preview', line.trimEnd()) }
    );
    preview = await startPreviewServer(
      {
        pluginDistDir: join(repoRoot, 'dist'),
        appDistDir: join(repoRoot, PREVIEW_DIST_DIR),
        iconsDir: grafanaIconsDir(),
        dataSource: previewConfig.dataSource,
        role: previewConfig.role,
        dashboard: previewConfig.dashboard,
        upstreamTimeoutMs: previewConfig.upstreamTimeoutMs,
        subPath: previewConfig.subPath,
        maxBodyBytes: 1024 * 1024,
        logger: previewLogger,
        pluginBackend: pluginBackend?.routes,
        liveBackend: pluginBackend?.live,
      },
      previewConfig.host,
      previewConfig.port
    );
    const previewUrl = preview.url;
    let closing: Promise<void> | undefined;
    return {
      get brokerTarget() {
        return brokerListen;
      },
      get brokerMetricsUrl() {
        return brokerMetricsUrl;
      },
      get sidecarMetricsUrl() {
        return sidecarMetricsUrl;
      },
      sidecarUrl,
      previewUrl,
      mqttUrl,
      transport: pluginBackend ? 'backend' : 'sidecar',
      services: () => ({ ...running }),
      stopBroker: () => stopService('broker'),
      startBroker: async () => {
        await startBroker();
      },
      close: () => {
        closing ??= close();
        return closing;
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
