/** `npm run bridge`: reads the environment (docs/bridge.md), runs the MQTT bridge, stops on SIGTERM/SIGINT. */
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { configOrExit } from '../shared/config/configOrExit';
import { bridgeOptionsFromEnv } from './bridgeEnv';
import { MqttBridge } from './MqttBridge';
import { stopOnSignals } from '../shared/stopOnSignals';

function main(): void {
  const bootstrapLogger = pino({ name: 'iotlive-bridge' });
  const options = configOrExit(
    () => bridgeOptionsFromEnv(process.env, (file) => readFileSync(file, 'utf8')),
    (error) => bootstrapLogger.fatal({ error }, 'invalid configuration')
  );
  const logger = pino({ name: 'iotlive-bridge', level: options.logLevel });
  const bridge = new MqttBridge(options, logger);
  const described = {
    mqttUrl: options.mqttUrl.replace(/\/\/[^@/]*@/, '//***@'),
    clientId: options.clientId,
    protocol: options.protocolVersion === 5 ? 'MQTT 5' : 'MQTT 3.1.1',
    topics: options.topics,
    sparkplug: options.sparkplug,
    broker: options.brokerTarget,
  };
  bridge.start().then(
    () => logger.info(described, 'bridge running'),
    (err: Error) => logger.warn({ ...described, error: err.message }, 'MQTT not reachable yet; still trying')
  );
  const statsTimer =
    options.statsIntervalMs > 0
      ? setInterval(() => logger.info(bridge.stats(), 'bridge totals'), options.statsIntervalMs)
      : undefined;
  stopOnSignals(logger, {
    name: 'bridge',
    close: () => {
      clearInterval(statsTimer);
      return bridge.close();
    },
    fields: () => bridge.stats(),
  });
}

main();
