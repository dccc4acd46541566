/** Locates static assets that @grafana/ui expects Grafana to serve. */
import { dirname, join } from 'node:path';

/** @grafana/ui's icon SVGs, which its Icon component fetches from /public/build/img/icons/. */
export function grafanaIconsDir(): string {
  // package.json is exported explicitly, so it resolves whatever the module format.
  return join(dirname(require.resolve('@grafana/ui/package.json')), 'dist', 'public', 'img', 'icons');
}
