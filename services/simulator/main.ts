/** `npm run simulate -- --devices N --rate HZ`: runs a fleet until SIGINT/SIGTERM, logging totals. */
import pino from 'pino';
import { configOrExit } from '../shared/config/configOrExit';
import { logLevelEnvSchema } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { simulatorArgs, USAGE } from './cliArgs';
import { createSimulator, defaultSimulatorOptions } from './createSimulator';
import { stopOnSignals } from '../shared/stopOnSignals';

const STATS_INTERVAL_MS = 10_000;

function main(): void {
  const parsed = configOrExit(
    () => ({ ...simulatorArgs(process.argv.slice(2), process.env), ...parseSettings(logLevelEnvSchema, process.env) }),
    (message) => process.stderr.write(`${message}\n`)
  );
  const logger = pino({ name: 'iotlive-simulator', level: parsed.LOG_LEVEL });
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const simulator = createSimulator({ ...parsed.options, logger });
  simulator.start();
  const given = Object.fromEntries(Object.entries(parsed.options).filter(([, value]) => value !== undefined));
  const { rateHz, target, site, batch } = { ...defaultSimulatorOptions(), ...given };
  const devices = simulator.devices.length;
  logger.info({ devices, rateHz, target, site, batch }, 'simulator started');
  simulator.ready(30_000).then(
    () => logger.info({ devices }, 'every device registered'),
    (err: Error) => logger.warn({ error: err.message }, 'not every device registered yet; still retrying')
  );
  const statsTimer = setInterval(() => logger.info(simulator.stats(), 'simulator totals'), STATS_INTERVAL_MS);
  stopOnSignals(logger, {
    name: 'simulator',
    close: () => {
      clearInterval(statsTimer);
      return simulator.stop();
    },
    fields: () => simulator.stats(),
  });
}

main();
