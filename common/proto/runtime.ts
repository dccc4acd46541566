/**
 * Tunes the protobuf runtime for telemetry before the generated codec loads (its default values
 * read these settings):
 * - 64-bit integers decode as plain numbers, not Long objects: sequences and timestamp seconds stay
 *   far below 2^53, and numbers keep the hot path free of allocations;
 * - short strings are interned: topics, device ids and field names repeat in every message, so a
 *   small cache keyed by their bytes returns the same string instead of decoding and allocating it
 *   again each time.
 */
import * as protobuf from 'protobufjs/minimal';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

/** Strings longer than this (in bytes) are decoded every time. */
const MAX_INTERNED_BYTES = 64;
/** Cache slots (a power of two); at most this many strings are held. */
const SLOTS = 4096;

const slotBytes: Array<Uint8Array | undefined> = new Array(SLOTS);
const slotStrings: string[] = new Array(SLOTS);
const utf8 = new TextDecoder('utf-8');

/** The UTF-8 string in buf[start, end), from the cache when the same bytes were seen before. */
export function readInternedString(buf: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length === 0) {
    return '';
  }
  if (length > MAX_INTERNED_BYTES) {
    return utf8.decode(buf.subarray(start, end));
  }
  let hash = length;
  for (let i = start; i < end; i++) {
    hash = (Math.imul(hash, 31) + buf[i]) | 0;
  }
  const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  const cached = slotBytes[slot];
  if (cached !== undefined && cached.length === length) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (cached[i] !== buf[start + i]) {
        same = false;
        break;
      }
    }
    if (same) {
      return slotStrings[slot];
    }
  }
  const value = utf8.decode(buf.subarray(start, end));
  slotBytes[slot] = buf.slice(start, end);
  slotStrings[slot] = value;
  return value;
}

interface StringReader {
  buf: Uint8Array;
  pos: number;
  len: number;
  uint32(): number;
}

// Reader.string() would first copy the bytes into a view; reading in place saves that allocation too.
function readString(this: StringReader): string {
  const length = this.uint32();
  const start = this.pos;
  const end = start + length;
  if (end > this.len) {
    throw RangeError(`index out of range: ${start} + ${length} > ${this.len}`);
  }
  this.pos = end;
  return readInternedString(this.buf, start, end);
}

(protobuf.Reader.prototype as unknown as { string: typeof readString }).string = readString;
(protobuf.BufferReader.prototype as unknown as { string: typeof readString }).string = readString;
