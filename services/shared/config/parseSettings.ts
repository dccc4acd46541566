/**
 * Reads a service's settings through its schema (an object of Settings keyed by variable name) and
 * turns the first refused value into a ConfigError naming the variable or flag and what it allows.
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { ConfigError } from '../../../common/errors/ConfigError';
import { settingDocs, type RefusalParams, type SettingDoc } from './setting';

/** A service's settings: one Setting per environment variable (or flag), keyed by its name. */
export type SettingsSchema = z.ZodObject<Record<string, z.ZodType<unknown, string | undefined>>>;

type Source = Record<string, string | undefined>;

interface ParseOptions {
  /** The keys are command-line flags: errors name them `--key`. */
  flags?: boolean;
  /** Appended to the error on its own line, e.g. the usage. */
  hint?: string;
}

/** The settings `schema` reads from `source` (process.env, or parsed flags); throws a ConfigError. */
export function parseSettings<S extends SettingsSchema>(
  schema: S,
  source: Source,
  options: ParseOptions = {}
): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) {
    return result.data;
  }
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const params = (issue && 'params' in issue ? issue.params : undefined) as RefusalParams | undefined;
  throw new ConfigError(options.flags ? `--${key}` : key, params?.allowed ?? 'valid', {
    value: source[key],
    problem: params ? params.problem : issue?.message,
    quoteValue: params?.quoteValue,
    hint: options.hint,
  });
}

/**
 * The flags of a command line read through `schema` (every flag takes a value) plus `--help`/`-h`;
 * unknown flags and refused values throw a ConfigError followed by `usage`.
 */
export function parseFlags<S extends SettingsSchema>(
  schema: S,
  argv: string[],
  usage: string
): { help: boolean; values: z.output<S> } {
  const options = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new ConfigError('the command line', 'the flags of the usage', {
      problem: `is refused: ${(err as Error).message}`,
      hint: usage,
      cause: err,
    });
  }
  const { help, ...given } = parsed.values as Record<string, string | boolean | undefined>;
  return { help: help === true, values: parseSettings(schema, given as Source, { flags: true, hint: usage }) };
}

/** Each setting of `schema` with its documentation, in declaration order. */
export function documentedSettings(schema: SettingsSchema): Array<[string, SettingDoc]> {
  return Object.entries(schema.shape).flatMap(([name, setting]) => {
    const doc = settingDocs.get(setting);
    return doc ? [[name, doc] as [string, SettingDoc]] : [];
  });
}

/** Refuses `values[smaller]` above `values[larger]` (two settings that bound each other), naming both. */
export function requireAtMost<K extends string>(values: Record<K, number>, smaller: K, larger: K): void {
  if (values[smaller] > values[larger]) {
    throw new ConfigError(smaller, `at most ${larger} (${values[larger]})`, { value: String(values[smaller]) });
  }
}
