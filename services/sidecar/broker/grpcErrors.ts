/** Turns a failed broker call into an IoTError whose category and HTTP status a client can act on. */
import type { ServiceError } from '@grpc/grpc-js';
import {
  GrpcCode,
  IoTError,
  categoryFromGrpcCode,
  httpStatusFromGrpcCode,
  isIoTError,
} from '../../../common/errors/errors';

/** Readable causes of the socket errors grpc-js reports when it cannot connect. */
const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'name lookup failed',
};

/**
 * grpc-js's status details in plain words: "No connection established. Last error: Error: connect
 * ECONNREFUSED 127.0.0.1:1. Resolution note: " becomes "connection refused at 127.0.0.1:1". Its
 * internal wording (load balancer notes, resolution notes) means nothing to a person.
 */
export function plainGrpcDetail(details: string): string {
  let text = details.replace(/\.?\s*Resolution note:.*$/s, '').trim();
  text = text.replace(/^(?:[a-z_]+: )?No connection established\. Last error: /, '').replace(/^Error: /, '');
  const socket = /\b(E[A-Z_]+)\b\s*([^\s()]+)?/.exec(text);
  if (socket && SOCKET_ERRORS[socket[1]]) {
    return `${SOCKET_ERRORS[socket[1]]}${socket[2] ? ` at ${socket[2].replace(/\.$/, '')}` : ''}`;
  }
  const resolution = /^Name resolution failed for target (?:dns:)?(\S+)/.exec(text);
  if (resolution) {
    return `no such host: ${resolution[1]}`;
  }
  return text.replace(/\.$/, '') || 'no connection';
}

function isServiceError(err: unknown): err is ServiceError {
  return (
    typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'number' && 'details' in err
  );
}

/** The IoTError of a broker call failure; `what` names the call for the message. */
export function brokerCallError(err: unknown, what: string): IoTError {
  if (isIoTError(err)) {
    return err;
  }
  if (!isServiceError(err)) {
    return new IoTError('internal', `${what} failed: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const detail = plainGrpcDetail(err.details || err.message);
  // grpc-js says RESOURCE_EXHAUSTED for a message over its size limit, either way between sidecar and
  // broker. That reads as a rate limit, but no wait makes the message fit: it is a request to change
  // (e.g. a narrower filter), so it is not retried.
  if (err.code === GrpcCode.RESOURCE_EXHAUSTED && /larger than max/i.test(detail)) {
    return new IoTError(
      'validation',
      `${what}: a message is too large for the gRPC limit between sidecar and broker (${detail}); retrying cannot help`,
      { cause: err, grpcCode: err.code, httpStatus: 413 }
    );
  }
  const category = categoryFromGrpcCode(err.code);
  const hint =
    err.code === GrpcCode.UNAVAILABLE
      ? ' (is the broker running and reachable from the sidecar?)'
      : err.code === GrpcCode.DEADLINE_EXCEEDED
        ? ' (the broker did not answer in time)'
        : err.code === GrpcCode.UNAUTHENTICATED
          ? " (the broker refused the sidecar's token: check SIDECAR_BROKER_TOKEN or the key's brokerToken)"
          : '';
  return new IoTError(category, `${what}: ${detail}${hint}`, {
    cause: err,
    grpcCode: err.code,
    // The broker refused the sidecar's own token: not the client's credentials, so a bad gateway.
    httpStatus: err.code === GrpcCode.UNAUTHENTICATED ? 502 : httpStatusFromGrpcCode(err.code),
  });
}
