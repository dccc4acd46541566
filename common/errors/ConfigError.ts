/**
 * The one error of every service's configuration: which variable (or command-line flag) is wrong,
 * the value it had and what is allowed, so main.ts can print it and exit 2 without a stack trace.
 */
import { ValidationError } from './errors';

export interface ConfigErrorOptions {
  /** The value as given; left out of the message when undefined. */
  value?: string;
  /** The sentence after the subject when "must be <allowed>" does not say it, e.g. "is not a listen address: use …". */
  problem?: string;
  /** Name the value after the subject (the default); false where `problem` quotes it itself. */
  quoteValue?: boolean;
  /** Appended on its own line, e.g. a command's usage. */
  hint?: string;
  cause?: unknown;
}

export class ConfigError extends ValidationError {
  override readonly name = 'ConfigError';
  /** The environment variable (`BROKER_LISTEN`) or flag (`--devices`) to fix. */
  readonly variable: string;
  /** What the setting accepts, e.g. "a whole number from 0 to 1". */
  readonly allowed: string;
  readonly value: string | undefined;

  constructor(variable: string, allowed: string, options: ConfigErrorOptions = {}) {
    super(ConfigError.format(variable, allowed, options), { cause: options.cause });
    this.variable = variable;
    this.allowed = allowed;
    this.value = options.value;
  }

  /**
   * `NAME="value" must be <allowed>` (or `NAME="value" <problem>`) for a variable; a flag reads
   * `--name must be <allowed>, got "value"`, the way command-line tools put it.
   */
  static format(variable: string, allowed: string, options: ConfigErrorOptions = {}): string {
    const sentence = options.problem ?? `must be ${allowed}`;
    let message: string;
    if (variable.startsWith('-') && options.value !== undefined) {
      message = `${variable} must be ${allowed}, got "${options.value}"`;
    } else if (options.value === undefined || options.quoteValue === false) {
      message = `${variable} ${sentence}`;
    } else {
      message = `${variable}="${options.value}" ${sentence}`;
    }
    return options.hint ? `${message}\n${options.hint}` : message;
  }
}

export function isConfigError(err: unknown): err is ConfigError {
  return err instanceof ConfigError;
}
