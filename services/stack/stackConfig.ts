/**
 * The local stack's settings: each service's address, the simulated fleet, the dev API key and the
 * build policy, with every default in one place (docs/running.md lists them).
 */
import { randomBytes } from 'node:crypto';
import { parseListenAddress } from '../shared/listenAddress';

/** Everything `npm start` needs. */
export interface StackConfig {
  brokerListen: string;
  /** host:port for the broker's /metrics, or "off". */
  brokerMetricsListen: string;
  sidecarListen: string;
  /** host:port for the sidecar's /metrics, or "off". */
  sidecarMetricsListen: string;
  previewListen: string;
  devices: number;
  rateHz: number;
  /** The sidecar's one key (every right), which the preview injects; generated per run unless given. */
  apiKey: string;
  apiKeyGenerated: boolean;
  /** "missing" builds only what does not exist; "always" rebuilds; "never" fails when something is missing. */
  build: 'missing' | 'always' | 'never';
  logLevel: string;
  /**
   * MQTT devices through the bridge: "off"; "local" starts a private Mosquitto on a free port; an
   * mqtt:// URL uses that broker. With either of the last two, the bridge and the MQTT simulator run.
   */
  mqtt: 'off' | 'local' | { url: string };
  /**
   * How the demo datasource reaches the broker: "backend" runs the built plugin backend and streams
   * through the preview's Grafana Live; "sidecar" through the sidecar's WebSocket; "auto" (default)
   * is backend when the build has an executable for this machine, else sidecar.
   */
  transport: 'auto' | 'backend' | 'sidecar';
  /** The environment children start from (PATH, HOME…); stack variables are set on top. */
  baseEnv: Record<string, string | undefined>;
}

/** The documented defaults. */
export const STACK_DEFAULTS = {
  brokerListen: '127.0.0.1:50051',
  brokerMetricsListen: '127.0.0.1:9464',
  sidecarListen: '127.0.0.1:8080',
  sidecarMetricsListen: '127.0.0.1:9465',
  previewListen: '127.0.0.1:3001',
  devices: 20,
  rateHz: 5,
  build: 'missing' as const,
  logLevel: 'info',
};

// Variables the stack sets for its children; inherited values must not leak into the wrong service.
const STACK_OWNED = [
  'BROKER_LISTEN',
  'BROKER_METRICS_LISTEN',
  'BROKER_TARGET',
  'SIDECAR_LISTEN',
  'SIDECAR_METRICS_LISTEN',
  'SIDECAR_API_KEY',
  'SIDECAR_AUTH_FILE',
  'SIDECAR_INSECURE',
  'PREVIEW_LISTEN',
  'PREVIEW_SIDECAR_URL',
  'PREVIEW_API_KEY',
  'PREVIEW_COMMAND_KEY',
  'BRIDGE_MQTT_URL',
  'MQTT_SIM_URL',
];

/** A random key for one development run, e.g. "dev-3f9a…". */
export function generateDevKey(): string {
  return `dev-${randomBytes(16).toString('hex')}`;
}

