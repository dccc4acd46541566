/** Parses `npm run simulate:mqtt -- --url U --devices N --nodes K --rate HZ` into MQTT simulator options. */
import { parseArgs } from 'node:util';

export const MQTT_SIMULATOR_USAGE = `usage: npm run simulate:mqtt -- [--url mqtt://host:port] [--devices N] [--nodes K] [--rate HZ]
  --url      the MQTT broker (default $MQTT_SIM_URL or mqtt://127.0.0.1:1883)
  --devices  plain MQTT devices publishing JSON and numbers under devices/<id>/… (default 3)
  --nodes    Sparkplug B edge nodes (group Plant1, two devices each) (default 1)
  --rate     messages per second per device and per Sparkplug device (default 1)`;

export interface MqttSimulatorOptions {
  url: string;
  devices: number;
  nodes: number;
  rateHz: number;
}

function count(name: string, raw: string | undefined, fallback: number, allowZero: boolean, integer = true): number {
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `--${name} must be a ${allowZero ? 'non-negative' : 'positive'} ${integer ? 'whole ' : ''}number, got "${raw}"\n${MQTT_SIMULATOR_USAGE}`
    );
  }
  return value;
}

/** The options from the command line and the environment; `help` when --help was asked. */
export function mqttSimulatorArgs(
  argv: string[],
  env: Record<string, string | undefined>
): { help: boolean; options: MqttSimulatorOptions } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      url: { type: 'string' },
      devices: { type: 'string' },
      nodes: { type: 'string' },
      rate: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    help: values.help === true,
    options: {
      url: values.url ?? (env.MQTT_SIM_URL?.trim() || 'mqtt://127.0.0.1:1883'),
      devices: count('devices', values.devices, 3, true),
      nodes: count('nodes', values.nodes, 1, true),
      rateHz: count('rate', values.rate, 1, false, false),
    },
  };
}
