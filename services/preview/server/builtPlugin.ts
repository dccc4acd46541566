/**
 * The built plugin in dist/: its plugin.json (re-read when the file changes, so `npm run dev`
 * rebuilds are picked up without a restart) and the routes compiled from it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoute, PluginRoute } from './pluginRoutes';

/** What the preview needs from dist/plugin.json. */
export interface BuiltPluginJson {
  id: string;
  name: string;
  type: string;
  info?: Record<string, unknown>;
  routes?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** Reads dist/plugin.json lazily and caches it until its modification time changes. */
export class BuiltPlugin {
  private cached?: { mtimeMs: number; json: BuiltPluginJson; routes: PluginRoute[] };

  constructor(readonly distDir: string) {}

  /** The parsed plugin.json; throws with a hint when the plugin has not been built. */
  json(): BuiltPluginJson {
    return this.load().json;
  }

  /** The compiled routes, in plugin.json order. */
  routes(): PluginRoute[] {
    return this.load().routes;
  }

  private load() {
    const path = join(this.distDir, 'plugin.json');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      throw new Error(`${path} is missing: build the plugin first (npm run build)`);
    }
    if (!this.cached || this.cached.mtimeMs !== mtimeMs) {
      const json = JSON.parse(readFileSync(path, 'utf8')) as BuiltPluginJson;
      if (json.type !== 'datasource' || typeof json.id !== 'string') {
        throw new Error(`${path} does not describe a datasource plugin`);
      }
      this.cached = { mtimeMs, json, routes: (json.routes ?? []).map(compileRoute) };
    }
    return this.cached;
  }
}
