/**
 * The executable Grafana starts (gpx_iotlive_<os>_<arch>): checks the handshake environment, serves
 * pluginv2 on a loopback port within Grafana's range, prints the handshake line as the only stdout
 * output, logs hclog JSON to stderr, and exits cleanly when Grafana stops it.
 */
import * as grpc from '@grpc/grpc-js';
import { isIoTError } from '../../common/errors/errors';
import packageJson from '../../package.json';
import { createBackendServer } from './createBackendServer';
import { bindInRange, LOOPBACK_HOST } from './handshake/bindInRange';
import { handshakeLine, planHandshake } from './handshake/handshake';
import { createHclogLogger } from './hclogLogger';

/** How long in-flight calls may finish after Grafana asks the backend to stop. */
const SHUTDOWN_GRACE_MS = 2_000;

async function main(): Promise<void> {
  const logger = createHclogLogger(process.env.GF_PLUGIN_IOTLIVE_LOG_LEVEL || 'info');
  // Stdout belongs to the handshake; anything a library prints goes to stderr instead.
  console.log = console.error;
  console.info = console.error;
  // grpc-js's own diagnostics become hclog lines too, so Grafana keeps one log format per plugin.
  grpc.setLogger({ error: (...args: unknown[]) => logger.debug({ grpc: args.map(String).join(' ') }, 'grpc-js') });

  let plan;
  try {
    plan = planHandshake(process.env);
  } catch (err) {
    process.stderr.write(`${isIoTError(err) ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return;
  }

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ reason }, 'plugin backend stopping');
    const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS + 1_000);
    force.unref();
    void backend.close(SHUTDOWN_GRACE_MS).then(() => process.exit(0));
  };
  const backend = createBackendServer({
    logger,
    version: packageJson.version,
    onShutdownRequest: () => stop('host requested shutdown'),
  });
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  let port: number;
  try {
    port = await bindInRange(backend.grpcServer, plan);
  } catch (err) {
    logger.error({ error: (err as Error).message }, 'plugin backend cannot listen');
    await backend.close(0);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(handshakeLine(LOOPBACK_HOST, port));
  logger.info({ port, version: packageJson.version, node: process.version }, 'plugin backend serving');
}

void main();
