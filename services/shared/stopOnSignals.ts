/**
 * How every service stops: on the first SIGINT or SIGTERM it runs its graceful close and exits 0
 * when that resolves, 1 when it fails or outlasts its deadline; a second signal means "now" and
 * exits 1 at once, so an operator is never stuck behind a hung close.
 */
export interface StopLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface StopOptions {
  /** The graceful close; its result is logged as `stopped`. */
  close: () => Promise<unknown>;
  /** The service's name in the log lines ("broker stopping"). */
  name: string;
  /** Extra fields for the stopping and stopped lines (e.g. totals). */
  fields?: () => object;
  /** Exit 1 if the close has not finished by then (default: wait). */
  deadlineMs?: number;
  exit?: (code: number) => void;
}

/** Installs the signal handlers; returns the stop function for tests and other triggers. */
export function stopOnSignals(logger: StopLogger, options: StopOptions): (signal: string) => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal; exiting immediately');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal, ...options.fields?.() }, `${options.name} stopping`);
    if (options.deadlineMs !== undefined) {
      setTimeout(() => exit(1), options.deadlineMs).unref();
    }
    options.close().then(
      () => {
        logger.info({ ...options.fields?.() }, `${options.name} stopped`);
        exit(0);
      },
      (err: unknown) => {
        logger.error(
          { error: err instanceof Error ? err.message : String(err) },
          `${options.name} did not stop cleanly`
        );
        exit(1);
      }
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return stop;
}
