/**
 * The WebSocket upgrade: checked before anything is upgraded, so a refused client gets a plain HTTP
 * status (401, 404, 503) and a closed socket, never an open WebSocket.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { API_PATHS } from '../../common/api/sidecarApi';
import { isIoTError } from '../../common/errors/errors';
import type { KeyStore, Principal } from './auth/keyStore';

/** Writes a bare HTTP response on the raw socket and closes it. */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {}
): void {
  const body = `${message}\n`;
  const headers = {
    Connection: 'close',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...extraHeaders,
  };
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  if (socket.writable) {
    socket.end(`${head}\r\n\r\n${body}`);
  }
  socket.destroy();
}

export type UpgradeDecision =
  { ok: true; principal: Principal } | { ok: false; status: number; message: string; headers?: Record<string, string> };

/** Decides whether an upgrade request may proceed. */
export function checkUpgrade(req: IncomingMessage, keys: KeyStore, accepting: boolean): UpgradeDecision {
  const path = new URL(req.url ?? '/', 'http://sidecar.invalid').pathname;
  if (path !== API_PATHS.stream) {
    return { ok: false, status: 404, message: `no WebSocket endpoint at ${path}; use ${API_PATHS.stream}` };
  }
  if (!accepting) {
    return { ok: false, status: 503, message: 'the sidecar is shutting down; reconnect shortly' };
  }
  try {
    return { ok: true, principal: keys.authenticate(req.headers) };
  } catch (err) {
    const message = isIoTError(err) ? err.message : 'unauthenticated';
    return { ok: false, status: 401, message, headers: { 'WWW-Authenticate': 'Bearer' } };
  }
}