/** Reads the stack settings from an environment record; throws naming the invalid variable. */
export function stackConfigFromEnv(env: Record<string, string | undefined>): StackConfig {
  const brokerListen = listen(env, 'BROKER_LISTEN', STACK_DEFAULTS.brokerListen);
  const sidecarListen = listen(env, 'SIDECAR_LISTEN', STACK_DEFAULTS.sidecarListen);
  const previewListen = listen(env, 'PREVIEW_LISTEN', STACK_DEFAULTS.previewListen);
  const brokerMetricsListen = listenOrOff(env, 'BROKER_METRICS_LISTEN', STACK_DEFAULTS.brokerMetricsListen);
  const sidecarMetricsListen = listenOrOff(env, 'SIDECAR_METRICS_LISTEN', STACK_DEFAULTS.sidecarMetricsListen);
  const build = (env.STACK_BUILD?.trim() || STACK_DEFAULTS.build) as StackConfig['build'];
  if (!['missing', 'always', 'never'].includes(build)) {
    throw new Error(`STACK_BUILD must be missing, always or never, got "${build}"`);
  }
  const givenKey = env.SIDECAR_API_KEY?.trim();
  const baseEnv = { ...env };
  for (const name of STACK_OWNED) {
    delete baseEnv[name];
  }
  return {
    brokerListen,
    brokerMetricsListen,
    sidecarListen,
    sidecarMetricsListen,
    previewListen,
    devices: positive(env.SIMULATOR_DEVICES, STACK_DEFAULTS.devices, 'SIMULATOR_DEVICES', true),
    rateHz: positive(env.SIMULATOR_RATE, STACK_DEFAULTS.rateHz, 'SIMULATOR_RATE', false),
    apiKey: givenKey || generateDevKey(),
    apiKeyGenerated: !givenKey,
    build,
    logLevel: env.LOG_LEVEL?.trim() || STACK_DEFAULTS.logLevel,
    mqtt: mqttMode(env.STACK_MQTT),
    transport: transportMode(env.STACK_TRANSPORT),
    baseEnv,
  };
}

function listen(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  parseListenAddress(value, name);
  return value;
}

function listenOrOff(env: Record<string, string | undefined>, name: string, fallback: string): string {
  return env[name]?.trim() === 'off' ? 'off' : listen(env, name, fallback);
}

function positive(text: string | undefined, fallback: number, name: string, integer: boolean): number {
  if (text === undefined || text.trim() === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'whole number' : 'number'}, got "${text}"`);
  }
  return value;
}

/** STACK_TRANSPORT: auto (default), backend or sidecar. */
function transportMode(text: string | undefined): StackConfig['transport'] {
  const value = text?.trim().toLowerCase() || 'auto';
  if (value !== 'auto' && value !== 'backend' && value !== 'sidecar') {
    throw new Error(`STACK_TRANSPORT must be auto, backend or sidecar, got "${text}"`);
  }
  return value;
}

/** STACK_MQTT: off (default), 1/on/local, or the mqtt:// (mqtts://, ws://, wss://) URL of a broker to use. */
function mqttMode(text: string | undefined): StackConfig['mqtt'] {
  const value = text?.trim() ?? '';
  if (['', '0', 'off', 'false', 'no'].includes(value.toLowerCase())) {
    return 'off';
  }
  if (['1', 'on', 'true', 'yes', 'local'].includes(value.toLowerCase())) {
    return 'local';
  }
  if (/^(mqtts?|wss?):\/\/[^/]+/.test(value)) {
    return { url: value };
  }
  throw new Error(`STACK_MQTT must be off, local or an mqtt:// URL, got "${value}"`);
}

/** The table panel's topic when the MQTT bridge runs: the Sparkplug devices it bridges. */
export const BRIDGED_TABLE_TOPIC = 'sparkplug/#';

/**
 * Preview settings the stack chooses: with the MQTT bridge on, the demo dashboard's table shows the
 * bridged Sparkplug devices, unless PREVIEW_TABLE_TOPIC says otherwise.
 */
export function stackPreviewEnv(config: StackConfig): Record<string, string> {
  if (config.mqtt === 'off' || config.baseEnv.PREVIEW_TABLE_TOPIC !== undefined) {
    return {};
  }
  return { PREVIEW_TABLE_TOPIC: BRIDGED_TABLE_TOPIC };
}

/**
 * The demo datasource's settings in backend mode: the plugin backend reaches the stack's broker
 * itself (which needs no token), unless PREVIEW_JSON_DATA says otherwise.
 */
export function backendModePreviewEnv(config: StackConfig, brokerTarget: string): Record<string, string> {
  if (config.baseEnv.PREVIEW_JSON_DATA !== undefined) {
    return {};
  }
  return { PREVIEW_JSON_DATA: JSON.stringify({ transport: 'backend', brokerAddress: brokerTarget }) };
}
