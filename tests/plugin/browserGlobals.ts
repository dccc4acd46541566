/**
 * The few browser globals @grafana/data and @grafana/runtime touch when they are imported. The
 * DataSource itself needs none of them (its socket and HTTP calls are injected), but the libraries
 * read them at import time, and the integration tests run in plain Node.
 */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const globals = globalThis as Record<string, unknown>;
if (globals.window === undefined) {
  globals.window = globalThis;
  globals.localStorage = new MemoryStorage();
  globals.sessionStorage = new MemoryStorage();
  globals.addEventListener = () => undefined;
  globals.removeEventListener = () => undefined;
  globals.matchMedia = () => ({ matches: false, addListener: () => undefined, removeListener: () => undefined });
}
