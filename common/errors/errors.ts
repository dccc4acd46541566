/**
 * Typed errors shared by every component. Each carries a category that decides how it travels:
 * as an HTTP status, a gRPC status code, a WebSocket close code or a stream Error frame.
 */
import { CATEGORY_CODES, GrpcCode, type ErrorCategory } from './categories';

export {
  CATEGORY_CODES,
  ERROR_CATEGORIES,
  GrpcCode,
  categoryFromGrpcCode,
  categoryFromWire,
  httpStatusFromGrpcCode,
  isErrorCategory,
  sessionErrorCategory,
  wireCategory,
  type ErrorCategory,
  type WireErrorCategory,
} from './categories';

export interface IoTErrorOptions {
  cause?: unknown;
  /** A more precise HTTP status than the category's (e.g. 403, 404, 413). */
  httpStatus?: number;
  /** A more precise gRPC code than the category's (e.g. NOT_FOUND, PERMISSION_DENIED). */
  grpcCode?: number;
}

/** An error a person can act on: a category and a message that says what to do. */
export class IoTError extends Error {
  override readonly name: string = 'IoTError';
  readonly category: ErrorCategory;
  readonly httpStatus: number;
  readonly grpcCode: number;

  constructor(category: ErrorCategory, message: string, options: IoTErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.category = category;
    this.httpStatus = options.httpStatus ?? CATEGORY_CODES[category].http;
    this.grpcCode = options.grpcCode ?? CATEGORY_CODES[category].grpc;
  }

  /** The JSON body of an HTTP error response. */
  toJSON(): { error: { category: ErrorCategory; message: string } } {
    return { error: { category: this.category, message: this.message } };
  }
}

export class ValidationError extends IoTError {
  override readonly name: string = 'ValidationError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('validation', message, options);
  }
}

export class AuthError extends IoTError {
  override readonly name = 'AuthError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('auth', message, options);
  }
}

/** Authenticated, but not allowed to do this: HTTP 403, gRPC PERMISSION_DENIED. */
export class ForbiddenError extends IoTError {
  override readonly name = 'ForbiddenError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('auth', message, { httpStatus: 403, grpcCode: GrpcCode.PERMISSION_DENIED, ...options });
  }
}

export class NotFoundError extends IoTError {
  override readonly name = 'NotFoundError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('validation', message, { httpStatus: 404, grpcCode: GrpcCode.NOT_FOUND, ...options });
  }
}

export class TimeoutError extends IoTError {
  override readonly name = 'TimeoutError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('timeout', message, options);
  }
}

export class RateLimitError extends IoTError {
  override readonly name = 'RateLimitError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('rate_limit', message, options);
  }
}

export class UpstreamError extends IoTError {
  override readonly name = 'UpstreamError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('upstream', message, options);
  }
}

export class InternalError extends IoTError {
  override readonly name = 'InternalError';
  constructor(message: string, options?: IoTErrorOptions) {
    super('internal', message, options);
  }
}

export function isIoTError(err: unknown): err is IoTError {
  return err instanceof IoTError;
}

/** Wraps anything thrown into an IoTError; unknown failures become `internal`. */
export function toIoTError(err: unknown): IoTError {
  if (isIoTError(err)) {
    return err;
  }
  const message = err instanceof Error ? err.message : String(err);
  return new InternalError(message, { cause: err });
}
