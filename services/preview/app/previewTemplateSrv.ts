/**
 * A TemplateSrv for the preview dashboard: single-value custom variables plus the scoped and
 * built-in ones (`__from`, `__to`), in the `$name`, `${name}`, `${name:format}` and `[[name]]` syntaxes.
 */
import type { ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv, VariableInterpolation } from '@grafana/runtime';
import type { PreviewVariable } from '../shared/bootData';

// The same three syntaxes Grafana accepts, in one expression.
const VARIABLE_PATTERN = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g;

type Formatter = (value: string, variableName: string) => string;

// The formats that make sense for one plain value; unknown formats leave the value unchanged.
const FORMATS: Record<string, Formatter> = {
  raw: (value) => value,
  regex: (value) => value.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&'),
  json: (value) => JSON.stringify(value),
  percentencode: (value) => encodeURIComponent(value),
  queryparam: (value, name) => `var-${name}=${encodeURIComponent(value)}`,
  doublequote: (value) => `"${value.replace(/"/g, '\\"')}"`,
  singlequote: (value) => `'${value.replace(/'/g, "\\'")}'`,
};

/** The preview's template service; `setValue` changes a variable as the dashboard's picker does. */
export class PreviewTemplateSrv implements TemplateSrv {
  private readonly variables: PreviewVariable[];
  private timeRange?: TimeRange;

  constructor(variables: PreviewVariable[]) {
    this.variables = variables.map((variable) => ({ ...variable, options: [...variable.options] }));
  }

  getVariables(): TypedVariableModel[] {
    // A custom variable model carries more fields than any plugin reads; these are the ones they do.
    return this.variables.map(
      (variable) =>
        ({
          type: 'custom',
          id: variable.name,
          name: variable.name,
          label: variable.label,
          query: variable.options.join(','),
          multi: false,
          includeAll: false,
          current: { text: variable.current, value: variable.current, selected: true },
          options: variable.options.map((option) => ({
            text: option,
            value: option,
            selected: option === variable.current,
          })),
        }) as unknown as TypedVariableModel
    );
  }

  /** Sets the current value of a variable. */
  setValue(name: string, value: string): void {
    const variable = this.variables.find((candidate) => candidate.name === name);
    if (variable) {
      variable.current = value;
    }
  }

  /** The current value of a variable, if it exists. */
  getValue(name: string): string | undefined {
    return this.variables.find((candidate) => candidate.name === name)?.current;
  }

  replace(
    target?: string,
    scopedVars?: ScopedVars,
    format?: string | Function,
    interpolations?: VariableInterpolation[]
  ): string {
    if (!target) {
      return target ?? '';
    }
    return target.replace(VARIABLE_PATTERN, (match, plain, bracket, bracketFormat, braced, fieldPath, bracedFormat) => {
      const variableName: string = plain ?? bracket ?? braced;
      const value = this.lookup(variableName, scopedVars);
      const chosenFormat = bracketFormat ?? bracedFormat ?? format;
      if (value === undefined) {
        interpolations?.push({
          match,
          variableName,
          fieldPath,
          format: String(chosenFormat ?? ''),
          value: match,
          found: false,
        });
        return match;
      }
      const formatted =
        typeof chosenFormat === 'function'
          ? String(chosenFormat(value, { name: variableName }))
          : (FORMATS[chosenFormat ?? 'raw'] ?? FORMATS.raw)(value, variableName);
      interpolations?.push({
        match,
        variableName,
        fieldPath,
        format: String(chosenFormat ?? ''),
        value: formatted,
        found: true,
      });
      return formatted;
    });
  }

  containsTemplate(target?: string): boolean {
    if (!target) {
      return false;
    }
    for (const match of target.matchAll(VARIABLE_PATTERN)) {
      const name = match[1] ?? match[2] ?? match[4];
      if (this.variables.some((variable) => variable.name === name)) {
        return true;
      }
    }
    return false;
  }

  updateTimeRange(timeRange: TimeRange): void {
    this.timeRange = timeRange;
  }

  private lookup(name: string, scopedVars?: ScopedVars): string | undefined {
    const scoped = scopedVars?.[name];
    if (scoped !== undefined) {
      return String(scoped.value);
    }
    if (name === '__from' && this.timeRange) {
      return String(this.timeRange.from.valueOf());
    }
    if (name === '__to' && this.timeRange) {
      return String(this.timeRange.to.valueOf());
    }
    return this.variables.find((variable) => variable.name === name)?.current;
  }
}
