/**
 * Sparkplug B payloads, decoded and encoded with the Eclipse Tahu `sparkplug-payload` library, turned
 * into plain numbers (its 64-bit values arrive as Long objects, unsigned).
 */
import { get as getSparkplugCodec } from 'sparkplug-payload';
import type { UMetric, UPayload } from 'sparkplug-payload/lib/sparkplugbpayload';
import { ValidationError } from '../../../common/errors/errors';

const codec = getSparkplugCodec('spBv1.0')!;

/** A metric value the bridge can carry: numbers (booleans as 0/1) and text. */
export type MetricValue = number | string;

export interface SparkplugMetric {
  name?: string;
  alias?: number;
  /** The Sparkplug data type name, e.g. "Double", "Int32", "Boolean", "String". */
  type?: string;
  /** Epoch ms. */
  timestamp?: number;
  /** undefined for null values and types the bridge does not carry (data sets, templates, bytes, files). */
  value: MetricValue | undefined;
}

export interface SparkplugPayload {
  /** Epoch ms. */
  timestamp?: number;
  seq?: number;
  metrics: SparkplugMetric[];
}

interface LongLike {
  low: number;
  high: number;
  unsigned?: boolean;
}

function isLong(value: unknown): value is LongLike {
  return typeof value === 'object' && value !== null && 'low' in value && 'high' in value;
}

/** A Long as a number; `signed` reads the 64 bits as two's complement (Sparkplug sends Int64 unsigned). */
function longToNumber(value: LongLike, signed: boolean): number {
  const high = signed ? value.high | 0 : value.high >>> 0;
  return high * 4_294_967_296 + (value.low >>> 0);
}

function optionalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  return isLong(value) ? longToNumber(value, false) : undefined;
}

const SIGNED_WIDTH: Record<string, number> = { Int8: 8, Int16: 16, Int32: 32 };

function metricValue(metric: UMetric): MetricValue | undefined {
  const value = metric.value as unknown;
  if (metric.isNull || value === null || value === undefined) {
    return undefined;
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 1 : 0;
    case 'number': {
      const width = SIGNED_WIDTH[metric.type];
      // Small signed integers travel as uint32; read them back with their sign.
      return width !== undefined ? (value << (32 - width)) >> (32 - width) : value;
    }
    case 'string':
      return value;
    default:
      return isLong(value) ? longToNumber(value, metric.type === 'Int64') : undefined;
  }
}

/** Decodes a Sparkplug B payload; throws a ValidationError for bytes that are not one. */
export function decodeSparkplugPayload(bytes: Uint8Array): SparkplugPayload {
  let decoded: UPayload;
  try {
    decoded = codec.decodePayload(bytes);
  } catch (err) {
    throw new ValidationError(`not a Sparkplug B payload: ${(err as Error).message}`, { cause: err });
  }
  return {
    timestamp: optionalNumber(decoded.timestamp),
    seq: optionalNumber(decoded.seq),
    metrics: (decoded.metrics ?? []).map((metric) => ({
      name: metric.name ?? undefined,
      alias: optionalNumber(metric.alias),
      type: metric.type,
      timestamp: optionalNumber(metric.timestamp),
      value: metricValue(metric),
    })),
  };
}

/** One metric to write with NCMD/DCMD (or to publish from a simulated edge node). */
export interface MetricToEncode {
  name?: string;
  alias?: number;
  type: string;
  value: number | boolean | string;
  timestamp?: number;
}

/** Encodes a Sparkplug B payload. */
export function encodeSparkplugPayload(payload: {
  timestamp: number;
  seq?: number;
  metrics: MetricToEncode[];
}): Uint8Array {
  return codec.encodePayload({
    timestamp: payload.timestamp,
    seq: payload.seq,
    metrics: payload.metrics.map((metric) => ({
      ...(metric.name === undefined ? {} : { name: metric.name }),
      ...(metric.alias === undefined ? {} : { alias: metric.alias }),
      ...(metric.timestamp === undefined ? {} : { timestamp: metric.timestamp }),
      type: metric.type as UMetric['type'],
      value: metric.value,
    })),
  } as UPayload);
}
