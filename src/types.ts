import { DataSourceJsonData } from '@grafana/data';
import { DataQuery } from '@grafana/schema';
import { MAX_HISTORY_MESSAGES, MAX_UPDATE_HZ, MIN_CONFLATION_RATE_HZ } from '../common/api/streamLimits';
import { isSplitBy, type SplitBy } from '../common/query/splitBy';

export { isSplitBy, type SplitBy };
import { isConflationMode, type ConflationMode } from '../common/proto/conflation';

/** Which timestamp a sample is plotted at. */
export type TimeSource = 'event' | 'broker' | 'arrival';

export type { ConflationMode } from '../common/proto/conflation';

/**
 * The query model. Saved dashboards keep whatever version they were written with; `migrateQuery()`
 * brings any older shape up to QUERY_VERSION, and `resolveQuery()` fills in every default.
 */
export interface IoTQuery extends DataQuery {
  version?: number;
  /** MQTT-style topic filter, e.g. "site/+/device/+/env"; template variables allowed. */
  topic?: string;
  /**
   * Field paths: a telemetry value name ("temperature"), a JSON path ("json.a.b"), a label
   * ("label.site") or "device". Empty: every numeric telemetry value and top-level JSON number.
   */
  fields?: string[];
  timeSource?: TimeSource;
  splitBy?: SplitBy;
  /** Samples kept per series; empty: the panel's max data points. */
  bufferSize?: number;
  /** The most frame updates per second this query sends to its panel. */
  maxUpdateHz?: number;
  conflation?: ConflationMode;
  /** With conflation: at most this many values per second per series. */
  conflationRateHz?: number;
  /** How far back to start, as a duration ("15m", "2h"); empty: the dashboard's time range. */
  backfill?: string;
  /** The most history messages to replay when the stream opens. */
  maxHistory?: number;
  /** Plugin backend (queries over past ranges, alert rules): how samples are combined per interval. */
  aggregation?: Aggregation;
}

/** `auto`: samples as they are when they fit on the panel, else their average per interval. */
export type Aggregation = 'auto' | 'last' | 'avg' | 'min' | 'max' | 'sum' | 'count';

export const QUERY_VERSION = 2;

/** Bounds the editor and the datasource both enforce. */
export const LIMITS = {
  bufferSize: { min: 10, max: 100_000 },
  maxUpdateHz: { min: 1, max: MAX_UPDATE_HZ },
  conflationRateHz: { min: MIN_CONFLATION_RATE_HZ, max: 100 },
  // The sidecar's own limit: a larger value would silently be cut to it.
  maxHistory: { min: 0, max: MAX_HISTORY_MESSAGES },
} as const;

/** Every field of the query, with its default filled in. */
export type ResolvedQuery = Required<
  Omit<IoTQuery, 'bufferSize' | 'datasource' | 'queryType' | 'hide' | 'key' | 'aggregation'>
> &
  Pick<IoTQuery, 'bufferSize' | 'datasource' | 'hide' | 'aggregation'>;

export const DEFAULT_QUERY: Partial<IoTQuery> = {
  version: QUERY_VERSION,
  topic: '',
  fields: [],
  timeSource: 'event',
  splitBy: 'topic',
  maxUpdateHz: 20,
  conflation: 'none',
  conflationRateHz: 10,
  backfill: '',
  maxHistory: MAX_HISTORY_MESSAGES,
};

/** The buffer size when neither the query nor the request says. */
export const DEFAULT_BUFFER_SIZE = 1_000;

/**
 * How the datasource reaches the broker: through the plugin's own backend, which Grafana starts
 * (health, discovery, commands and alert queries), or through a separately deployed sidecar.
 */
export type Transport = 'sidecar' | 'backend';

