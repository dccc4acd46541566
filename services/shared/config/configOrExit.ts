/** How every main.ts turns a refused configuration into one message and exit code 2. */

/** Exit code of a process that refused its configuration. */
export const CONFIG_EXIT_CODE = 2;

/**
 * The result of `read()`, or, when it throws (a ConfigError, or anything else met while reading the
 * configuration), `report(message)` and exit 2: the message says what to fix, a stack trace would not.
 */
export function configOrExit<T>(read: () => T, report: (message: string) => void): T {
  try {
    return read();
  } catch (err) {
    report(err instanceof Error ? err.message : String(err));
    process.exit(CONFIG_EXIT_CODE);
  }
}
