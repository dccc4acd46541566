/**
 * The Grafana Live channel of a live query: `ds/<datasource uid>/<path>`, where the path encodes
 * everything that changes the stream's packets and nothing that differs between viewers (the time
 * range's start travels in the subscription's data instead), so the same query from two panels or
 * two viewers is one channel, and so one RunStream upstream.
 *
 * Grafana allows only `[A-Za-z0-9_\-/=.]` in a path and 160 characters for the whole channel. The
 * path is `v1/<base64url of the canonical spec>` when it fits; otherwise `h1/<base64url SHA-256 of
 * it>` and the subscriber sends the spec in its subscription data, where the backend checks that it
 * hashes to the path (a hash, not a cut, so two long specs never share a channel).
 */
import { sha256 } from '@noble/hashes/sha256';
import { ValidationError } from '../errors/errors';

/** What defines a live stream's packets; the canonical, versioned key of a channel. */
export interface LiveStreamSpec {
  /** The interpolated MQTT-style topic filter. */
  filter: string;
  /** The interpolated field paths; empty: every numeric value. */
  fields: string[];
  timeSource: 'event' | 'broker' | 'arrival';
  /** none, topic, device or label:<name>. */
  splitBy: string;
  conflation: 'none' | 'last' | 'avg' | 'min' | 'max';
  /** With conflation; 0 when conflation is none. */
  conflationRateHz: number;
  /** The most packets a second the channel sends. */
  maxUpdateHz: number;
  /** Rows kept per series for a newcomer's initial data; null: the backend's default. */
  bufferSize: number | null;
  /** The most history messages replayed when the channel opens; 0: the broker's limit. */
  maxHistory: number;
}

/** What one viewer sends when it subscribes: where its history starts, and the spec of a hashed path. */
export interface LiveSubscribeData {
  /** Start of the viewer's history (epoch ms); absent: live only. */
  sinceMs?: number;
  /** Required with an `h1/` path, ignored with `v1/`. */
  spec?: LiveStreamSpec;
}

/** Grafana's limits on a channel. */
export const LIVE_CHANNEL_MAX_LENGTH = 160;
const PATH_CHARACTERS = /^[A-Za-z0-9_\-/=.]+$/;
const ENCODED_PREFIX = 'v1/';
const HASHED_PREFIX = 'h1/';

const TIME_SOURCES = ['event', 'broker', 'arrival'] as const;
const CONFLATIONS = ['none', 'last', 'avg', 'min', 'max'] as const;

/** The spec as a fixed-order JSON array: the same query always gives the same bytes. */
export function canonicalSpec(spec: LiveStreamSpec): string {
  return JSON.stringify([
    1,
    spec.filter,
    [...spec.fields],
    spec.timeSource,
    spec.splitBy,
    spec.conflation,
    spec.conflation === 'none' ? 0 : spec.conflationRateHz,
    spec.maxUpdateHz,
    spec.bufferSize,
    spec.maxHistory,
  ]);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) {
    throw new ValidationError('the channel path is not base64url');
  }
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The path of a spec under a datasource, within Grafana's 160-character channel limit. */
export function liveChannelPath(datasourceUid: string, spec: LiveStreamSpec): string {
  const canonical = new TextEncoder().encode(canonicalSpec(spec));
  const encoded = ENCODED_PREFIX + base64url(canonical);
  if (`ds/${datasourceUid}/${encoded}`.length <= LIVE_CHANNEL_MAX_LENGTH) {
    return encoded;
  }
  return HASHED_PREFIX + base64url(sha256(canonical));
}

/** The whole channel name of a spec. */
export function liveChannel(datasourceUid: string, spec: LiveStreamSpec): string {
  return `ds/${datasourceUid}/${liveChannelPath(datasourceUid, spec)}`;
}

/** True when the path is a hash: the spec must come with the subscription's data. */
export function isHashedPath(path: string): boolean {
  return path.startsWith(HASHED_PREFIX);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(`channel ${name} is ${JSON.stringify(value)}; use one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function finiteNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ValidationError(`channel ${name} must be a number of zero or more`);
  }
  return value;
}

/** Checks a spec's shape (from a decoded path or a subscription's data); throws a ValidationError. */
export function checkSpec(value: unknown): LiveStreamSpec {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) {
    throw new ValidationError('the channel spec must be an object');
  }
  if (typeof v.filter !== 'string' || v.filter === '') {
    throw new ValidationError('the channel has no topic filter');
  }
  if (!Array.isArray(v.fields) || v.fields.some((f) => typeof f !== 'string')) {
    throw new ValidationError('channel fields must be a list of field paths');
  }
  if (typeof v.splitBy !== 'string') {
    throw new ValidationError('channel splitBy must be a string');
  }
  const bufferSize = v.bufferSize === null || v.bufferSize === undefined ? null : finiteNumber(v.bufferSize, 'bufferSize');
  return {
    filter: v.filter,
    fields: v.fields as string[],
    timeSource: oneOf(v.timeSource, TIME_SOURCES, 'timeSource'),
    splitBy: v.splitBy,
    conflation: oneOf(v.conflation, CONFLATIONS, 'conflation'),
    conflationRateHz: finiteNumber(v.conflationRateHz, 'conflationRateHz'),
    maxUpdateHz: finiteNumber(v.maxUpdateHz, 'maxUpdateHz'),
    bufferSize,
    maxHistory: finiteNumber(v.maxHistory, 'maxHistory'),
  };
}

function specFromCanonical(json: unknown): LiveStreamSpec {
  if (!Array.isArray(json) || json[0] !== 1 || json.length !== 10) {
    throw new ValidationError('the channel path is not a version 1 stream spec');
  }
  const [, filter, fields, timeSource, splitBy, conflation, conflationRateHz, maxUpdateHz, bufferSize, maxHistory] =
    json as unknown[];
  return checkSpec({
    filter,
    fields,
    timeSource,
    splitBy,
    conflation,
    conflationRateHz,
    maxUpdateHz,
    bufferSize,
    maxHistory,
  });
}

/**
 * The spec of a channel path: decoded from a `v1/` path, or taken from the subscription's data for
 * an `h1/` path after checking it hashes to the path. Throws a ValidationError for anything else.
 */
export function specOfPath(path: string, data?: LiveSubscribeData): LiveStreamSpec {
  if (!PATH_CHARACTERS.test(path)) {
    throw new ValidationError('the channel path has characters Grafana does not allow');
  }
  if (path.startsWith(ENCODED_PREFIX)) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(path.slice(3))));
    } catch (err) {
      if (err instanceof ValidationError) {
        throw err;
      }
      throw new ValidationError('the channel path does not decode to a stream spec', { cause: err });
    }
    return specFromCanonical(json);
  }
  if (path.startsWith(HASHED_PREFIX)) {
    if (data?.spec === undefined) {
      throw new ValidationError('a hashed channel path needs its stream spec in the subscription data');
    }
    const spec = checkSpec(data.spec);
    const expected = HASHED_PREFIX + base64url(sha256(new TextEncoder().encode(canonicalSpec(spec))));
    if (expected !== path) {
      throw new ValidationError('the stream spec in the subscription data does not match the channel path');
    }
    return spec;
  }
  throw new ValidationError(`unknown channel path version "${path.split('/')[0]}": this backend reads v1 and h1`);
}
