/** Turns typed errors into gRPC statuses with a message a person can act on. */
import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { isIoTError, ValidationError } from '../../common/errors/errors';
import { requestDecodeFailure } from '../grpc/brokerService';

/** The status object grpc-js sends for an error; unexpected errors are logged and reported as INTERNAL. */
export function toServiceError(err: unknown, logger: Logger, method: string): Partial<grpc.StatusObject> {
  if (isIoTError(err)) {
    return { code: err.grpcCode as grpc.status, details: err.message };
  }
  logger.error({ err, method }, 'unexpected error in a call handler');
  return { code: grpc.status.INTERNAL, details: `internal error in ${method}; the broker logged the details` };
}

/** Throws a ValidationError when grpc-js could not decode the request's bytes. */
export function assertDecoded(request: unknown, what: string): void {
  const failure = requestDecodeFailure(request);
  if (failure !== undefined) {
    throw new ValidationError(
      `the ${what} is not a valid protobuf message (${failure}); check the client's copy of broker.proto`
    );
  }
}
