/**
 * The go-plugin handshake as Grafana's plugin client runs it: the magic cookie proves Grafana started
 * us, PLUGIN_PROTOCOL_VERSIONS lists what it speaks (we speak 2), PLUGIN_MIN_PORT..PLUGIN_MAX_PORT bound
 * the port, and the first stdout line tells it where to connect.
 */
import { z } from 'zod';
import { ConfigError } from '../../../common/errors/ConfigError';
import { ValidationError } from '../../../common/errors/errors';
import { parseSettings } from '../../shared/config/parseSettings';
import { envNumber } from '../../shared/config/settings';

export const MAGIC_COOKIE_KEY = 'grafana_plugin_type';
export const MAGIC_COOKIE_VALUE = 'datasource';
/** go-plugin's own protocol version (the first number of the handshake line). */
export const CORE_PROTOCOL_VERSION = 1;
/** Grafana's plugin protocol version: pluginv2. */
export const APP_PROTOCOL_VERSION = 2;
/** go-plugin's defaults when the host sets no range. */
export const DEFAULT_PORT_RANGE = { min: 10_000, max: 25_000 } as const;

export interface HandshakePlan {
  minPort: number;
  maxPort: number;
}

/** The port range Grafana gives; go-plugin's range when it gives none. */
export const portRangeEnvSchema = z.object({
  PLUGIN_MIN_PORT: envNumber({
    default: DEFAULT_PORT_RANGE.min,
    min: 1,
    max: 65_535,
    description: 'lowest port to bind',
  }),
  PLUGIN_MAX_PORT: envNumber({
    default: DEFAULT_PORT_RANGE.max,
    min: 1,
    max: 65_535,
    description: 'highest port to bind',
  }),
});

/**
 * Checks what Grafana put in the environment; throws a ValidationError whose message says what is
 * wrong when the process was not started by a Grafana that speaks pluginv2.
 */
export function planHandshake(env: NodeJS.ProcessEnv): HandshakePlan {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new ValidationError(
      `This is the IoT Live plugin's backend: Grafana starts it (the environment lacks ${MAGIC_COOKIE_KEY}=${MAGIC_COOKIE_VALUE}). ` +
        'Install the plugin in Grafana instead of running this file directly.'
    );
  }
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (offered.length > 0 && !offered.includes(String(APP_PROTOCOL_VERSION))) {
    throw new ValidationError(
      `Grafana offers plugin protocol versions ${offered.join(', ')}; this backend speaks ${APP_PROTOCOL_VERSION}. Use Grafana 12.4 or later.`
    );
  }
  const { PLUGIN_MIN_PORT: minPort, PLUGIN_MAX_PORT: maxPort } = parseSettings(portRangeEnvSchema, env);
  if (minPort > maxPort) {
    throw new ConfigError('PLUGIN_MIN_PORT', `at most PLUGIN_MAX_PORT (${maxPort})`, {
      value: String(minPort),
      problem: `is above PLUGIN_MAX_PORT (${maxPort})`,
    });
  }
  return { minPort, maxPort };
}

/** The one stdout line Grafana waits for: core version | app version | network | address | protocol. */
export function handshakeLine(host: string, boundPort: number): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|${host}:${boundPort}|grpc\n`;
}
