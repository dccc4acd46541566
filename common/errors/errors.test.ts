import { iot } from '../proto';
import {
  categoryFromGrpcCode,
  categoryFromWire,
  ERROR_CATEGORIES,
  ForbiddenError,
  GrpcCode,
  InternalError,
  IoTError,
  NotFoundError,
  toIoTError,
  ValidationError,
  wireCategory,
} from './errors';

describe('errors', () => {
  it('maps each category to its transport codes', () => {
    const err = new ValidationError('filter "a/#/b": # must be the last level');
    expect(err).toBeInstanceOf(IoTError);
    expect(err.category).toBe('validation');
    expect(err.httpStatus).toBe(400);
    expect(err.grpcCode).toBe(GrpcCode.INVALID_ARGUMENT);
    expect(err.toJSON()).toEqual({ error: { category: 'validation', message: err.message } });
  });

  it('lets a subclass refine the codes within its category', () => {
    expect(new ForbiddenError('no command right')).toMatchObject({ category: 'auth', httpStatus: 403, grpcCode: GrpcCode.PERMISSION_DENIED });
    expect(new NotFoundError('no device d1')).toMatchObject({ category: 'validation', httpStatus: 404, grpcCode: GrpcCode.NOT_FOUND });
  });

  it('wraps unknown throws as internal and keeps the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toIoTError(cause);
    expect(wrapped).toBeInstanceOf(InternalError);
    expect(wrapped.cause).toBe(cause);
    expect(toIoTError('text').message).toBe('text');
  });

  it('agrees with the wire enum of the stream contract', () => {
    const wire = iot.broker.v1.ErrorCategory;
    expect(wireCategory('validation')).toBe(wire.ERROR_CATEGORY_VALIDATION);
    expect(wireCategory('auth')).toBe(wire.ERROR_CATEGORY_AUTH);
    expect(wireCategory('timeout')).toBe(wire.ERROR_CATEGORY_TIMEOUT);
    expect(wireCategory('rate_limit')).toBe(wire.ERROR_CATEGORY_RATE_LIMIT);
    expect(wireCategory('upstream')).toBe(wire.ERROR_CATEGORY_UPSTREAM);
    expect(wireCategory('internal')).toBe(wire.ERROR_CATEGORY_INTERNAL);
    for (const category of ERROR_CATEGORIES) {
      expect(categoryFromWire(wireCategory(category))).toBe(category);
    }
    expect(categoryFromWire(99)).toBe('internal');
  });

  it('maps gRPC codes back to categories', () => {
    expect(categoryFromGrpcCode(GrpcCode.INVALID_ARGUMENT)).toBe('validation');
    expect(categoryFromGrpcCode(GrpcCode.PERMISSION_DENIED)).toBe('auth');
    expect(categoryFromGrpcCode(GrpcCode.DEADLINE_EXCEEDED)).toBe('timeout');
    expect(categoryFromGrpcCode(GrpcCode.RESOURCE_EXHAUSTED)).toBe('rate_limit');
    expect(categoryFromGrpcCode(GrpcCode.UNAVAILABLE)).toBe('upstream');
    expect(categoryFromGrpcCode(GrpcCode.UNKNOWN)).toBe('internal');
  });
});
