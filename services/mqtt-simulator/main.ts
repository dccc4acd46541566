/** `npm run simulate:mqtt`: an MQTT fleet (plain devices and Sparkplug B edge nodes) until SIGINT/SIGTERM. */
import pino from 'pino';
import { configOrExit } from '../shared/config/configOrExit';
import { logLevelEnvSchema } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { createMqttSimulator } from './createMqttSimulator';
import { MQTT_SIMULATOR_USAGE, mqttSimulatorArgs } from './mqttSimulatorArgs';
import { stopOnSignals } from '../shared/stopOnSignals';

function main(): void {
  const parsed = configOrExit(
    () => ({
      ...mqttSimulatorArgs(process.argv.slice(2), process.env),
      ...parseSettings(logLevelEnvSchema, process.env),
    }),
    (message) => process.stderr.write(`${message}\n`)
  );
  const logger = pino({ name: 'iotlive-mqtt-simulator', level: parsed.LOG_LEVEL });
  if (parsed.help) {
    process.stdout.write(`${MQTT_SIMULATOR_USAGE}\n`);
    return;
  }
  const { options } = parsed;
  const simulator = createMqttSimulator(options);
  simulator.start().then(
    () => logger.info({ ...options }, 'mqtt simulator started'),
    (err: Error) => {
      logger.fatal({ url: options.url, error: err.message }, 'cannot reach the MQTT broker');
      process.exit(1);
    }
  );
  stopOnSignals(logger, { name: 'mqtt simulator', close: () => simulator.stop() });
}

main();
