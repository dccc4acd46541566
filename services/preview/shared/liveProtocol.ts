/**
 * The preview host's Grafana Live protocol on `/api/live/ws`: the small subset of centrifuge's JSON
 * protocol (v2 reply shape) that Grafana's frontend uses for datasource channels. One JSON object per
 * WebSocket text message.
 *
 * Client commands, each with an `id` the reply repeats:
 *   {"id":1,"connect":{}}                                   → {"id":1,"connect":{"client":"c1","version":"…"}}
 *   {"id":2,"subscribe":{"channel":"ds/<uid>/<path>","data":{…}}}
 *                                                            → {"id":2,"subscribe":{"data":<initial frame JSON>}}
 *   {"id":3,"unsubscribe":{"channel":"ds/<uid>/<path>"}}     → {"id":3,"unsubscribe":{}}
 * A refused command is answered {"id":n,"error":{"code":<code>,"message":"…"}} (codes below).
 *
 * Server pushes (no id):
 *   {"push":{"channel":"…","pub":{"data":<frame JSON packet>}}}
 *   {"push":{"channel":"…","unsubscribe":{"code":<code>,"reason":"…"}}}  the channel's stream ended for good
 *
 * `connect` must come first. Frame JSON is Grafana's (`{"schema":…,"data":{"values":…}}`), exactly the
 * bytes the backend's SubscribeStream and RunStream returned.
 */

/** Centrifuge's error codes, as Grafana Live answers them. */
export const LiveErrorCode = {
  internal: 100,
  unauthorized: 101,
  /** A channel that does not exist: Grafana's answer to the backend's NOT_FOUND. */
  unknownChannel: 102,
  /** Grafana's answer to the backend's PERMISSION_DENIED. */
  permissionDenied: 103,
  methodNotFound: 104,
  alreadySubscribed: 105,
  badRequest: 107,
} as const;

export interface LiveError {
  code: number;
  message: string;
}

export type LiveCommand =
  | { id: number; connect: Record<string, never> }
  | { id: number; subscribe: { channel: string; data?: unknown } }
  | { id: number; unsubscribe: { channel: string } };

export type LiveReply =
  | { id: number; connect: { client: string; version: string } }
  | { id: number; subscribe: { data?: unknown } }
  | { id: number; unsubscribe: Record<string, never> }
  | { id: number; error: LiveError };

export type LivePush =
  | { push: { channel: string; pub: { data: unknown } } }
  | { push: { channel: string; unsubscribe: { code: number; reason: string } } };

/** The endpoint's path under Grafana's root (and sub-path). */
export const LIVE_WS_PATH = '/api/live/ws';

/** Parses one client message; throws an Error naming what is wrong. */
export function parseLiveCommand(text: string): LiveCommand {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('the command is not JSON');
  }
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.id !== 'number' || !Number.isInteger(v.id) || v.id <= 0) {
    throw new Error('a command needs a positive integer "id"');
  }
  if (typeof v.connect === 'object' && v.connect !== null) {
    return { id: v.id, connect: {} };
  }
  const target = (v.subscribe ?? v.unsubscribe) as { channel?: unknown; data?: unknown } | undefined;
  if (typeof target !== 'object' || target === null || typeof target.channel !== 'string' || target.channel === '') {
    throw new Error('a command is one of connect, subscribe or unsubscribe, the last two with a "channel"');
  }
  return v.subscribe !== undefined
    ? { id: v.id, subscribe: { channel: target.channel, data: target.data } }
    : { id: v.id, unsubscribe: { channel: target.channel } };
}

/**
 * A publication push around a packet's frame JSON bytes, built without parsing them: the same text
 * goes to every subscriber of the channel.
 */
export function publicationText(channel: string, packet: string): string {
  return `{"push":{"channel":${JSON.stringify(channel)},"pub":{"data":${packet}}}}`;
}
