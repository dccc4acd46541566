/** `npm run simulate:mqtt`: an MQTT fleet (plain devices and Sparkplug B edge nodes) until SIGINT/SIGTERM. */
import pino from 'pino';
import { createMqttSimulator } from './createMqttSimulator';
import { MQTT_SIMULATOR_USAGE, mqttSimulatorArgs } from './mqttSimulatorArgs';

function main(): void {
  const logger = pino({ name: 'iotlive-mqtt-simulator', level: process.env.LOG_LEVEL?.trim() || 'info' });
  let parsed;
  try {
    parsed = mqttSimulatorArgs(process.argv.slice(2), process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
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
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'mqtt simulator stopping');
    void simulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
