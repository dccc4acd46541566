/** Parses `npm run simulate -- --devices N --rate HZ ...` into simulator options. */
import { parseArgs } from 'node:util';
import type { SimulatorOptions } from './createSimulator';

export const USAGE = `usage: npm run simulate -- [--devices N] [--rate HZ] [--target host:port] [--token T] [--site S] [--batch K] [--prefix P]
  --devices   how many devices (default 10)
  --rate      samples per second per device (default 1)
  --target    the broker (default $BROKER_TARGET or 127.0.0.1:50051)
  --token     bearer token with the "device" permission (default $BROKER_TOKEN)
  --site      site name in topics site/<site>/device/<id>/<signal> (default lab)
  --batch     samples per telemetry batch (default 1)
  --prefix    device id prefix (default sim-)`;

function positiveNumber(name: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new RangeError(`--${name} must be a positive ${integer ? 'whole number' : 'number'}, got "${raw}"\n${USAGE}`);
  }
  return value;
}

/** The options given on the command line and in the environment; `help` when --help was asked. */
export function simulatorArgs(
  argv: string[],
  env: NodeJS.ProcessEnv
): { help: boolean; options: Partial<SimulatorOptions> } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      devices: { type: 'string' },
      rate: { type: 'string' },
      target: { type: 'string' },
      token: { type: 'string' },
      site: { type: 'string' },
      batch: { type: 'string' },
      prefix: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    help: values.help === true,
    options: {
      devices: positiveNumber('devices', values.devices, true),
      rateHz: positiveNumber('rate', values.rate, false),
      batch: positiveNumber('batch', values.batch, true),
      target: values.target ?? (env.BROKER_TARGET?.trim() || undefined),
      token: values.token ?? (env.BROKER_TOKEN?.trim() || undefined),
      site: values.site,
      idPrefix: values.prefix,
    },
  };
}
