import { iot } from '../proto';
import {
  CATEGORY_CODES,
  ERROR_CATEGORIES,
  GrpcCode,
  categoryFromGrpcCode,
  categoryFromWire,
  httpStatusFromGrpcCode,
  sessionErrorCategory,
  wireCategory,
} from './categories';

const Wire = iot.broker.v1.ErrorCategory;

describe('the error category table', () => {
  it('names every value of the wire enum but UNSPECIFIED, once', () => {
    const named = Object.values(Wire).filter((value) => value !== Wire.ERROR_CATEGORY_UNSPECIFIED);
    expect(ERROR_CATEGORIES.map(wireCategory).sort()).toEqual([...named].sort());
    expect(new Set(ERROR_CATEGORIES).size).toBe(ERROR_CATEGORIES.length);
  });

  it('gives each category its own wire value, gRPC code and HTTP status', () => {
    const distinct = (pick: (codes: (typeof CATEGORY_CODES)['internal']) => number) =>
      new Set(ERROR_CATEGORIES.map((category) => pick(CATEGORY_CODES[category]))).size;
    expect(distinct((codes) => codes.wire)).toBe(ERROR_CATEGORIES.length);
    expect(distinct((codes) => codes.grpc)).toBe(ERROR_CATEGORIES.length);
    expect(distinct((codes) => codes.http)).toBe(ERROR_CATEGORIES.length);
  });

  it('reads every category back from its own codes', () => {
    for (const category of ERROR_CATEGORIES) {
      const codes = CATEGORY_CODES[category];
      expect(categoryFromWire(codes.wire)).toBe(category);
      expect(categoryFromGrpcCode(codes.grpc)).toBe(category);
    }
    expect(categoryFromWire(Wire.ERROR_CATEGORY_UNSPECIFIED)).toBe('internal');
    expect(categoryFromWire(undefined)).toBe('internal');
  });

  it("tells a client a peer's gRPC code as the HTTP status that says the same", () => {
    expect(httpStatusFromGrpcCode(GrpcCode.NOT_FOUND)).toBe(404);
    expect(httpStatusFromGrpcCode(GrpcCode.PERMISSION_DENIED)).toBe(403);
    expect(httpStatusFromGrpcCode(GrpcCode.UNAVAILABLE)).toBe(503);
    expect(httpStatusFromGrpcCode(GrpcCode.FAILED_PRECONDITION)).toBe(409);
    expect(httpStatusFromGrpcCode(GrpcCode.UNIMPLEMENTED)).toBe(501);
    expect(httpStatusFromGrpcCode(GrpcCode.INVALID_ARGUMENT)).toBe(400);
    expect(httpStatusFromGrpcCode(GrpcCode.DATA_LOSS)).toBe(500);
    for (let code = 0; code <= GrpcCode.UNAUTHENTICATED; code++) {
      expect(httpStatusFromGrpcCode(code)).toBeGreaterThanOrEqual(400);
    }
  });

  it('reads a session error by its enum, or by its text from an older broker', () => {
    expect(sessionErrorCategory({ kind: Wire.ERROR_CATEGORY_TIMEOUT, category: 'timeout' })).toBe('timeout');
    expect(sessionErrorCategory({ category: 'rate_limit' })).toBe('rate_limit');
    expect(sessionErrorCategory({ category: 'nonsense' })).toBe('internal');
  });
});
