/**
 * The local stack's settings: each service's address, the simulated fleet, the dev API key and the
 * build policy, with every default in one place (docs/running.md lists them).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { brokerEnvSchema } from '../broker/brokerConfig';
import { previewEnvSchema } from '../preview/previewConfig';
import { LOG_LEVEL_SETTING } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { Refusal, setting } from '../shared/config/setting';
import { envEnum, envNumber, envText } from '../shared/config/settings';
import { sidecarEnvSchema } from '../sidecar/env';

const MQTT_MODES_ALLOWED = 'off, local or an mqtt:// URL';
const TRANSPORTS = ['auto', 'backend', 'sidecar'] as const;
const TRANSPORTS_ALLOWED = TRANSPORTS.join(', ').replace(/, (?=[^,]*$)/, ' or ');

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

const listens = {
  BROKER_LISTEN: brokerEnvSchema.shape.BROKER_LISTEN,
  BROKER_METRICS_LISTEN: brokerEnvSchema.shape.BROKER_METRICS_LISTEN,
  SIDECAR_LISTEN: sidecarEnvSchema.shape.SIDECAR_LISTEN,
  SIDECAR_METRICS_LISTEN: sidecarEnvSchema.shape.SIDECAR_METRICS_LISTEN,
  PREVIEW_LISTEN: previewEnvSchema.shape.PREVIEW_LISTEN,
};

/** The documented defaults: the services' own addresses, and a larger, faster fleet than the simulator's. */
export const STACK_DEFAULTS = {
  brokerListen: listens.BROKER_LISTEN.parse(undefined),
  brokerMetricsListen: listens.BROKER_METRICS_LISTEN.parse(undefined),
  sidecarListen: listens.SIDECAR_LISTEN.parse(undefined),
  sidecarMetricsListen: listens.SIDECAR_METRICS_LISTEN.parse(undefined),
  previewListen: listens.PREVIEW_LISTEN.parse(undefined),
  devices: 20,
  rateHz: 5,
  build: 'missing' as const,
  transport: 'auto' as const,
  logLevel: 'info',
};

/** Every variable `npm start` reads itself; the listen addresses are the services' own settings. */
export const stackEnvSchema = z.object({
  ...listens,
  SIDECAR_API_KEY: envText({
    description: "the sidecar's one key, with every right; generated per run unless given",
  }),
  SIMULATOR_DEVICES: envNumber({ default: STACK_DEFAULTS.devices, min: 1, description: 'how many simulated devices' }),
  SIMULATOR_RATE: envNumber({
    default: STACK_DEFAULTS.rateHz,
    whole: false,
    exclusiveMin: true,
    description: 'samples per second per device',
  }),
  STACK_MQTT: setting<StackConfig['mqtt']>({
    description: 'MQTT devices through the bridge: off, local, or the URL of an MQTT broker',
    allowed: MQTT_MODES_ALLOWED,
    fallback: 'off',
    parse: mqttMode,
  }),
  STACK_TRANSPORT: setting<StackConfig['transport']>({
    description: 'how the demo datasource streams: auto, backend (Grafana Live) or sidecar',
    allowed: TRANSPORTS_ALLOWED,
    fallback: STACK_DEFAULTS.transport,
    parse: transportMode,
  }),
  STACK_BUILD: envEnum(['missing', 'always', 'never'], {
    default: STACK_DEFAULTS.build,
    description: 'missing, always or never build before starting',
  }),
  LOG_LEVEL: LOG_LEVEL_SETTING,
});

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

/** Reads the stack settings from an environment record; throws a ConfigError naming the invalid variable. */
export function stackConfigFromEnv(env: Record<string, string | undefined>): StackConfig {
  const vars = parseSettings(stackEnvSchema, env);
  const baseEnv = { ...env };
  for (const name of STACK_OWNED) {
    delete baseEnv[name];
  }
  return {
    brokerListen: vars.BROKER_LISTEN,
    brokerMetricsListen: vars.BROKER_METRICS_LISTEN,
    sidecarListen: vars.SIDECAR_LISTEN,
    sidecarMetricsListen: vars.SIDECAR_METRICS_LISTEN,
    previewListen: vars.PREVIEW_LISTEN,
    devices: vars.SIMULATOR_DEVICES,
    rateHz: vars.SIMULATOR_RATE,
    apiKey: vars.SIDECAR_API_KEY ?? generateDevKey(),
    apiKeyGenerated: vars.SIDECAR_API_KEY === undefined,
    build: vars.STACK_BUILD,
    logLevel: vars.LOG_LEVEL,
    mqtt: vars.STACK_MQTT,
    transport: vars.STACK_TRANSPORT,
    baseEnv,
  };
}

/** STACK_MQTT: off (default), 1/on/local, or the mqtt:// (mqtts://, ws://, wss://) URL of a broker to use. */
function mqttMode(value: string): StackConfig['mqtt'] {
  if (['0', 'off', 'false', 'no'].includes(value.toLowerCase())) {
    return 'off';
  }
  if (['1', 'on', 'true', 'yes', 'local'].includes(value.toLowerCase())) {
    return 'local';
  }
  if (/^(mqtts?|wss?):\/\/[^/]+/.test(value)) {
    return { url: value };
  }
  // Said as "STACK_MQTT must be …, got …", like a flag, since `npm start -- --mqtt` sets it too.
  throw new Refusal(`must be ${MQTT_MODES_ALLOWED}, got "${value}"`, false);
}

function transportMode(value: string): StackConfig['transport'] {
  const word = value.toLowerCase() as StackConfig['transport'];
  if (!TRANSPORTS.includes(word)) {
    throw new Refusal(`must be ${TRANSPORTS_ALLOWED}, got "${value}"`, false);
  }
  return word;
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
