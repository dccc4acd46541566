/** Turns a failed broker call into an IoTError whose category and HTTP status a client can act on. */
import type { ServiceError } from '@grpc/grpc-js';
import { GrpcCode, IoTError, categoryFromGrpcCode, isIoTError } from '../../../common/errors/errors';

/** HTTP statuses more precise than the category's for some gRPC codes. */
const HTTP_BY_GRPC: Partial<Record<number, number>> = {
  [GrpcCode.NOT_FOUND]: 404,
  [GrpcCode.PERMISSION_DENIED]: 403,
  [GrpcCode.UNAVAILABLE]: 503,
  [GrpcCode.DEADLINE_EXCEEDED]: 504,
  [GrpcCode.FAILED_PRECONDITION]: 409,
  [GrpcCode.ALREADY_EXISTS]: 409,
  [GrpcCode.UNIMPLEMENTED]: 501,
};

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
  const detail = err.details || err.message;
  // gRPC also says RESOURCE_EXHAUSTED for a message over its size limit: no wait makes it fit, so it
  // is not a rate limit to retry after but a request to change.
  const tooLarge = err.code === GrpcCode.RESOURCE_EXHAUSTED && /larger than max/i.test(detail);
  const category = tooLarge ? 'validation' : categoryFromGrpcCode(err.code);
  const hint =
    err.code === GrpcCode.UNAVAILABLE
      ? ' (is the broker running and reachable from the sidecar?)'
      : err.code === GrpcCode.DEADLINE_EXCEEDED
        ? ' (the broker did not answer in time)'
        : err.code === GrpcCode.UNAUTHENTICATED
          ? " (the broker refused the sidecar's token: check SIDECAR_BROKER_TOKEN or the key's brokerToken)"
          : tooLarge
            ? ' (a message exceeds the gRPC size limit between sidecar and broker; retrying cannot help)'
            : '';
  return new IoTError(category, `${what}: ${detail}${hint}`, {
    cause: err,
    grpcCode: err.code,
    httpStatus: err.code === GrpcCode.UNAUTHENTICATED ? 502 : tooLarge ? 413 : HTTP_BY_GRPC[err.code],
  });
}
