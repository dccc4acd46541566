/**
 * The error categories and the one table that says how each travels: its value in the wire enum
 * (iot.broker.v1.ErrorCategory), its gRPC status, HTTP status and WebSocket close code, and which gRPC
 * codes from a peer read back as it. Every lookup in either direction is derived from this table.
 */
import { iot } from '../proto';

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

const Wire = iot.broker.v1.ErrorCategory;
/** A value of the wire enum iot.broker.v1.ErrorCategory. */
export type WireErrorCategory = iot.broker.v1.ErrorCategory;
type NamedWireCategory = Exclude<WireErrorCategory, iot.broker.v1.ErrorCategory.ERROR_CATEGORY_UNSPECIFIED>;

interface CategoryRow {
  readonly name: string;
  /** The codes an error of this category is sent with. */
  readonly grpc: number;
  readonly http: number;
  readonly wsClose: number;
  /**
   * The gRPC codes a peer answers with that mean this category (its own `grpc` first), each with the
   * HTTP status that says the same to a client where that is more precise than `http`.
   */
  readonly fromGrpc: ReadonlyArray<readonly [grpc: number, http?: number]>;
}

/** Keyed by the wire enum, so a category added to the proto fails the typecheck until it has a row. */
const ROWS = {
  [Wire.ERROR_CATEGORY_VALIDATION]: {
    name: 'validation',
    grpc: GrpcCode.INVALID_ARGUMENT,
    http: 400,
    wsClose: 1007,
    fromGrpc: [
      [GrpcCode.INVALID_ARGUMENT],
      [GrpcCode.NOT_FOUND, 404],
      [GrpcCode.ALREADY_EXISTS, 409],
      [GrpcCode.FAILED_PRECONDITION, 409],
      [GrpcCode.OUT_OF_RANGE],
    ],
  },
  [Wire.ERROR_CATEGORY_AUTH]: {
    name: 'auth',
    grpc: GrpcCode.UNAUTHENTICATED,
    http: 401,
    wsClose: 1008,
    fromGrpc: [[GrpcCode.UNAUTHENTICATED], [GrpcCode.PERMISSION_DENIED, 403]],
  },
  [Wire.ERROR_CATEGORY_TIMEOUT]: {
    name: 'timeout',
    grpc: GrpcCode.DEADLINE_EXCEEDED,
    http: 504,
    wsClose: 1013,
    fromGrpc: [[GrpcCode.DEADLINE_EXCEEDED]],
  },
  [Wire.ERROR_CATEGORY_RATE_LIMIT]: {
    name: 'rate_limit',
    grpc: GrpcCode.RESOURCE_EXHAUSTED,
    http: 429,
    wsClose: 1013,
    fromGrpc: [[GrpcCode.RESOURCE_EXHAUSTED]],
  },
  [Wire.ERROR_CATEGORY_UPSTREAM]: {
    name: 'upstream',
    grpc: GrpcCode.UNAVAILABLE,
    http: 502,
    wsClose: 1013,
    // A peer that says UNAVAILABLE is down for now (503: come back later); an upstream failure of
    // our own making is a bad gateway (502).
    fromGrpc: [[GrpcCode.UNAVAILABLE, 503], [GrpcCode.CANCELLED], [GrpcCode.ABORTED]],
  },
  [Wire.ERROR_CATEGORY_INTERNAL]: {
    name: 'internal',
    grpc: GrpcCode.INTERNAL,
    http: 500,
    wsClose: 1011,
    fromGrpc: [[GrpcCode.INTERNAL], [GrpcCode.UNIMPLEMENTED, 501]],
  },
} as const satisfies Record<NamedWireCategory, CategoryRow>;

export type ErrorCategory = (typeof ROWS)[NamedWireCategory]['name'];

interface CategoryCodes {
  wire: NamedWireCategory;
  grpc: number;
  http: number;
  wsClose: number;
}

const NAMED_WIRE_VALUES = Object.keys(ROWS).map(Number) as NamedWireCategory[];

/** Every category, in wire enum order. */
export const ERROR_CATEGORIES: readonly ErrorCategory[] = NAMED_WIRE_VALUES.map((wire) => ROWS[wire].name);

/** A category's wire value and the code each transport sends it with. */
export const CATEGORY_CODES = Object.fromEntries(
  NAMED_WIRE_VALUES.map((wire) => {
    const { name, grpc, http, wsClose } = ROWS[wire];
    return [name, { wire, grpc, http, wsClose }];
  })
) as Record<ErrorCategory, CategoryCodes>;

/** Each gRPC code a peer may answer with: the category it means and the HTTP status that says the same. */
const BY_GRPC = new Map<number, { category: ErrorCategory; http: number }>(
  NAMED_WIRE_VALUES.flatMap((wire) =>
    ROWS[wire].fromGrpc.map(([grpc, http]): [number, { category: ErrorCategory; http: number }] => [
      grpc,
      { category: ROWS[wire].name, http: http ?? ROWS[wire].http },
    ])
  )
);

export function isErrorCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && (ERROR_CATEGORIES as readonly string[]).includes(value);
}

/** The category of a gRPC status code, for errors that come back from a peer; unknown codes are `internal`. */
export function categoryFromGrpcCode(code: number): ErrorCategory {
  return BY_GRPC.get(code)?.category ?? 'internal';
}

/** The HTTP status that tells a client what a peer's gRPC status code says. */
export function httpStatusFromGrpcCode(code: number): number {
  return BY_GRPC.get(code)?.http ?? CATEGORY_CODES.internal.http;
}

/** The iot.broker.v1.ErrorCategory value of a category. */
export function wireCategory(category: ErrorCategory): WireErrorCategory {
  return CATEGORY_CODES[category].wire;
}

/** The category of an iot.broker.v1.ErrorCategory value; unset and unknown values are `internal`. */
export function categoryFromWire(value: number | null | undefined): ErrorCategory {
  const row: { name: ErrorCategory } | undefined = (ROWS as Partial<Record<number, (typeof ROWS)[NamedWireCategory]>>)[
    value ?? 0
  ];
  return row?.name ?? 'internal';
}

/**
 * The category of an iot.broker.v1.SessionError: its enum when set, else the text field that
 * brokers built before the enum send alone.
 */
export function sessionErrorCategory(error: iot.broker.v1.ISessionError): ErrorCategory {
  if (error.kind) {
    return categoryFromWire(error.kind);
  }
  return isErrorCategory(error.category) ? error.category : 'internal';
}
