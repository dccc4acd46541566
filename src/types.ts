import { DataSourceJsonData } from '@grafana/data';
import { DataQuery } from '@grafana/schema';

/** The query model; `version` lets saved dashboards migrate when it changes. */
export interface IoTQuery extends DataQuery {
  version?: number;
  /** MQTT-style topic filter, e.g. "site/+/device/+/temperature". */
  topic?: string;
}

export const QUERY_VERSION = 1;

export const DEFAULT_QUERY: Partial<IoTQuery> = {
  version: QUERY_VERSION,
  topic: '',
};

/** Per-instance settings, readable by every viewer: nothing secret here. */
export interface IoTOptions extends DataSourceJsonData {
  /** Request timeout for discovery, health and commands, in ms. */
  requestTimeoutMs?: number;
}

/** Secrets, kept server-side by Grafana and injected by the proxy routes in plugin.json. */
export interface IoTSecureJsonData {
  apiKey?: string;
  commandKey?: string;
}
