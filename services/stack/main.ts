/**
 * `npm start`: builds what is missing, starts broker, simulator, sidecar and preview host, prints
 * where they are, and stops them all on Ctrl-C or SIGTERM. Environment variables are listed in
 * docs/running.md.
 */
import { resolve } from 'node:path';
import { configOrExit } from '../shared/config/configOrExit';
import { ensureBuilt } from './ensureBuilt';
import { formatLogLine, isShown } from './serviceLogLine';
import { stackConfigFromEnv } from './stackConfig';
import { LocalStack, startStack } from './startStack';

const repoRoot = resolve(__dirname, '..', '..');
const SHUTDOWN_DEADLINE_MS = 20_000;
const DUPLICATE_SIGNAL_WINDOW_MS = 1500;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  // `npm start -- --mqtt` is STACK_MQTT=local.
  const mqttFlag = process.argv.includes('--mqtt') ? { STACK_MQTT: 'local' } : {};
  const config = configOrExit(
    () => stackConfigFromEnv({ ...process.env, ...mqttFlag }),
    (message) => say(`npm start: ${message}`)
  );

  const aborter = new AbortController();
  let stack: LocalStack | undefined;
  let stopping = false;
  let stopStartedAt = 0;
  const stop = async (reason: string, code: number) => {
    if (stopping) {
      // `npm start` runs under npm and tsx, which pass Ctrl-C on as well: a signal right after the
      // first is the same Ctrl-C. A later one means "now"; children then stop themselves (exitWithParent).
      if (Date.now() - stopStartedAt > DUPLICATE_SIGNAL_WINDOW_MS) {
        say('stopping immediately');
        process.exit(code || 130);
      }
      return;
    }
    stopping = true;
    stopStartedAt = Date.now();
    say(`\n${reason}: stopping the stack…`);
    aborter.abort();
    const force = setTimeout(() => {
      say(`the stack did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    force.unref();
    await stack?.close();
    say('stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('Ctrl-C', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  try {
    await ensureBuilt(repoRoot, config.build, say, aborter.signal);
  } catch (error) {
    if (!stopping) {
      say(`npm start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    return;
  }
  if (stopping) {
    return;
  }

  say(`starting broker, ${config.devices} simulated devices at ${config.rateHz} Hz, sidecar and preview host…`);
  try {
    stack = await startStack({
      config,
      repoRoot,
      onLine: (service, line) => {
        if (isShown(line, config.logLevel)) {
          say(formatLogLine(service, line));
        }
      },
      onUnexpectedExit: (service, exit) => {
        if (!stopping) {
          say(`${service} exited unexpectedly (code ${exit.code}, signal ${exit.signal})`);
          void stop(`${service} failed`, 1);
        }
      },
    });
  } catch (error) {
    say(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (stopping) {
    await stack.close();
    return;
  }

  say('');
  say('IoT Live local stack is running:');
  say(`  preview host   ${stack.previewUrl}   ← open this (a preview host, not Grafana)`);
  say(`  sidecar        ${stack.sidecarUrl}   (HTTP API and WebSocket, needs the key below)`);
  say(`  broker (gRPC)  ${stack.brokerTarget}`);
  say(
    stack.transport === 'backend'
      ? "  transport      backend: panels stream through the plugin backend and the preview's Grafana Live"
      : '  transport      sidecar: panels stream over the sidecar WebSocket (STACK_TRANSPORT=backend needs npm run build)'
  );
  if (stack.mqttUrl) {
    say(`  MQTT           ${stack.mqttUrl}   (bridged into the broker; simulated MQTT and Sparkplug B devices)`);
  }
  if (stack.brokerMetricsUrl) {
    say(`  broker metrics ${stack.brokerMetricsUrl}`);
  }
  if (stack.sidecarMetricsUrl) {
    say(`  sidecar metrics ${stack.sidecarMetricsUrl}`);
  }
  say(
    `  API key        ${config.apiKey}${config.apiKeyGenerated ? '   (generated for this run; set SIDECAR_API_KEY to choose one)' : ''}`
  );
  say('Press Ctrl-C to stop everything.');
  say('');
}

void main();
