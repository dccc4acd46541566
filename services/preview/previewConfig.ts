/**
 * The preview host's settings: every default in one place, parsed from an environment-shaped record
 * (main.ts passes process.env; the local stack passes what it computed).
 */
import type { PreviewDashboard } from './shared/bootData';
import type { StoredDataSource } from './server/dataSourceStore';
import { ROLES, Role } from './server/pluginRoutes';
import { z } from 'zod';
import { ConfigError } from '../../common/errors/ConfigError';
import { parseListenAddress } from '../shared/config/listenAddress';
import { LOG_LEVEL_SETTING } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { Refusal, setting } from '../shared/config/setting';
import { envDuration, envEnum, envListen, envNumber, envText } from '../shared/config/settings';

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

const SUB_PATH_ALLOWED = 'a path such as /grafana (letters, digits, . _ ~ -)';

/** Every variable of the preview host; the defaults are PREVIEW_DEFAULTS. */
export const previewEnvSchema = z.object({
  PREVIEW_LISTEN: envListen({ default: PREVIEW_DEFAULTS.listen, description: 'address of the page' }),
  PREVIEW_SIDECAR_URL: setting({
    description: 'the datasource URL (where the proxy forwards)',
    allowed: 'an absolute URL',
    fallback: PREVIEW_DEFAULTS.sidecarUrl,
    parse: (text) => {
      if (!URL.canParse(text)) {
        throw new Refusal();
      }
      return text;
    },
  }),
  PREVIEW_API_KEY: envText({ verbatim: true, description: 'secureJsonData.apiKey, kept on the server' }),
  PREVIEW_COMMAND_KEY: envText({ verbatim: true, description: 'secureJsonData.commandKey, kept on the server' }),
  PREVIEW_JSON_DATA: setting<Record<string, unknown>>({
    description: "the datasource's jsonData, as JSON",
    allowed: 'a JSON object',
    fallback: {},
    docDefault: '{}',
    parse: (text) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Refusal();
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Refusal();
      }
      return parsed as Record<string, unknown>;
    },
  }),
  PREVIEW_DATASOURCE_UID: envText({ default: PREVIEW_DEFAULTS.datasourceUid, description: 'the datasource uid' }),
  PREVIEW_ROLE: envEnum(ROLES, { default: PREVIEW_DEFAULTS.role, description: "the page user's role" }),
  PREVIEW_TIMESERIES_TOPIC: envText({
    default: PREVIEW_DEFAULTS.timeSeriesTopic,
    description: "the time series panel's topic",
  }),
  PREVIEW_STAT_TOPIC: envText({ default: PREVIEW_DEFAULTS.statTopic, description: "the stat panel's topic" }),
  PREVIEW_TABLE_TOPIC: envText({ default: PREVIEW_DEFAULTS.tableTopic, description: "the table panel's topic" }),
  PREVIEW_DEVICE_COUNT: envNumber({
    default: PREVIEW_DEFAULTS.deviceCount,
    min: 1,
    description: 'how many values the device variable offers',
  }),
  PREVIEW_DEVICE_PREFIX: setting({
    description: 'the device id prefix of those values',
    allowed: 'text',
    fallback: PREVIEW_DEFAULTS.devicePrefix,
    verbatim: true,
    parse: (text) => text,
  }),
  PREVIEW_TIME_RANGE_MS: envDuration({
    default: PREVIEW_DEFAULTS.timeRangeMs,
    min: 1,
    description: "the dashboard's initial time range, ms",
  }),
  PREVIEW_UPSTREAM_TIMEOUT_MS: envDuration({
    default: PREVIEW_DEFAULTS.upstreamTimeoutMs,
    min: 1,
    description: 'how long the proxy waits for upstream response headers, ms',
  }),
  PREVIEW_SUB_PATH: setting({
    description: "Grafana's sub-path to serve everything under",
    allowed: SUB_PATH_ALLOWED,
    fallback: '',
    docDefault: null,
    parse: normalizeSubPath,
  }),
  LOG_LEVEL: LOG_LEVEL_SETTING,
});

/** Builds the configuration from environment variables; throws a ConfigError naming the invalid one. */
export function previewConfigFromEnv(env: Record<string, string | undefined>): PreviewConfig {
  const vars = parseSettings(previewEnvSchema, env);
  const { host, port } = parseListenAddress(vars.PREVIEW_LISTEN, 'PREVIEW_LISTEN');
  const secureJsonData: Record<string, string> = {};
  if (vars.PREVIEW_API_KEY) {
    secureJsonData.apiKey = vars.PREVIEW_API_KEY;
  }
  if (vars.PREVIEW_COMMAND_KEY) {
    secureJsonData.commandKey = vars.PREVIEW_COMMAND_KEY;
  }
  const devices = deviceNames(vars.PREVIEW_DEVICE_COUNT, vars.PREVIEW_DEVICE_PREFIX);
  return {
    host,
    port,
    role: vars.PREVIEW_ROLE,
    dataSource: {
      id: 1,
      uid: vars.PREVIEW_DATASOURCE_UID,
      name: PREVIEW_DEFAULTS.datasourceName,
      type: 'iotlive-grpc-datasource',
      url: vars.PREVIEW_SIDECAR_URL,
      jsonData: vars.PREVIEW_JSON_DATA,
      secureJsonData,
    },
    dashboard: {
      timeSeriesTopic: vars.PREVIEW_TIMESERIES_TOPIC,
      statTopic: vars.PREVIEW_STAT_TOPIC,
      tableTopic: vars.PREVIEW_TABLE_TOPIC,
      timeRangeMs: vars.PREVIEW_TIME_RANGE_MS,
      variables: [{ name: 'device', label: 'Device', current: devices[0] ?? '', options: devices }],
    },
    upstreamTimeoutMs: vars.PREVIEW_UPSTREAM_TIMEOUT_MS,
    logLevel: vars.LOG_LEVEL,
    subPath: vars.PREVIEW_SUB_PATH,
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
    throw new ConfigError('PREVIEW_SUB_PATH', SUB_PATH_ALLOWED, { value: text });
  }
  return trimmed;
}
