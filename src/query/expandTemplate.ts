import type { ScopedVars } from '@grafana/data';

/** The variable a custom format function is given: its name, and in older Grafana its current value too. */
export interface FormattedVariable {
  name?: string;
  current?: { value?: unknown };
}

/** Interpolates template variables in a string, as Grafana's TemplateSrv.replace does. */
export type TemplateReplace = (
  target: string,
  scopedVars?: ScopedVars,
  format?: (value: unknown, variable?: FormattedVariable) => string
) => string;

/** Whether a variable's selection is "All" (Grafana passes all its values then, not "All"). */
export type AllSelected = (variable: FormattedVariable | undefined) => boolean;

/** The value Grafana stores for an "All" selection. */
export const ALL_VALUE = '$__all';

/** True when a variable model's current value is "All". */
export function currentIsAll(current: { value?: unknown } | undefined): boolean {
  const value = current?.value;
  return value === ALL_VALUE || (Array.isArray(value) && value.includes(ALL_VALUE));
}

// Private-use characters mark the alternatives of a multi-value variable; they cannot occur in a
// topic filter a person typed. ALL_OPEN starts the values of an "All" selection.
const OPEN = '\uE000';
const SEPARATOR = '\uE001';
const CLOSE = '\uE002';
const ALL_OPEN = '\uE003';

function marker(isAll: AllSelected) {
  return (value: unknown, variable?: FormattedVariable): string => {
    if (!Array.isArray(value)) {
      return String(value);
    }
    if (value.length === 1) {
      return String(value[0]);
    }
    const open = isAll(variable) || currentIsAll(variable?.current) ? ALL_OPEN : OPEN;
    return `${open}${value.map(String).join(SEPARATOR)}${CLOSE}`;
  };
}

/**
 * The one filter that stands for every value of an "All" selection filling whole levels: each
 * level the values share is kept, each level where they differ becomes '+' (`a/x`, `b/x` give
 * `+/x`). Undefined when the values differ in depth or contain wildcards of their own.
 */
export function wildcardForAll(values: readonly string[]): string | undefined {
  const split = values.map((v) => v.split('/'));
  const depth = split[0]?.length ?? 0;
  if (depth === 0 || split.some((levels) => levels.length !== depth || levels.some((l) => l === '#' || l === '+'))) {
    return undefined;
  }
  const levels: string[] = [];
  for (let i = 0; i < depth; i++) {
    const first = split[0][i];
    levels.push(split.every((l) => l[i] === first) ? first : '+');
  }
  return levels.join('/');
}

/** Replaces each "All" group that fills whole topic levels by its wildcard; the others become alternatives. */
function collapseAll(text: string, toWildcard: boolean): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf(ALL_OPEN); open >= 0; open = text.indexOf(ALL_OPEN, from)) {
    const close = text.indexOf(CLOSE, open);
    if (close < 0) {
      break;
    }
    const values = text.slice(open + 1, close).split(SEPARATOR);
    const wholeLevels =
      (open === 0 || text[open - 1] === '/') && (close === text.length - 1 || text[close + 1] === '/');
    const wildcard = toWildcard && wholeLevels ? wildcardForAll(values) : undefined;
    out += text.slice(from, open) + (wildcard ?? `${OPEN}${text.slice(open + 1, close)}${CLOSE}`);
    from = close + 1;
  }
  return out + text.slice(from);
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

export interface ExpandOptions {
  /** Tells whether a variable is set to "All"; Grafana's dashboards do not say so in the value. */
  isAll?: AllSelected;
  /**
   * For topic filters: "All" on a variable that fills whole levels becomes one wildcard filter
   * (one stream) instead of one filter per value.
   */
  allAsWildcard?: boolean;
}

/**
 * Interpolates a template and expands multi-value variables into one result per value (the
 * cartesian product when several appear); duplicates and empty results are dropped.
 */
export function expandTemplate(
  template: string,
  replace: TemplateReplace,
  scopedVars?: ScopedVars,
  options: ExpandOptions = {}
): string[] {
  const replaced = replace(template, scopedVars, marker(options.isAll ?? (() => false)));
  const all = expandAlternatives(collapseAll(replaced, options.allAsWildcard ?? false))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...new Set(all)];
}
