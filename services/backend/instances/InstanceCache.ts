/**
 * One instance per datasource, keyed by uid and rebuilt when Grafana reports newer settings
 * (lastUpdatedMS). Instances nobody asked for in `idleMs` are disposed: Grafana never says that a
 * datasource was deleted, it just stops calling for it.
 */
export interface Disposable {
  close(): void;
  /** True while the instance serves something long-lived (a live stream): it is not idle then. */
  readonly busy?: boolean;
}

interface Entry<T> {
  lastUpdatedMS: number;
  instance: T;
  lastUsedMs: number;
}

export interface InstanceCacheOptions {
  idleMs: number;
  now?: () => number;
}

export class InstanceCache<T extends Disposable> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(options: InstanceCacheOptions) {
    this.idleMs = options.idleMs;
    this.now = options.now ?? Date.now;
  }

  /** The instance for (uid, lastUpdatedMS), built by `create` when missing or stale. */
  get(uid: string, lastUpdatedMS: number, create: () => T): T {
    const now = this.now();
    this.disposeIdle(now);
    const entry = this.entries.get(uid);
    if (entry && entry.lastUpdatedMS === lastUpdatedMS) {
      entry.lastUsedMs = now;
      return entry.instance;
    }
    const instance = create();
    if (entry) {
      entry.instance.close();
    }
    this.entries.set(uid, { lastUpdatedMS, instance, lastUsedMs: now });
    return instance;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The instances held now. */
  values(): T[] {
    return [...this.entries.values()].map((entry) => entry.instance);
  }

  /** Disposes every instance; safe to call twice. */
  close(): void {
    for (const entry of this.entries.values()) {
      entry.instance.close();
    }
    this.entries.clear();
  }

  private disposeIdle(now: number): void {
    for (const [uid, entry] of this.entries) {
      if (entry.instance.busy) {
        entry.lastUsedMs = now;
      } else if (now - entry.lastUsedMs > this.idleMs) {
        entry.instance.close();
        this.entries.delete(uid);
      }
    }
  }
}
