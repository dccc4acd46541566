/** Parses `npm run simulate -- --devices N --rate HZ ...` into simulator options. */
import { z } from 'zod';
import { parseFlags, parseSettings } from '../shared/config/parseSettings';
import { envNumber, envText } from '../shared/config/settings';
import { formatUsage } from '../shared/config/usage';
import { defaultSimulatorOptions, type SimulatorOptions } from './createSimulator';

const defaults = defaultSimulatorOptions();

/**
 * The flags; an absent one stays undefined so createSimulator() applies its default, which the
 * usage shows.
 */
export const simulatorFlagsSchema = z.object({
  devices: envNumber({ min: 1, docDefault: String(defaults.devices), description: 'how many devices' }),
  rate: envNumber({
    whole: false,
    exclusiveMin: true,
    docDefault: String(defaults.rateHz),
    description: 'samples per second per device',
  }),
  target: envText({ docDefault: `$BROKER_TARGET or ${defaults.target}`, description: 'the broker' }),
  token: envText({ docDefault: '$BROKER_TOKEN', description: 'bearer token with the "device" permission' }),
  site: envText({ docDefault: defaults.site, description: 'site name in topics site/<site>/device/<id>/<signal>' }),
  batch: envNumber({ min: 1, docDefault: String(defaults.batch), description: 'samples per telemetry batch' }),
  prefix: envText({ docDefault: defaults.idPrefix, description: 'device id prefix' }),
});

/** The variables the flags fall back to. */
export const simulatorEnvSchema = z.object({
  BROKER_TARGET: envText({ description: 'the broker, when --target is not given' }),
  BROKER_TOKEN: envText({ description: 'the bearer token, when --token is not given' }),
});

export const USAGE = formatUsage(
  'npm run simulate -- [--devices N] [--rate HZ] [--target host:port] [--token T] [--site S] [--batch K] [--prefix P]',
  simulatorFlagsSchema
);

/** The options given on the command line and in the environment; `help` when --help was asked. */
export function simulatorArgs(
  argv: string[],
  env: NodeJS.ProcessEnv
): { help: boolean; options: Partial<SimulatorOptions> } {
  const { help, values } = parseFlags(simulatorFlagsSchema, argv, USAGE);
  const vars = parseSettings(simulatorEnvSchema, env);
  return {
    help,
    options: {
      devices: values.devices,
      rateHz: values.rate,
      batch: values.batch,
      target: values.target ?? vars.BROKER_TARGET,
      token: values.token ?? vars.BROKER_TOKEN,
      site: values.site,
      idPrefix: values.prefix,
    },
  };
}
