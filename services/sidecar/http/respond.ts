/** Writing JSON responses, errors included, in the one shape every client parses. */
import type { ServerResponse } from 'node:http';
import { toIoTError, type IoTError } from '../../../common/errors/errors';

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Sends `{error:{category,message}}` with the error's HTTP status. */
export function sendError(res: ServerResponse, err: unknown): IoTError {
  const error = toIoTError(err);
  if (!res.headersSent) {
    sendJson(res, error.httpStatus, error.toJSON());
  } else {
    res.destroy();
  }
  return error;
}
