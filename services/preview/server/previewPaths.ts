/** Where a request goes in the preview host: under the sub-path, and through the data source proxy. */

/** Grafana's data source proxy path prefix. */
export const PROXY_PREFIX = '/api/datasources/proxy/uid/';

/** The request path without the sub-path ("/" for the sub-path's root), or undefined when outside it. */
export function pathWithinSubPath(pathname: string, subPath: string): string | undefined {
  if (!subPath) {
    return pathname;
  }
  return pathname.startsWith(`${subPath}/`) ? pathname.slice(subPath.length) : undefined;
}

/** The path after `/api/datasources/proxy/uid/<uid>/`, or undefined for another uid. */
export function proxyPathFor(pathname: string, uid: string): string | undefined {
  const rest = pathname.slice(PROXY_PREFIX.length);
  const slash = rest.indexOf('/');
  const requestedUid = slash < 0 ? rest : rest.slice(0, slash);
  if (decodeURIComponent(requestedUid) !== uid) {
    return undefined;
  }
  return slash < 0 ? '' : rest.slice(slash + 1);
}
