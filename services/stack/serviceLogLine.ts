/** Turns a service's pino JSON log line into one readable terminal line for `npm start`. */

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const LEVEL_VALUES: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: 100,
};

/** pino's number for a level name ("info" → 30); unknown names count as info. */
export function logLevelValue(name: string): number {
  return LEVEL_VALUES[name.toLowerCase()] ?? LEVEL_VALUES.info;
}

/** The level services must run at so their readiness messages (info) are printed: `wanted` or info, whichever says more. */
export function childLogLevel(wanted: string): string {
  return logLevelValue(wanted) < LEVEL_VALUES.info ? wanted.toLowerCase() : 'info';
}

/** Whether a line should be shown to someone who asked for `minimum`; lines that are not pino JSON always are. */
export function isShown(line: string, minimum: string): boolean {
  const parsed = parseLogLine(line);
  return typeof parsed?.level !== 'number' || parsed.level >= logLevelValue(minimum);
}
// Fields every pino line has, which the short form leaves out.
const NOISE = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'name', 'service', 'v']);

/** A parsed log line, or undefined when the line is not pino JSON. */
export function parseLogLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) {
    return undefined;
  }
  try {
    const parsed = JSON.parse(line) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** "[sidecar] INFO sidecar listening address=127.0.0.1:8080"; non-JSON lines pass through prefixed. */
export function formatLogLine(service: string, line: string): string {
  const parsed = parseLogLine(line);
  if (!parsed) {
    return `[${service}] ${line}`;
  }
  const level =
    typeof parsed.level === 'number' ? (LEVEL_NAMES[parsed.level] ?? String(parsed.level)) : String(parsed.level ?? '');
  const extras = Object.entries(parsed)
    .filter(([key]) => !NOISE.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `[${service}] ${level} ${String(parsed.msg ?? '')}${extras ? ` ${extras}` : ''}`;
}
