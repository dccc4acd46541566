/** `npm run broker`: reads the environment, starts the broker and its /metrics, stops on SIGTERM/SIGINT. */
import pino from 'pino';
import { version } from '../../package.json';
import { openAuthenticator, tokenAuthenticator } from './auth/Authenticator';
import { loadAuthFile } from './auth/authFile';
import { brokerConfigFromEnv } from './brokerConfig';
import { BrokerMetrics } from './BrokerMetrics';
import type { Bus } from './bus/Bus';
import { JetStreamBus } from './bus/jetstream/JetStreamBus';
import { busConfigFromEnv } from './busConfig';
import { createBrokerServer } from './createBrokerServer';
import { configOrExit } from '../shared/config/configOrExit';
import { startMetricsServer, type MetricsServer } from '../shared/metricsServer';
import { stopOnSignals } from '../shared/stopOnSignals';

async function main(): Promise<void> {
  const bootstrapLogger = pino({ name: 'iotlive-broker' });
  const { config, busConfig } = configOrExit(
    () => ({ config: brokerConfigFromEnv(process.env), busConfig: busConfigFromEnv(process.env) }),
    (error) => bootstrapLogger.fatal({ error }, 'invalid configuration')
  );
  const logger = pino({ name: 'iotlive-broker', level: config.logLevel });
  const auth = configOrExit(
    () => (config.authFile ? tokenAuthenticator(loadAuthFile(config.authFile)) : openAuthenticator()),
    (error) => logger.fatal({ error }, 'cannot load BROKER_AUTH_FILE')
  );
  let bus: Bus | undefined;
  if (busConfig.kind === 'jetstream') {
    try {
      bus = await JetStreamBus.connect({
        ...busConfig.options,
        maxReplay: config.server.maxReplay,
        maxMessageBytes: config.server.maxMessageBytes,
      });
    } catch (err) {
      logger.fatal({ error: (err as Error).message }, 'cannot start the JetStream bus');
      process.exit(1);
    }
  }
  const metrics = new BrokerMetrics({ defaultMetrics: true });
  const broker = createBrokerServer({ ...config.server, logger, auth, metrics, version, bus });
  let metricsServer: MetricsServer | undefined;
  try {
    const bound = await broker.listen(config.listen);
    if (config.metricsListen) {
      metricsServer = await startMetricsServer(metrics.registry, config.metricsListen);
      logger.info({ address: metricsServer.address, url: metricsServer.url }, 'metrics listening');
    }
    logger.info(
      { address: bound.address, port: bound.port, version, bus: broker.bus.kind, auth: auth.open ? 'open' : 'tokens' },
      'broker listening'
    );
  } catch (err) {
    // A bind failure (address in use, no such interface) is the operator's to fix: its message, no stack.
    logger.fatal(
      { error: (err as Error).message, listen: config.listen, metricsListen: config.metricsListen },
      'cannot start the broker'
    );
    await broker.close();
    await metricsServer?.close();
    process.exit(1);
  }

  stopOnSignals(logger, { name: 'broker', close: () => Promise.all([broker.close(), metricsServer?.close()]) });
}

void main();
