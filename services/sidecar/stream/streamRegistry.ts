/**
 * The shared streams by (tenant, filter, conflation, batch form): one broker Subscribe per key however many
 * clients watch it, reference-counted, and closed a short linger after the last client left so a
 * page reload or a panel edit does not tear the upstream down and rebuild it.
 */
import type { ConflatorOptions } from './conflator';
import type { SharedStream } from './sharedStream';

export interface StreamKey {
  tenant: string;
  filter: string;
  /** Undefined: every message is forwarded. */
  conflation?: ConflatorOptions;
  /** The stream's batches are encoded once, so clients that want blocks share a stream of their own. */
  telemetryBlocks?: boolean;
  /** The broker token of the first client; every client of a key has the same tenant. */
  token?: string;
}

/** A client's hold on a shared stream; release() is safe to call twice. */
export interface StreamLease {
  readonly stream: SharedStream;
  release(): void;
}

interface Entry {
  stream: SharedStream;
  leases: number;
  lingerTimer?: NodeJS.Timeout;
}

export type StreamFactory = (id: number, key: StreamKey) => SharedStream;

/** The registry key of a stream key. */
export function streamKeyString(key: StreamKey): string {
  const conflation = key.conflation ? `${key.conflation.mode}@${key.conflation.rateHz}` : 'none';
  return JSON.stringify([key.tenant, key.filter, conflation, key.telemetryBlocks === true]);
}

export class StreamRegistry {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(
    private readonly factory: StreamFactory,
    private readonly lingerMs: number,
    private readonly nextId: () => number,
    private readonly onCountChange: (count: number) => void = () => undefined
  ) {}

  /** A lease on the stream of `key`, opening it when it is the first. */
  acquire(key: StreamKey): StreamLease {
    if (this.closed) {
      throw new Error('the stream registry is closed');
    }
    const name = streamKeyString(key);
    let entry = this.entries.get(name);
    if (entry && (entry.stream.state === 'failed' || entry.stream.state === 'closed')) {
      this.drop(name, entry);
      entry = undefined;
    }
    if (!entry) {
      const stream = this.factory(this.nextId(), key);
      entry = { stream, leases: 0 };
      this.entries.set(name, entry);
      this.onCountChange(this.entries.size);
      stream.start();
    }
    clearTimeout(entry.lingerTimer);
    entry.lingerTimer = undefined;
    entry.leases++;
    const held = entry;
    let released = false;
    return {
      stream: held.stream,
      release: () => {
        if (released) {
          return;
        }
        released = true;
        this.release(name, held);
      },
    };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Closes every stream at once. Safe to call twice. */
  close(): void {
    this.closed = true;
    for (const [name, entry] of [...this.entries]) {
      this.drop(name, entry);
    }
  }

  private release(name: string, entry: Entry): void {
    entry.leases--;
    if (entry.leases > 0 || this.entries.get(name) !== entry) {
      return;
    }
    if (this.lingerMs === 0 || entry.stream.state === 'failed') {
      this.drop(name, entry);
      return;
    }
    entry.lingerTimer = setTimeout(() => this.drop(name, entry), this.lingerMs);
  }

  private drop(name: string, entry: Entry): void {
    clearTimeout(entry.lingerTimer);
    entry.stream.close();
    if (this.entries.get(name) === entry) {
      this.entries.delete(name);
      this.onCountChange(this.entries.size);
    }
  }
}
