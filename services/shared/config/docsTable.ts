/**
 * Reads the docs' tables of environment variables and compares them with the settings' schemas, so
 * a variable added to a schema, or a default changed there, cannot go undocumented.
 */
import { documentedSettings, type SettingsSchema } from './parseSettings';
import type { SettingDoc } from './setting';

/** One documented variable: its name and the default the table gives (undefined: unset, none, —). */
export interface DocumentedVariable {
  name: string;
  default: string | undefined;
}

const CODE = /^`([^`]*)`/;

/** Splits a table row into its trimmed cells (a `\|` inside a cell is not a separator). */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The default a cell states: its leading `code`, or undefined when it starts with prose ("unset", "none"). */
function stated(cell: string): string | undefined {
  return CODE.exec(cell)?.[1];
}

/**
 * The variables of the first table ("| Variable | Default | …") after the heading `heading`. A row may
 * document several variables (`A` / `B`) with as many defaults (`1` / `2`) or one for all.
 */
export function readVariablesTable(markdown: string, heading: string): DocumentedVariable[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) {
    throw new Error(`no heading "${heading}"`);
  }
  const header = lines.findIndex((line, index) => index > start && /^\|\s*Variable\s*\|\s*Default\s*\|/.test(line));
  if (header < 0) {
    throw new Error(`no table of variables under "${heading}"`);
  }
  const variables: DocumentedVariable[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) {
      break;
    }
    const [names, defaults] = cells(line);
    const nameList = names.split(' / ').map((name) => stated(name.trim()) ?? name.trim());
    const defaultList = defaults.split(' / ');
    nameList.forEach((name, index) => {
      const cell = defaultList.length === nameList.length ? defaultList[index] : defaults;
      variables.push({ name, default: stated(cell.trim()) });
    });
  }
  return variables;
}

/**
 * What is wrong between the documented variables and the schemas: a setting the docs lack (when
 * `complete`), a documented variable no schema has, a default that differs. Empty when they agree.
 */
export function docsProblems(documented: DocumentedVariable[], schemas: SettingsSchema[], complete: boolean): string[] {
  const settings = new Map<string, SettingDoc>(schemas.flatMap((schema) => documentedSettings(schema)));
  const problems: string[] = [];
  const named = new Set(documented.map((variable) => variable.name));
  if (complete) {
    for (const name of settings.keys()) {
      if (!named.has(name)) {
        problems.push(`${name} is read but not documented`);
      }
    }
  }
  for (const variable of documented) {
    const setting = settings.get(variable.name);
    if (!setting) {
      problems.push(`${variable.name} is documented but no schema reads it`);
    } else if (setting.default !== variable.default) {
      problems.push(
        `${variable.name}: the docs say the default is ${variable.default ?? 'unset'}, the schema ${setting.default ?? 'unset'}`
      );
    }
  }
  return problems;
}
