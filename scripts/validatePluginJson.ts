/**
 * Validates a plugin.json the way Grafana's loader and catalog do, since the official validator
 * downloads a binary at run time. Returns the problems found; an empty list means valid.
 */

/** Grafana's plugin id convention. */
export const PLUGIN_ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/;

/** Top-level keys Grafana's plugin.json schema knows, including the ones create-plugin adds at build time. */
const TOP_LEVEL_KEYS = new Set([
  '$schema',
  'id',
  'type',
  'name',
  'info',
  'dependencies',
  'includes',
  'routes',
  'alerting',
  'annotations',
  'autoEnabled',
  'backend',
  'builtIn',
  'category',
  'enterpriseFeatures',
  'executable',
  'hideFromList',
  'logs',
  'metrics',
  'pascalName',
  'preload',
  'queryOptions',
  'skipDataQuery',
  'state',
  'streaming',
  'tracing',
  'iam',
  'roles',
  'extensions',
  'languages',
  'aliasIDs',
  'multiValueFilterOperators',
  'buildMode',
]);
const INFO_KEYS = new Set([
  'author',
  'build',
  'description',
  'keywords',
  'links',
  'logos',
  'screenshots',
  'updated',
  'version',
]);
const ROUTE_KEYS = new Set([
  'path',
  'method',
  'url',
  'reqSignedIn',
  'reqRole',
  'reqAction',
  'headers',
  'body',
  'tokenAuth',
  'jwtTokenAuth',
  'urlParams',
]);
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const ROLES = new Set(['Viewer', 'Editor', 'Admin']);
const VERSION_PATTERN = /^((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?|%VERSION%)$/;
const UPDATED_PATTERN = /^(\d{4}-\d{2}-\d{2}|%TODAY%)$/;
const GRAFANA_DEPENDENCY_PATTERN =
  /^(<=|>=|<|>|=|~|\^)?\d+(\.[0-9x*]+)(\.[0-9x*]+)?(\s(<=|>=|<|=>)?\d+(\.[0-9x]+)(\.[0-9x]+))?$/;
/**
 * The template data a route may use: Go template actions on .JsonData / .SecureJsonData, printed
 * through Grafana's `orEmpty` (a missing secret otherwise prints Go's "<no value>" into the header).
 */
const TEMPLATE_ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
const TEMPLATE_CONDITION = /^(if|else if)\s+\.(JsonData|SecureJsonData)\.[A-Za-z_][A-Za-z0-9_]*$|^(else|end)$/;
const TEMPLATE_PRINT = /^\.(JsonData|SecureJsonData)\.[A-Za-z_][A-Za-z0-9_]*(\s*\|\s*orEmpty)?$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function validateTemplate(where: string, text: string, problems: string[]): void {
  let depth = 0;
  for (const match of text.matchAll(TEMPLATE_ACTION)) {
    const action = match[1];
    if (TEMPLATE_PRINT.test(action)) {
      if (!/\|\s*orEmpty$/.test(action)) {
        problems.push(
          `${where}: "{{ ${action} }}" prints "<no value>" when the field is unset: write "{{ ${action} | orEmpty }}"`
        );
      }
    } else if (!TEMPLATE_CONDITION.test(action)) {
      problems.push(
        `${where}: template action "{{ ${action} }}" is not a .JsonData/.SecureJsonData field or if/else/end`
      );
    }
    if (action.startsWith('if ')) {
      depth++;
    } else if (action === 'end') {
      depth--;
    }
  }
  if (depth !== 0) {
    problems.push(`${where}: unbalanced {{ if }} / {{ end }} in "${text}"`);
  }
}

function validateRoutes(routes: unknown, problems: string[]): void {
  if (!Array.isArray(routes)) {
    problems.push('routes must be an array');
    return;
  }
  routes.forEach((route: unknown, index) => {
    const where = `routes[${index}]`;
    if (!isObject(route)) {
      problems.push(`${where} must be an object`);
      return;
    }
    for (const key of Object.keys(route)) {
      if (!ROUTE_KEYS.has(key)) {
        problems.push(`${where}: unknown key "${key}"`);
      }
    }
    if (!nonEmptyString(route.path) || route.path.startsWith('/')) {
      problems.push(`${where}.path must be a non-empty relative path (no leading "/")`);
    }
    if (route.method !== undefined) {
      const methods = typeof route.method === 'string' ? route.method.split(',').map((m) => m.trim()) : [];
      if (methods.length === 0 || methods.some((m) => !HTTP_METHODS.has(m))) {
        problems.push(`${where}.method must be HTTP verbs separated by commas, got ${JSON.stringify(route.method)}`);
      }
    }
    if (route.reqRole !== undefined && !ROLES.has(route.reqRole as string)) {
      problems.push(`${where}.reqRole must be one of Viewer, Editor, Admin`);
    }
    if (route.url !== undefined) {
      if (!nonEmptyString(route.url)) {
        problems.push(`${where}.url must be a non-empty string`);
      } else {
        validateTemplate(`${where}.url`, route.url, problems);
      }
    }
    if (route.headers !== undefined) {
      if (!Array.isArray(route.headers)) {
        problems.push(`${where}.headers must be an array`);
      } else {
        route.headers.forEach((header: unknown, h) => {
          if (!isObject(header) || !nonEmptyString(header.name) || typeof header.content !== 'string') {
            problems.push(`${where}.headers[${h}] must be { name, content } strings`);
          } else {
            validateTemplate(`${where}.headers[${h}]`, header.content, problems);
          }
        });
      }
    }
  });
  // Grafana matches routes by path prefix in order: a general route listed first would shadow a specific one.
  const paths = routes.filter(isObject).map((r) => String(r.path ?? ''));
  paths.forEach((path, i) => {
    paths.slice(i + 1).forEach((later) => {
      if (later.startsWith(path) && later !== path) {
        problems.push(`route "${path}" comes before the more specific "${later}", which it would shadow`);
      }
    });
  });
}

/** Returns every problem Grafana would have with this plugin.json. */
export function validatePluginJson(json: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(json)) {
    return ['plugin.json must be a JSON object'];
  }
  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL_KEYS.has(key)) {
      problems.push(`unknown top-level key "${key}"`);
    }
  }
  for (const key of ['type', 'name', 'id'] as const) {
    if (!nonEmptyString(json[key])) {
      problems.push(`"${key}" is required`);
    }
  }
  if (json.type !== undefined && !['app', 'datasource', 'panel'].includes(json.type as string)) {
    problems.push(`"type" must be app, datasource or panel`);
  }
  if (nonEmptyString(json.id)) {
    if (!PLUGIN_ID_PATTERN.test(json.id)) {
      problems.push(`"id" ${json.id} does not match ${PLUGIN_ID_PATTERN}`);
    } else if (nonEmptyString(json.type) && !json.id.endsWith(`-${json.type}`)) {
      problems.push(`"id" must end with "-${json.type}"`);
    }
  }
  const info = json.info;
  if (!isObject(info)) {
    problems.push('"info" is required');
  } else {
    for (const key of Object.keys(info)) {
      if (!INFO_KEYS.has(key)) {
        problems.push(`unknown key "info.${key}"`);
      }
    }
    if (!Array.isArray(info.keywords) || info.keywords.length === 0 || !info.keywords.every(nonEmptyString)) {
      problems.push('"info.keywords" must list at least one keyword');
    }
    if (!isObject(info.logos) || !nonEmptyString(info.logos.small) || !nonEmptyString(info.logos.large)) {
      problems.push('"info.logos.small" and "info.logos.large" are required');
    }
    if (typeof info.version !== 'string' || !VERSION_PATTERN.test(info.version)) {
      problems.push('"info.version" must be a semantic version (or %VERSION%)');
    }
    if (typeof info.updated !== 'string' || !UPDATED_PATTERN.test(info.updated)) {
      problems.push('"info.updated" must be a YYYY-MM-DD date (or %TODAY%)');
    }
  }
  const dependencies = json.dependencies;
  if (!isObject(dependencies) || typeof dependencies.grafanaDependency !== 'string') {
    problems.push('"dependencies.grafanaDependency" is required');
  } else if (!GRAFANA_DEPENDENCY_PATTERN.test(dependencies.grafanaDependency)) {
    problems.push(`"dependencies.grafanaDependency" ${dependencies.grafanaDependency} is not a semver range`);
  }
  if (json.routes !== undefined) {
    validateRoutes(json.routes, problems);
  }
  return problems;
}
