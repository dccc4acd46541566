/**
 * The building block of every service's configuration: a zod schema that reads one environment
 * variable (or command-line flag) from its text, with its default and its documentation attached, so
 * parsing, defaults and the docs' tables come from one declaration.
 */
import { z } from 'zod';

/** What the docs' tables of variables say about a setting. */
export interface SettingDoc {
  description: string;
  /** The default as the docs write it; undefined when the setting is unset by default. */
  default: string | undefined;
  /** What the setting accepts, for error messages. */
  allowed: string;
}

/** Every setting schema's documentation, looked up by schema. */
export const settingDocs = z.registry<SettingDoc>();

/** A setting's schema: raw text (or undefined when unset) in, the typed value out. */
export type Setting<T> = z.ZodType<T, string | undefined>;

/**
 * Thrown by a setting's parser to refuse a value; `problem` replaces "must be <allowed>" in the
 * message, and quotes the value itself when `quoteValue` is false.
 */
export class Refusal extends Error {
  constructor(
    readonly problem?: string,
    readonly quoteValue = true
  ) {
    super(problem ?? 'refused');
  }
}

/** Carried on a zod issue so that parseSettings() can build the ConfigError. */
export interface RefusalParams {
  allowed: string;
  problem?: string;
  quoteValue: boolean;
}

export interface SettingSpec<T> {
  description: string;
  /** What the setting accepts, e.g. "a whole number from 0 to 1". */
  allowed: string;
  /** Reads the text (trimmed and non-blank unless `verbatim`); throws a Refusal for a value that is not allowed. */
  parse: (text: string) => T;
  /** The value when the variable is unset or blank. */
  fallback: T;
  /** The default as the docs write it (null: documented as unset); by default String(fallback). */
  docDefault?: string | null;
  /** Keep blank text (an empty prefix, say) instead of taking the fallback; keep surrounding spaces. */
  verbatim?: boolean;
}

/** Declares one setting: how its text is read, its default and its documentation. */
export function setting<T>(spec: SettingSpec<T>): Setting<T> {
  const schema = z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const text = spec.verbatim ? raw : raw?.trim();
      if (text === undefined || (text === '' && !spec.verbatim)) {
        return spec.fallback;
      }
      try {
        return spec.parse(text);
      } catch (err) {
        if (!(err instanceof Refusal)) {
          throw err;
        }
        const params: RefusalParams = { allowed: spec.allowed, problem: err.problem, quoteValue: err.quoteValue };
        ctx.addIssue({ code: 'custom', message: err.problem ?? `must be ${spec.allowed}`, input: raw, params });
        return z.NEVER;
      }
    });
  settingDocs.add(schema, {
    description: spec.description,
    default: spec.docDefault === null ? undefined : (spec.docDefault ?? documentedValue(spec.fallback)),
    allowed: spec.allowed,
  });
  return schema;
}

function documentedValue(value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  return Array.isArray(value) ? value.join(',') : String(value);
}
