/**
 * Sparkplug metrics to broker messages: metrics sharing a timestamp become one telemetry message
 * (numbers, booleans as 0/1) plus, when there is text, one JSON message; each carries that timestamp.
 */
import type { iot } from '../../../common/proto/generated';
import { jsonToStruct } from '../../../common/proto/jsonStruct';
import type { MetricValue } from './sparkplugCodec';

/** A resolved metric: its name is known. */
export interface NamedMetric {
  name: string;
  value: MetricValue;
  /** Epoch ms. */
  timestampMs: number;
}

export interface MetricItem {
  payload: iot.broker.v1.IPayload;
  eventTimeMs: number;
}

/** Metrics that describe the protocol rather than the process; they are not published as telemetry. */
export function isProtocolMetric(name: string): boolean {
  return name === 'bdSeq' || name.startsWith('Node Control/');
}

/** Groups metrics by timestamp, in order of first appearance. */
export function metricItems(metrics: readonly NamedMetric[]): MetricItem[] {
  const groups = new Map<number, { values?: Record<string, number>; texts?: Record<string, string> }>();
  for (const metric of metrics) {
    let group = groups.get(metric.timestampMs);
    if (!group) {
      group = {};
      groups.set(metric.timestampMs, group);
    }
    if (typeof metric.value === 'number') {
      (group.values ??= Object.create(null) as Record<string, number>)[metric.name] = metric.value;
    } else {
      (group.texts ??= Object.create(null) as Record<string, string>)[metric.name] = metric.value;
    }
  }
  const items: MetricItem[] = [];
  for (const [eventTimeMs, group] of groups) {
    if (group.values) {
      items.push({ payload: { telemetry: { values: { ...group.values } } }, eventTimeMs });
    }
    if (group.texts) {
      items.push({ payload: { json: jsonToStruct({ ...group.texts }) }, eventTimeMs });
    }
  }
  return items;
}
