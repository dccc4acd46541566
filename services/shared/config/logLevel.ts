/** LOG_LEVEL, read the same way by every service. */
import { envEnum } from './settings';

/** pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const LOG_LEVEL_SETTING = envEnum(LOG_LEVELS, { default: 'info', description: 'pino log level' });
