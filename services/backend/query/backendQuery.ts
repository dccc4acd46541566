/**
 * One QueryData query, checked: the editor's query JSON (the same model the frontend saves, plus the
 * aggregation) and Grafana's range, maxDataPoints and interval. Anything wrong is a ValidationError
 * whose message names the field, so the panel shows what to fix.
 */
import { ValidationError } from '../../../common/errors/errors';
import { isSplitBy, type SplitBy } from '../../../common/query/splitBy';
import { validateTopicFilter } from '../../../common/topics/topicFilter';
import type { DataQuery } from '../grpc/messages';

export const AGGREGATIONS = ['last', 'avg', 'min', 'max', 'sum', 'count'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export type { SplitBy };

export interface BackendQuery {
  refId: string;
  topic: string;
  /** Value names to plot; empty: every telemetry value and top-level JSON number. */
  fields: string[];
  splitBy: SplitBy;
  timeSource: 'event' | 'broker';
  /** undefined ("auto"): samples as they are when they fit in maxDataPoints, else averaged per bucket. */
  aggregation: Aggregation | undefined;
  fromMs: number;
  toMs: number;
  maxDataPoints: number;
  intervalMs: number;
  /** The most history messages to read (0: the broker's limit). */
  maxHistory: number;
}

export const QUERY_LIMITS = {
  /** Alert rules ask for 43,200 points by default; far more than that is a mistake. */
  maxDataPoints: 100_000,
  /** A year of telemetry is already far beyond what a broker keeps. */
  maxRangeMs: 366 * 24 * 60 * 60 * 1000,
  maxHistory: 1_000_000,
  maxFilterBytes: 1_024,
} as const;

/** Keys Grafana adds to every query, and those the frontend's query model saves. */
const KNOWN_KEYS = new Set([
  'refId',
  'datasource',
  'datasourceId',
  'hide',
  'key',
  'queryType',
  'intervalMs',
  'maxDataPoints',
  'version',
  'topic',
  'fields',
  'timeSource',
  'splitBy',
  'bufferSize',
  'maxUpdateHz',
  'conflation',
  'conflationRateHz',
  'backfill',
  'maxHistory',
  'aggregation',
]);

function parseJson(bytes: Buffer): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.length === 0 ? '{}' : bytes.toString('utf8'));
  } catch (err) {
    throw new ValidationError(`the query is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ValidationError('the query must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function optionalString(json: Record<string, unknown>, key: string): string | undefined {
  const value = json[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new ValidationError(`query field "${key}" must be a string, got ${typeof value}`);
  }
  return value;
}

function parseFields(value: unknown): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  // Queries saved by the first editor version kept the fields as one comma-separated string.
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new ValidationError('query field "fields" must be a list of value names');
  }
  return (list as string[]).map((item) => item.trim()).filter((item) => item !== '');
}

function parseSplitBy(value: string | undefined): SplitBy {
  if (value === undefined || value === '') {
    return 'topic';
  }
  if (isSplitBy(value)) {
    return value;
  }
  throw new ValidationError(`query field "splitBy" is "${value}"; use none, topic, device or label:<name>`);
}

/** Reads and checks one query; throws a ValidationError naming what is wrong. */
export function parseBackendQuery(query: DataQuery): BackendQuery {
  const json = parseJson(query.json);
  const unknown = Object.keys(json).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    throw new ValidationError(
      `unknown query field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`
    );
  }
  const topic = (optionalString(json, 'topic') ?? '').trim();
  if (topic === '') {
    throw new ValidationError('the query has no topic: pick a topic (wildcards + and # allowed)');
  }
  validateTopicFilter(topic, QUERY_LIMITS.maxFilterBytes);

  const aggregationText = optionalString(json, 'aggregation') ?? 'auto';
  const aggregation = aggregationText === 'auto' || aggregationText === '' ? undefined : aggregationText;
  if (aggregation !== undefined && !(AGGREGATIONS as readonly string[]).includes(aggregation)) {
    throw new ValidationError(
      `query field "aggregation" is "${aggregation}"; use auto or one of ${AGGREGATIONS.join(', ')}`
    );
  }
  const timeSource = optionalString(json, 'timeSource') ?? 'event';
  if (timeSource !== 'event' && timeSource !== 'broker' && timeSource !== 'arrival') {
    throw new ValidationError(`query field "timeSource" is "${timeSource}"; use event or broker`);
  }

  const fromMs = query.timeRange?.fromEpochMS ?? 0;
  const toMs = query.timeRange?.toEpochMS ?? 0;
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || fromMs <= 0 || toMs <= fromMs) {
    throw new ValidationError(
      `the time range ${fromMs}..${toMs} is empty or reversed: pick a range that ends after it starts`
    );
  }
  if (toMs - fromMs > QUERY_LIMITS.maxRangeMs) {
    throw new ValidationError('the time range is longer than a year: pick a shorter range');
  }
  const maxDataPoints = query.maxDataPoints > 0 ? query.maxDataPoints : 1_000;
  if (maxDataPoints > QUERY_LIMITS.maxDataPoints) {
    throw new ValidationError(
      `maxDataPoints is ${maxDataPoints}; the most this datasource returns per series is ${QUERY_LIMITS.maxDataPoints}`
    );
  }
  const maxHistory = json.maxHistory === undefined ? 0 : Number(json.maxHistory);
  if (!Number.isInteger(maxHistory) || maxHistory < 0 || maxHistory > QUERY_LIMITS.maxHistory) {
    throw new ValidationError(`query field "maxHistory" must be a whole number from 0 to ${QUERY_LIMITS.maxHistory}`);
  }
  return {
    refId: query.refId,
    topic,
    fields: parseFields(json.fields),
    splitBy: parseSplitBy(optionalString(json, 'splitBy')),
    // History has no arrival time of its own: the broker's time is when it arrived.
    timeSource: timeSource === 'event' ? 'event' : 'broker',
    aggregation: aggregation as Aggregation | undefined,
    fromMs,
    toMs,
    maxDataPoints,
    intervalMs: query.intervalMS > 0 ? query.intervalMS : 0,
    maxHistory,
  };
}
