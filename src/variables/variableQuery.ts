import type { MetricFindValue } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import type { DeviceSummary, TopicSummary } from '../../common/api/sidecarApi';

/** A variable query: topics (optionally matching a filter) or devices (optionally connected only). */
export interface IoTVariableQuery extends DataQuery {
  kind: 'topics' | 'devices';
  /** For topics: an MQTT filter; empty: every topic. */
  filter?: string;
  /** For devices: only those connected now. */
  connectedOnly?: boolean;
}

export const DEFAULT_VARIABLE_QUERY: IoTVariableQuery = { refId: 'IoTVariable', kind: 'topics', filter: '' };

/**
 * Reads the text form used by older dashboards and by metricFindQuery: "topics", "topics(site/#)",
 * "devices", "devices(connected)". Anything else is taken as a topic filter.
 */
export function parseVariableQuery(text: string): IoTVariableQuery {
  const trimmed = text.trim();
  const match = /^(topics|devices)\s*(?:\((.*)\))?$/.exec(trimmed);
  if (!match) {
    return { ...DEFAULT_VARIABLE_QUERY, filter: trimmed };
  }
  const argument = (match[2] ?? '').trim();
  if (match[1] === 'devices') {
    return { refId: DEFAULT_VARIABLE_QUERY.refId, kind: 'devices', connectedOnly: argument === 'connected' };
  }
  return { ...DEFAULT_VARIABLE_QUERY, filter: argument };
}

/** Variable values from discovered topics, sorted by name. */
export function topicValues(topics: TopicSummary[]): MetricFindValue[] {
  return topics
    .map((t) => t.name)
    .sort()
    .map((name) => ({ text: name, value: name }));
}

/** Variable values from discovered devices, sorted by id. */
export function deviceValues(devices: DeviceSummary[], connectedOnly: boolean): MetricFindValue[] {
  return devices
    .filter((d) => !connectedOnly || d.connected)
    .map((d) => d.deviceId)
    .sort()
    .map((id) => ({ text: id, value: id }));
}
