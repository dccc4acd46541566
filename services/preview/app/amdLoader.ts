/**
 * A minimal AMD loader: the shared libraries are registered by name, then a plugin's built
 * `module.js` is loaded with a script tag and its `define([...deps], factory)` call is resolved
 * against them, with the special `module`, `exports` and `require` dependencies AMD defines.
 * Grafana loads plugins the same way (through SystemJS's AMD support); nothing here is plugin-specific.
 */

type Factory = (...dependencies: unknown[]) => unknown;

interface PendingDefinition {
  dependencies: string[];
  factory: Factory | Record<string, unknown>;
}

/** The AMD `module` dependency: webpack's public-path code reads `uri` to find the plugin's folder. */
export interface AmdModuleMeta {
  id: string;
  uri: string;
  exports: Record<string, unknown>;
}

/** Thrown when a plugin asks for a dependency the host does not provide, or defines nothing. */
export class AmdLoadError extends Error {
  override readonly name = 'AmdLoadError';
}

/** A registry of named modules plus the global `define` that plugin scripts call. */
export class AmdRegistry {
  private readonly modules = new Map<string, unknown>();
  // Definitions recorded while a script runs, keyed by the script's URL.
  private readonly pending = new Map<string, PendingDefinition>();
  private anonymousDefinition?: PendingDefinition;

  /** Makes `exports` available to plugins under `name`. */
  register(name: string, exports: unknown): void {
    this.modules.set(name, exports);
  }

  /** The names plugins may import. */
  names(): string[] {
    return [...this.modules.keys()].sort();
  }

  /** Installs `window.define` (with `define.amd`, which UMD wrappers test for). */
  install(target: Window): void {
    const define = (...args: unknown[]) => this.define(args);
    (define as unknown as { amd: object }).amd = {};
    (target as unknown as { define: unknown }).define = define;
  }

  /** Loads and evaluates the AMD module at `url`; resolves to its exports. */
  load(url: string, doc: Document = document): Promise<Record<string, unknown>> {
    const absolute = new URL(url, doc.baseURI).href;
    return new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = absolute;
      script.async = true;
      script.onload = () => {
        try {
          resolve(this.instantiate(absolute));
        } catch (error) {
          reject(error);
        } finally {
          script.remove();
        }
      };
      script.onerror = () => {
        script.remove();
        reject(new AmdLoadError(`could not load ${absolute}`));
      };
      doc.head.appendChild(script);
    });
  }

  private define(args: unknown[]): void {
    // define(factory) | define(deps, factory) | define(id, deps, factory) | define(id, factory)
    const rest = typeof args[0] === 'string' ? args.slice(1) : args;
    const dependencies = Array.isArray(rest[0]) ? (rest[0] as string[]) : ['require', 'exports', 'module'];
    const factory = (Array.isArray(rest[0]) ? rest[1] : rest[0]) as PendingDefinition['factory'];
    const definition = { dependencies, factory };
    const current = document.currentScript;
    if (current instanceof HTMLScriptElement && current.src) {
      this.pending.set(current.src, definition);
    } else {
      this.anonymousDefinition = definition;
    }
  }

  private instantiate(url: string): Record<string, unknown> {
    const definition = this.pending.get(url) ?? this.anonymousDefinition;
    this.pending.delete(url);
    this.anonymousDefinition = undefined;
    if (!definition) {
      throw new AmdLoadError(`${url} did not call define()`);
    }
    if (typeof definition.factory !== 'function') {
      return definition.factory;
    }
    const meta: AmdModuleMeta = { id: url, uri: url, exports: {} };
    const localRequire = (name: string) => this.resolve(name, meta);
    const values = definition.dependencies.map((name) =>
      name === 'require' ? localRequire : this.resolve(name, meta)
    );
    const returned = definition.factory(...values);
    return (returned ?? meta.exports) as Record<string, unknown>;
  }

  private resolve(name: string, meta: AmdModuleMeta): unknown {
    if (name === 'module') {
      return meta;
    }
    if (name === 'exports') {
      return meta.exports;
    }
    if (!this.modules.has(name)) {
      throw new AmdLoadError(
        `the plugin imports "${name}", which the host does not provide (provided: ${this.names().join(', ')})`
      );
    }
    return this.modules.get(name);
  }
}
