/** The sidecar's pino JSON logger; credentials are redacted wherever they might appear. */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'apiKey',
  'brokerToken',
  'token',
  'options.apiKey',
  'options.brokerToken',
  'options.authEntries',
];

/** A JSON logger at `level`, writing to stdout unless a destination is given. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'iotlive-sidecar' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination
  );
}
