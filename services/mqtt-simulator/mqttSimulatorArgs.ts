/** Parses `npm run simulate:mqtt -- --url U --devices N --nodes K --rate HZ` into MQTT simulator options. */
import { z } from 'zod';
import { parseFlags, parseSettings } from '../shared/config/parseSettings';
import { envNumber, envText } from '../shared/config/settings';
import { formatUsage } from '../shared/config/usage';

export interface MqttSimulatorOptions {
  url: string;
  devices: number;
  nodes: number;
  rateHz: number;
}

/** The MQTT broker when neither --url nor MQTT_SIM_URL names one. */
export const DEFAULT_MQTT_URL = 'mqtt://127.0.0.1:1883';

export const mqttSimulatorFlagsSchema = z.object({
  url: envText({ docDefault: `$MQTT_SIM_URL or ${DEFAULT_MQTT_URL}`, description: 'the MQTT broker' }),
  devices: envNumber({
    default: 3,
    description: 'plain MQTT devices publishing JSON and numbers under devices/<id>/…',
  }),
  nodes: envNumber({ default: 1, description: 'Sparkplug B edge nodes (group Plant1, two devices each)' }),
  rate: envNumber({
    default: 1,
    whole: false,
    exclusiveMin: true,
    description: 'messages per second per device and per Sparkplug device',
  }),
});

/** The variable --url falls back to. */
export const mqttSimulatorEnvSchema = z.object({
  MQTT_SIM_URL: envText({ default: DEFAULT_MQTT_URL, description: 'the MQTT broker, when --url is not given' }),
});

export const MQTT_SIMULATOR_USAGE = formatUsage(
  'npm run simulate:mqtt -- [--url mqtt://host:port] [--devices N] [--nodes K] [--rate HZ]',
  mqttSimulatorFlagsSchema
);

/** The options from the command line and the environment; `help` when --help was asked. */
export function mqttSimulatorArgs(
  argv: string[],
  env: Record<string, string | undefined>
): { help: boolean; options: MqttSimulatorOptions } {
  const { help, values } = parseFlags(mqttSimulatorFlagsSchema, argv, MQTT_SIMULATOR_USAGE);
  return {
    help,
    options: {
      url: values.url ?? parseSettings(mqttSimulatorEnvSchema, env).MQTT_SIM_URL,
      devices: values.devices,
      nodes: values.nodes,
      rateHz: values.rate,
    },
  };
}
