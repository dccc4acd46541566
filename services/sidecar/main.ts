/** `npm run sidecar`: the sidecar configured from the environment, with graceful shutdown on SIGTERM/SIGINT. */
import { readFileSync } from 'node:fs';
import { configOrExit } from '../shared/config/configOrExit';
import { logLevelEnvSchema } from '../shared/config/logLevel';
import { parseSettings } from '../shared/config/parseSettings';
import { optionsFromEnv } from './env';
import { createLogger } from './logger';
import { createSidecar } from './sidecar';
import { stopOnSignals } from '../shared/stopOnSignals';

async function main(): Promise<void> {
  // The logger comes before the rest of the configuration, so that it can report it.
  const { LOG_LEVEL: level } = configOrExit(
    () => parseSettings(logLevelEnvSchema, process.env),
    (message) => process.stderr.write(`sidecar cannot start: ${message}\n`)
  );
  const logger = createLogger(level);
  const { sidecar, insecureAsked } = configOrExit(
    () => {
      const input = optionsFromEnv(process.env, (path) => readFileSync(path, 'utf8'));
      return { sidecar: createSidecar({ ...input, logger }), insecureAsked: input.insecure === true };
    },
    (message) => logger.fatal({ err: message }, 'sidecar cannot start')
  );
  if (sidecar.options.insecure) {
    logger.warn('SIDECAR_INSECURE=1: every request is accepted without a key; use this for local development only');
  } else if (insecureAsked) {
    logger.warn('SIDECAR_INSECURE=1 is ignored: API keys are configured, so every request needs one of them');
  }
  stopOnSignals(logger, {
    name: 'sidecar',
    close: () => sidecar.close(),
    deadlineMs: sidecar.options.timeouts.shutdownMs + 2_000,
  });
  try {
    await sidecar.listen();
  } catch (err) {
    logger.fatal(
      { err: (err as Error).message, listen: sidecar.options.listen, metricsListen: sidecar.options.metricsListen },
      'sidecar cannot listen'
    );
    await sidecar.close();
    process.exitCode = 1;
  }
}

void main();
