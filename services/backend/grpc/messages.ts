/** The pluginv2 messages as the loader hands them to handlers (keepCase, longs as numbers, enums as names). */

export interface DataSourceInstanceSettings {
  id: number;
  name: string;
  url: string;
  jsonData: Buffer;
  decryptedSecureJsonData: Record<string, string>;
  lastUpdatedMS: number;
  uid: string;
}

export interface GrafanaUser {
  login: string;
  name: string;
  email: string;
  role: string;
}

export interface PluginContext {
  orgId: number;
  pluginId: string;
  user?: GrafanaUser | null;
  dataSourceInstanceSettings?: DataSourceInstanceSettings | null;
  grafanaConfig: Record<string, string>;
  pluginVersion: string;
  userAgent: string;
}

export type HealthStatus = 'UNKNOWN' | 'OK' | 'ERROR';

export interface CheckHealthRequest {
  pluginContext?: PluginContext | null;
  headers: Record<string, string>;
}

export interface CheckHealthResponse {
  status: HealthStatus;
  message: string;
  jsonDetails: Buffer;
}

export interface CollectMetricsResponse {
  metrics: { prometheus: Buffer };
}

export interface TimeRange {
  fromEpochMS: number;
  toEpochMS: number;
}

export interface DataQuery {
  refId: string;
  maxDataPoints: number;
  intervalMS: number;
  timeRange?: TimeRange | null;
  json: Buffer;
  queryType: string;
}

export interface QueryDataRequest {
  pluginContext?: PluginContext | null;
  headers: Record<string, string>;
  queries: DataQuery[];
}

/** "plugin" when the backend or the query is at fault, "downstream" when the broker is. */
export type ErrorSource = 'plugin' | 'downstream';

export interface DataResponse {
  frames: Buffer[];
  error: string;
  status: number;
  errorSource: ErrorSource | '';
}

export interface QueryDataResponse {
  responses: Record<string, DataResponse>;
}

export interface CallResourceRequest {
  pluginContext?: PluginContext | null;
  path: string;
  method: string;
  url: string;
  headers: Record<string, { values: string[] }>;
  body: Buffer;
}

export interface CallResourceResponse {
  code: number;
  headers: Record<string, { values: string[] }>;
  body: Buffer;
}

/** SubscribeStreamResponse.Status and PublishStreamResponse.Status. */
export type StreamStatus = 'OK' | 'NOT_FOUND' | 'PERMISSION_DENIED';

/** SubscribeStreamRequest, RunStreamRequest and PublishStreamRequest share this shape. */
export interface StreamRequest {
  pluginContext?: PluginContext | null;
  path: string;
  data: Buffer;
  headers: Record<string, string>;
}

export interface StreamResponse {
  status: StreamStatus;
  data: Buffer;
}

export interface StreamPacket {
  data: Buffer;
}
