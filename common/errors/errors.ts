/**
 * Typed errors shared by every component. Each carries a category that decides how it travels:
 * as an HTTP status, a gRPC status code, a WebSocket close code or a stream Error frame.
 */
export const ERROR_CATEGORIES = ['validation', 'auth', 'timeout', 'rate_limit', 'upstream', 'internal'] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** The gRPC status codes we use (numeric, so this file stays free of Node-only imports). */
export const GrpcCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

interface CategoryMapping {
  http: number;
  grpc: number;
  wsClose: number;
}

/** One table maps a category to every transport's code. */
export const CATEGORY_CODES: Record<ErrorCategory, CategoryMapping> = {
  validation: { http: 400, grpc: GrpcCode.INVALID_ARGUMENT, wsClose: 1007 },
  auth: { http: 401, grpc: GrpcCode.UNAUTHENTICATED, wsClose: 1008 },
  timeout: { http: 504, grpc: GrpcCode.DEADLINE_EXCEEDED, wsClose: 1013 },
  rate_limit: { http: 429, grpc: GrpcCode.RESOURCE_EXHAUSTED, wsClose: 1013 },
  upstream: { http: 502, grpc: GrpcCode.UNAVAILABLE, wsClose: 1013 },
  internal: { http: 500, grpc: GrpcCode.INTERNAL, wsClose: 1011 },
};

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

export function isErrorCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && (ERROR_CATEGORIES as readonly string[]).includes(value);
}

/** Wraps anything thrown into an IoTError; unknown failures become `internal`. */
export function toIoTError(err: unknown): IoTError {
  if (isIoTError(err)) {
    return err;
  }
  const message = err instanceof Error ? err.message : String(err);
  return new InternalError(message, { cause: err });
}

/** The category of a gRPC status code, for errors that come back from the broker. */
export function categoryFromGrpcCode(code: number): ErrorCategory {
  switch (code) {
    case GrpcCode.INVALID_ARGUMENT:
    case GrpcCode.NOT_FOUND:
    case GrpcCode.ALREADY_EXISTS:
    case GrpcCode.FAILED_PRECONDITION:
    case GrpcCode.OUT_OF_RANGE:
      return 'validation';
    case GrpcCode.UNAUTHENTICATED:
    case GrpcCode.PERMISSION_DENIED:
      return 'auth';
    case GrpcCode.DEADLINE_EXCEEDED:
      return 'timeout';
    case GrpcCode.RESOURCE_EXHAUSTED:
      return 'rate_limit';
    case GrpcCode.UNAVAILABLE:
    case GrpcCode.CANCELLED:
    case GrpcCode.ABORTED:
      return 'upstream';
    default:
      return 'internal';
  }
}

/** The iot.stream.v1.ErrorCategory enum value of a category (1-based, in ERROR_CATEGORIES order). */
export function wireCategory(category: ErrorCategory): number {
  return ERROR_CATEGORIES.indexOf(category) + 1;
}

/** The category of an iot.stream.v1.ErrorCategory enum value; unknown values become `internal`. */
export function categoryFromWire(value: number | null | undefined): ErrorCategory {
  return ERROR_CATEGORIES[(value ?? 0) - 1] ?? 'internal';
}
