/**
 * plugin.json `routes`, matched the way Grafana's data source proxy matches them: in file order, the
 * first route whose method fits and whose path is a prefix of the proxied path wins; a route with a
 * `reqRole` the user lacks denies the request instead of falling through to the next route.
 */
import { compileRouteTemplate, RouteTemplateData } from './routeTemplate';

/** The organisation roles Grafana knows, weakest first. */
export const ROLES = ['Viewer', 'Editor', 'Admin'] as const;
export type Role = (typeof ROLES)[number];

/** One plugin.json route with its header templates compiled. */
export interface PluginRoute {
  path: string;
  /** Empty means any method. */
  method: string;
  reqRole?: Role;
  /** A URL template replacing the route's prefix; absent means "forward to the datasource URL". */
  url?: string;
  headers: Array<{ name: string; render: (data: RouteTemplateData) => string }>;
}

/** The outcome of matching one request against the routes. */
export type RouteMatch =
  | { kind: 'matched'; route: PluginRoute }
  | { kind: 'unmatched' }
  | { kind: 'denied'; route: PluginRoute; reason: string };

/** A route as written in plugin.json. */
export interface RawRoute {
  path?: unknown;
  method?: unknown;
  reqRole?: unknown;
  url?: unknown;
  headers?: unknown;
}

/** Compiles one raw route, refusing shapes the preview cannot honour faithfully. */
export function compileRoute(raw: RawRoute): PluginRoute {
  if (typeof raw.path !== 'string') {
    throw new Error(`plugin.json route without a string "path": ${JSON.stringify(raw)}`);
  }
  if (raw.reqRole !== undefined && !ROLES.includes(raw.reqRole as Role)) {
    throw new Error(`plugin.json route "${raw.path}" has an unknown reqRole ${JSON.stringify(raw.reqRole)}`);
  }
  const headers = Array.isArray(raw.headers) ? (raw.headers as Array<{ name?: unknown; content?: unknown }>) : [];
  return {
    path: raw.path,
    method: typeof raw.method === 'string' ? raw.method.toUpperCase() : '',
    reqRole: raw.reqRole as Role | undefined,
    url: typeof raw.url === 'string' && raw.url !== '' ? raw.url : undefined,
    headers: headers.map((header) => {
      if (typeof header.name !== 'string' || typeof header.content !== 'string') {
        throw new Error(`plugin.json route "${raw.path}" has a header without a string name and content`);
      }
      return { name: header.name, render: compileRouteTemplate(header.content) };
    }),
  };
}

/** True when `role` is at least `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** Finds the route for a proxied path (relative, no leading slash) and method, for a user of `role`. */
export function matchRoute(routes: PluginRoute[], proxyPath: string, method: string, role: Role): RouteMatch {
  const upperMethod = method.toUpperCase();
  for (const route of routes) {
    if (route.method !== '' && route.method !== '*' && route.method !== upperMethod) {
      continue;
    }
    if (!proxyPath.startsWith(route.path)) {
      continue;
    }
    if (route.reqRole && !hasRole(role, route.reqRole)) {
      return { kind: 'denied', route, reason: 'plugin proxy route access denied' };
    }
    return { kind: 'matched', route };
  }
  return { kind: 'unmatched' };
}
