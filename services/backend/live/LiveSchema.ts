/**
 * The value fields of a live channel's frame, in first-seen order, and a version that changes when a
 * field is added: a packet carries the schema only for a version its reader has not seen. Fields
 * are keyed by name and type, so a field whose type changes becomes a new field instead of a column
 * with mixed values.
 */
import type { LiveField, LiveFieldType } from './liveRows';

export class LiveSchema {
  private readonly list: LiveField[] = [];
  private readonly indexByKey = new Map<string, number>();
  private _version = 0;

  /** Starts with `fields` (a query that names its fields has its schema from the first packet). */
  constructor(fields: readonly LiveField[] = []) {
    for (const field of fields) {
      this.indexOf(field.name, field.type);
    }
    this._version = 0;
  }

  get fields(): readonly LiveField[] {
    return this.list;
  }

  /** Bumped by every added field. */
  get version(): number {
    return this._version;
  }

  /** The index of a field, adding it (and bumping the version) when new. */
  indexOf(name: string, type: LiveFieldType): number {
    const key = `${type}\u0000${name}`;
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push({ name, type });
      this.indexByKey.set(key, index);
      this._version++;
    }
    return index;
  }
}
