import type { ScopedVars } from '@grafana/data';

/** Interpolates template variables in a string, as Grafana's TemplateSrv.replace does. */
export type TemplateReplace = (target: string, scopedVars?: ScopedVars, format?: (value: unknown) => string) => string;

// Private-use characters mark the alternatives of a multi-value variable; they cannot occur in a
// topic filter a person typed.
const OPEN = '\uE000';
const SEPARATOR = '\uE001';
const CLOSE = '\uE002';

function markAlternatives(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 1 ? String(value[0]) : `${OPEN}${value.map(String).join(SEPARATOR)}${CLOSE}`;
  }
  return String(value);
}

/** Every combination of the marked alternatives: "a/{x|y}/b" gives "a/x/b" and "a/y/b". */
export function expandAlternatives(text: string): string[] {
  const open = text.indexOf(OPEN);
  if (open < 0) {
    return [text];
  }
  const close = text.indexOf(CLOSE, open);
  if (close < 0) {
    return [text];
  }
  const head = text.slice(0, open);
  const choices = text.slice(open + 1, close).split(SEPARATOR);
  const tails = expandAlternatives(text.slice(close + 1));
  return choices.flatMap((choice) => tails.map((tail) => head + choice + tail));
}

/**
 * Interpolates a template and expands multi-value variables into one result per value (the
 * cartesian product when several appear); duplicates and empty results are dropped.
 */
export function expandTemplate(template: string, replace: TemplateReplace, scopedVars?: ScopedVars): string[] {
  const replaced = replace(template, scopedVars, markAlternatives);
  const all = expandAlternatives(replaced)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...new Set(all)];
}