/** Per-instance settings, readable by every viewer: nothing secret here. */
export interface IoTOptions extends DataSourceJsonData {
  /** Deadline of discovery, health and command requests, in ms. */
  requestTimeoutMs?: number;
  /** Absent: 'sidecar', what every datasource saved before the backend existed uses. */
  transport?: Transport;
  /** Backend mode: the broker's gRPC address as the Grafana server reaches it, host:port. */
  brokerAddress?: string;
  /** Backend mode: speak TLS to the broker. */
  brokerTls?: boolean;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_SIDECAR_URL = 'http://127.0.0.1:8080';

/** Secrets, kept server-side by Grafana and injected by the proxy routes in plugin.json. */
export interface IoTSecureJsonData {
  apiKey?: string;
  commandKey?: string;
  /** Backend mode: the token the backend presents to the broker. */
  brokerToken?: string;
  /** Backend mode: the token for publishes and commands (the broker token when empty). */
  commandToken?: string;
  /** Backend mode: a PEM CA certificate for the broker's TLS certificate. */
  brokerCaCert?: string;
}

const TIME_SOURCES: readonly TimeSource[] = ['event', 'broker', 'arrival'];

/** Keeps a number within bounds; anything not a finite number becomes the fallback. */
export function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    return fallback;
  }
  return Math.min(max, Math.max(min, n));
}

function migrateFields(fields: unknown): string[] {
  // Version 1 stored one comma-separated string.
  const list = typeof fields === 'string' ? fields.split(',') : Array.isArray(fields) ? fields : [];
  return list
    .filter((f): f is string => typeof f === 'string')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

/** Brings a saved query of any version up to QUERY_VERSION, keeping what the author chose. */
export function migrateQuery(saved: IoTQuery): IoTQuery {
  if ((saved.version ?? 0) >= QUERY_VERSION) {
    return saved;
  }
  const legacy = saved as IoTQuery & { filter?: unknown; rateHz?: unknown };
  const migrated: IoTQuery & { filter?: unknown; rateHz?: unknown } = {
    ...saved,
    version: QUERY_VERSION,
    // Version 0 called the topic filter `filter` and the update rate `rateHz`.
    topic: saved.topic ?? (typeof legacy.filter === 'string' ? legacy.filter : ''),
    fields: migrateFields(saved.fields),
  };
  if (saved.maxUpdateHz === undefined && legacy.rateHz !== undefined) {
    migrated.maxUpdateHz = clampNumber(legacy.rateHz, LIMITS.maxUpdateHz.min, LIMITS.maxUpdateHz.max, 20);
  }
  delete migrated.filter;
  delete migrated.rateHz;
  return migrated;
}

/** The query with every default filled in and every number within its bounds. */
export function resolveQuery(query: IoTQuery): ResolvedQuery {
  const q = migrateQuery(query);
  const d = DEFAULT_QUERY as Required<typeof DEFAULT_QUERY>;
  return {
    refId: q.refId,
    datasource: q.datasource,
    hide: q.hide,
    version: QUERY_VERSION,
    topic: (q.topic ?? '').trim(),
    fields: q.fields ?? [],
    timeSource: TIME_SOURCES.includes(q.timeSource as TimeSource) ? (q.timeSource as TimeSource) : d.timeSource,
    splitBy: isSplitBy(q.splitBy) ? q.splitBy : d.splitBy,
    bufferSize:
      q.bufferSize === undefined
        ? undefined
        : clampNumber(q.bufferSize, LIMITS.bufferSize.min, LIMITS.bufferSize.max, DEFAULT_BUFFER_SIZE),
    maxUpdateHz: clampNumber(q.maxUpdateHz, LIMITS.maxUpdateHz.min, LIMITS.maxUpdateHz.max, d.maxUpdateHz),
    conflation: isConflationMode(q.conflation) ? q.conflation : d.conflation,
    conflationRateHz: clampNumber(
      q.conflationRateHz,
      LIMITS.conflationRateHz.min,
      LIMITS.conflationRateHz.max,
      d.conflationRateHz
    ),
    backfill: (q.backfill ?? '').trim(),
    maxHistory: Math.round(clampNumber(q.maxHistory, LIMITS.maxHistory.min, LIMITS.maxHistory.max, d.maxHistory)),
  };
}
