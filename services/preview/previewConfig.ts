/**
 * The preview host's settings: every default in one place, parsed from an environment-shaped record
 * (main.ts passes process.env; the local stack passes what it computed).
 */
import type { PreviewDashboard } from './shared/bootData';
import type { StoredDataSource } from './server/dataSourceStore';
import { ROLES, Role } from './server/pluginRoutes';
import { parseListenAddress } from '../shared/config/listenAddress';

/** Everything needed to start a preview host. */
export interface PreviewConfig {
  host: string;
  port: number;
  dataSource: StoredDataSource;
  role: Role;
  dashboard: PreviewDashboard;
  upstreamTimeoutMs: number;
  logLevel: string;
  /** Grafana's sub-path (`root_url` with `serve_from_sub_path`), e.g. "/grafana"; "" for none. */
  subPath: string;
}

/** The documented defaults (docs/running.md lists them). */
export const PREVIEW_DEFAULTS = {
  listen: '127.0.0.1:3001',
  sidecarUrl: 'http://127.0.0.1:8080',
  datasourceUid: 'iotlive',
  datasourceName: 'IoT Live (preview)',
  role: 'Admin' as Role,
  // The simulator publishes site/<site>/device/<id>/<signal>, with ids sim-0001, sim-0002, …
  timeSeriesTopic: 'site/+/device/+/temperature',
  statTopic: 'site/+/device/$device/temperature',
  tableTopic: 'site/+/device/+/battery',
  deviceCount: 20,
  devicePrefix: 'sim-',
  // A fresh stack has little history; a minute fills the panels within a minute of `npm start`.
  timeRangeMs: 60_000,
  upstreamTimeoutMs: 30_000,
  logLevel: 'info',
};

/** The names of the simulated devices, e.g. sim-0001 … sim-0020, for the `device` variable. */
export function deviceNames(count: number, prefix = PREVIEW_DEFAULTS.devicePrefix): string[] {
  const width = Math.max(4, String(count).length);
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(width, '0')}`);
}

/** Builds the configuration from environment variables, refusing invalid values with their name. */
export function previewConfigFromEnv(env: Record<string, string | undefined>): PreviewConfig {
  const { host, port } = parseListenAddress(env.PREVIEW_LISTEN ?? PREVIEW_DEFAULTS.listen, 'PREVIEW_LISTEN');
  const role = (env.PREVIEW_ROLE ?? PREVIEW_DEFAULTS.role) as Role;
  if (!ROLES.includes(role)) {
    throw new Error(`PREVIEW_ROLE must be one of ${ROLES.join(', ')}, got "${role}"`);
  }
  const sidecarUrl = env.PREVIEW_SIDECAR_URL ?? PREVIEW_DEFAULTS.sidecarUrl;
  try {
    new URL(sidecarUrl);
  } catch {
    throw new Error(`PREVIEW_SIDECAR_URL must be an absolute URL, got "${sidecarUrl}"`);
  }
  let jsonData: Record<string, unknown> = {};
  if (env.PREVIEW_JSON_DATA) {
    try {
      jsonData = JSON.parse(env.PREVIEW_JSON_DATA) as Record<string, unknown>;
    } catch {
      throw new Error('PREVIEW_JSON_DATA must be a JSON object');
    }
  }
  const secureJsonData: Record<string, string> = {};
  if (env.PREVIEW_API_KEY) {
    secureJsonData.apiKey = env.PREVIEW_API_KEY;
  }
  if (env.PREVIEW_COMMAND_KEY) {
    secureJsonData.commandKey = env.PREVIEW_COMMAND_KEY;
  }
  const deviceCount = positiveInteger(env.PREVIEW_DEVICE_COUNT, PREVIEW_DEFAULTS.deviceCount, 'PREVIEW_DEVICE_COUNT');
  const devices = deviceNames(deviceCount, env.PREVIEW_DEVICE_PREFIX ?? PREVIEW_DEFAULTS.devicePrefix);
  return {
    host,
    port,
    role,
    dataSource: {
      id: 1,
      uid: env.PREVIEW_DATASOURCE_UID ?? PREVIEW_DEFAULTS.datasourceUid,
      name: PREVIEW_DEFAULTS.datasourceName,
      type: 'iotlive-grpc-datasource',
      url: sidecarUrl,
      jsonData,
      secureJsonData,
    },
    dashboard: {
      timeSeriesTopic: env.PREVIEW_TIMESERIES_TOPIC ?? PREVIEW_DEFAULTS.timeSeriesTopic,
      statTopic: env.PREVIEW_STAT_TOPIC ?? PREVIEW_DEFAULTS.statTopic,
      tableTopic: env.PREVIEW_TABLE_TOPIC ?? PREVIEW_DEFAULTS.tableTopic,
      timeRangeMs: positiveInteger(env.PREVIEW_TIME_RANGE_MS, PREVIEW_DEFAULTS.timeRangeMs, 'PREVIEW_TIME_RANGE_MS'),
      variables: [{ name: 'device', label: 'Device', current: devices[0] ?? '', options: devices }],
    },
    upstreamTimeoutMs: positiveInteger(
      env.PREVIEW_UPSTREAM_TIMEOUT_MS,
      PREVIEW_DEFAULTS.upstreamTimeoutMs,
      'PREVIEW_UPSTREAM_TIMEOUT_MS'
    ),
    logLevel: env.LOG_LEVEL ?? PREVIEW_DEFAULTS.logLevel,
    subPath: normalizeSubPath(env.PREVIEW_SUB_PATH ?? ''),
  };
}

/**
 * "/grafana/" and "/grafana" become "/grafana", "" and "/" become "" (none). Refuses what Grafana's
 * root_url could not hold as a path: no leading slash, empty segments, dot segments, characters that
 * need escaping.
 */
export function normalizeSubPath(text: string): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  if (trimmed === '') {
    return '';
  }
  const segments = trimmed.split('/').slice(1);
  const valid =
    trimmed.startsWith('/') &&
    segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && !/^\.+$/.test(segment));
  if (!valid) {
    throw new Error(`PREVIEW_SUB_PATH must be a path such as /grafana (letters, digits, . _ ~ -), got "${text}"`);
  }
  return trimmed;
}

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${text}"`);
  }
  return value;
}
