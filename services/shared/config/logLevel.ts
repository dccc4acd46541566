/** LOG_LEVEL, read the same way by every service. */
import { z } from 'zod';
import { envEnum } from './settings';

/** pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const LOG_LEVEL_SETTING = envEnum(LOG_LEVELS, { default: 'info', description: 'pino log level' });

/** For services whose only variable is LOG_LEVEL, and for loggers made before the rest is read. */
export const logLevelEnvSchema = z.object({ LOG_LEVEL: LOG_LEVEL_SETTING });
