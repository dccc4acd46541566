/** `npm run simulate -- --devices N --rate HZ`: runs a fleet until SIGINT/SIGTERM, logging totals. */
import pino from 'pino';
import { simulatorArgs, USAGE } from './cliArgs';
import { createSimulator } from './createSimulator';

const STATS_INTERVAL_MS = 10_000;

function main(): void {
  const logger = pino({ name: 'iotlive-simulator', level: process.env.LOG_LEVEL?.trim() || 'info' });
  let parsed;
  try {
    parsed = simulatorArgs(process.argv.slice(2), process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const simulator = createSimulator({ ...parsed.options, logger });
  simulator.start();
  const { devices, rateHz, target, site, batch } = { devices: simulator.devices.length, ...parsed.options };
  logger.info(
    { devices, rateHz: rateHz ?? 1, target: target ?? '127.0.0.1:50051', site: site ?? 'lab', batch: batch ?? 1 },
    'simulator started'
  );
  simulator.ready(30_000).then(
    () => logger.info({ devices }, 'every device registered'),
    (err: Error) => logger.warn({ error: err.message }, 'not every device registered yet; still retrying')
  );
  const statsTimer = setInterval(() => logger.info(simulator.stats(), 'simulator totals'), STATS_INTERVAL_MS);
  const stop = (signal: NodeJS.Signals) => {
    clearInterval(statsTimer);
    logger.info({ signal, ...simulator.stats() }, 'simulator stopping');
    void simulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
