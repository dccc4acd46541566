/**
 * The small subset of Go's text/template that plugin.json route headers use, evaluated the way
 * Grafana's data source proxy evaluates them: field paths such as `{{ .SecureJsonData.apiKey }}`
 * and `{{ .JsonData.region }}`, the `| orEmpty` pipe, and `{{ if X }}…{{ else }}…{{ end }}` blocks.
 * A missing field prints Go's "<no value>" as Grafana's does; `| orEmpty` prints "" instead.
 * Anything else is refused when the template is parsed, so a route the preview cannot honour fails
 * loudly instead of sending a wrong header.
 */

/** The values a route template can read. */
export interface RouteTemplateData {
  JsonData: Record<string, unknown>;
  SecureJsonData: Record<string, string>;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'field'; path: string[]; orEmpty: boolean }
  | { kind: 'if'; path: string[]; then: Node[]; otherwise: Node[] };

/** What Go's text/template prints for a missing map key. */
export const NO_VALUE = '<no value>';

type Token = { kind: 'text'; text: string } | { kind: 'action'; body: string };

/** Thrown when a route template uses syntax outside the supported subset. */
export class RouteTemplateError extends Error {
  override readonly name = 'RouteTemplateError';
}

/** Parses a template once; the result renders it against any data. */
export function compileRouteTemplate(source: string): (data: RouteTemplateData) => string {
  const tokens = tokenize(source);
  let position = 0;

  // Recursive descent over the token list; `until` names the actions that close the current block.
  const parseBlock = (until: ReadonlyArray<'else' | 'end'>): { nodes: Node[]; closedBy?: 'else' | 'end' } => {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position++];
      if (token.kind === 'text') {
        nodes.push(token);
        continue;
      }
      const words = token.body.split(/\s+/).filter(Boolean);
      const keyword = words[0];
      if ((keyword === 'else' || keyword === 'end') && words.length === 1) {
        if (!until.includes(keyword)) {
          throw new RouteTemplateError(`unexpected {{ ${keyword} }} in route template "${source}"`);
        }
        return { nodes, closedBy: keyword };
      }
      if (keyword === 'if' && words.length === 2) {
        const path = parseFieldPath(words[1], source);
        const then = parseBlock(['else', 'end']);
        const otherwise = then.closedBy === 'else' ? parseBlock(['end']) : { nodes: [], closedBy: then.closedBy };
        if (otherwise.closedBy !== 'end') {
          throw new RouteTemplateError(`unterminated {{ if }} in route template "${source}"`);
        }
        nodes.push({ kind: 'if', path, then: then.nodes, otherwise: otherwise.nodes });
        continue;
      }
      if (words.length === 1) {
        nodes.push({ kind: 'field', path: parseFieldPath(keyword, source), orEmpty: false });
        continue;
      }
      if (words.length === 3 && words[1] === '|' && words[2] === 'orEmpty') {
        nodes.push({ kind: 'field', path: parseFieldPath(keyword, source), orEmpty: true });
        continue;
      }
      throw new RouteTemplateError(`unsupported action {{ ${token.body} }} in route template "${source}"`);
    }
    return { nodes };
  };

  const parsed = parseBlock([]);
  return (data) => render(parsed.nodes, data);
}

/** Renders a template string in one call (parses it each time). */
export function renderRouteTemplate(source: string, data: RouteTemplateData): string {
  return compileRouteTemplate(source)(data);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\{\{(-?)\s*(.*?)\s*(-?)\}\}/g;
  let last = 0;
  let trimNextText = false;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    let text = source.slice(last, match.index);
    if (trimNextText) {
      text = text.trimStart();
    }
    // `{{-` and `-}}` trim the whitespace around an action, as in Go.
    if (match[1] === '-') {
      text = text.trimEnd();
    }
    if (text) {
      tokens.push({ kind: 'text', text });
    }
    tokens.push({ kind: 'action', body: match[2] });
    trimNextText = match[3] === '-';
    last = pattern.lastIndex;
  }
  const tail = trimNextText ? source.slice(last).trimStart() : source.slice(last);
  if (tail.includes('{{')) {
    throw new RouteTemplateError(`unterminated action in route template "${source}"`);
  }
  if (tail) {
    tokens.push({ kind: 'text', text: tail });
  }
  return tokens;
}

function parseFieldPath(word: string, source: string): string[] {
  if (!/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word)) {
    throw new RouteTemplateError(`unsupported expression "${word}" in route template "${source}"`);
  }
  return word.slice(1).split('.');
}

function lookup(path: string[], data: RouteTemplateData): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

// Go templates treat false, 0, nil and empty strings, maps and slices as false.
function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).length > 0;
  }
  return Boolean(value);
}

function render(nodes: Node[], data: RouteTemplateData): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += node.text;
    } else if (node.kind === 'field') {
      const value = lookup(node.path, data);
      // Go prints a missing map key as "<no value>"; Grafana's orEmpty function turns it into "".
      out += value === undefined || value === null ? (node.orEmpty ? '' : NO_VALUE) : String(value);
    } else {
      out += render(isTruthy(lookup(node.path, data)) ? node.then : node.otherwise, data);
    }
  }
  return out;
}
