/**
 * The sidecar's HTTP API as JSON, shared by the sidecar (which validates it) and the plugin (which
 * calls it through Grafana's data source proxy). Times are epoch milliseconds.
 * The WebSocket at STREAM_PATH speaks the binary frames of proto/iot/stream/v1/stream.proto.
 */
import type { ErrorCategory } from '../errors/errors';

export const API_PATHS = {
  stream: '/api/stream',
  health: '/api/health',
  topics: '/api/topics',
  devices: '/api/devices',
  publish: '/api/publish',
  command: '/api/command',
  healthz: '/healthz',
  readyz: '/readyz',
} as const;

/** Every error response body. */
export interface ApiErrorBody {
  error: { category: ErrorCategory; message: string };
}

/** GET /api/health: 200 when the broker answers, 502 (with `error`) when it does not. */
export interface HealthResponse {
  sidecar: { version: string; uptimeMs: number };
  broker: {
    reachable: boolean;
    target: string;
    version?: string;
    roundTripMs?: number;
    topicCount?: number;
    deviceCount?: number;
    bus?: string;
    tenant?: string;
  };
  error?: ApiErrorBody['error'];
}

export interface TopicSummary {
  name: string;
  messageCount: number;
  lastTimeMs?: number;
  ratePerSecond: number;
  fields: string[];
  lastSequence: number;
}

/** GET /api/topics?filter=<mqtt filter> */
export interface TopicsResponse {
  topics: TopicSummary[];
  /** Set when more topics follow: ask again with `?pageToken=` this value. Pages are bounded in bytes. */
  nextPageToken?: string;
}

export interface DeviceSummary {
  deviceId: string;
  connected: boolean;
  lastHeartbeatMs?: number;
  connectedSinceMs?: number;
  metadata: Record<string, string>;
  topics: string[];
}

/** GET /api/devices */
export interface DevicesResponse {
  devices: DeviceSummary[];
}

/** POST /api/publish: exactly one of `values`, `json` or `rawBase64`. */
export interface PublishBody {
  topic: string;
  values?: Record<string, number>;
  json?: unknown;
  rawBase64?: string;
  deviceId?: string;
  labels?: Record<string, string>;
  eventTimeMs?: number;
}

export interface PublishResult {
  sequence: number;
  brokerTimeMs: number;
}

/** POST /api/command */
export interface CommandBody {
  deviceId: string;
  name: string;
  /** JSON handed to the device as the command's payload. */
  payload?: unknown;
  /** How long to wait for the device's answer (default 5000, at most 25000: see proxyLimits.ts). */
  timeoutMs?: number;
}

export interface CommandResponse {
  commandId: string;
  deviceId: string;
  ok: boolean;
  /** The device's answer as JSON (numbers for telemetry results, text for raw ones). */
  result: unknown;
  error?: string;
  roundTripMs: number;
}
