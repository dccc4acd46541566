/**
 * The backend's logger: one JSON object per line on stderr in hclog's shape (`@level`, `@message`,
 * `@timestamp`), which Grafana's plugin client parses so each line keeps its level in Grafana's log.
 * Stdout is reserved for the handshake line. Secrets are redacted wherever they might appear.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'decryptedSecureJsonData',
  'secure',
  'brokerToken',
  'commandToken',
  'token',
];

/** hclog knows trace, debug, info, warn and error; pino's fatal is logged as error. */
const HCLOG_LEVELS: Record<string, string> = { fatal: 'error' };

/** A logger at `level` writing hclog-style JSON to `destination` (stderr unless given). */
export function createHclogLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      messageKey: '@message',
      base: { '@module': 'iotlive-backend' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: () => `,"@timestamp":"${new Date().toISOString()}"`,
      formatters: {
        level: (label) => ({ '@level': HCLOG_LEVELS[label] ?? label }),
      },
    },
    destination ?? pino.destination({ fd: 2, sync: true })
  );
}
