/** Builders for envelopes and batches in tests. */
import { timestampFromMs } from '../../common/time/timestamp';
import type { Envelope, EnvelopeBatch, WireGap } from '../stream/batchTypes';

export interface EnvelopeInit {
  topic?: string;
  sequence: number;
  values?: Record<string, number>;
  json?: Record<string, unknown>;
  brokerMs?: number;
  eventMs?: number;
  deviceId?: string;
  labels?: Record<string, string>;
}

function jsonValue(value: unknown): Record<string, unknown> {
  if (typeof value === 'number') {
    return { numberValue: value };
  }
  if (typeof value === 'boolean') {
    return { boolValue: value };
  }
  if (typeof value === 'string') {
    return { stringValue: value };
  }
  if (value && typeof value === 'object') {
    return { structValue: { fields: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)])) } };
  }
  return { nullValue: 0 };
}

/** An envelope; broker time defaults to 1000 ms per sequence step. */
export function envelope(init: EnvelopeInit): Envelope {
  const brokerMs = init.brokerMs ?? 1_700_000_000_000 + init.sequence * 1000;
  return {
    topic: init.topic ?? 'site/a/device/d1/env',
    sequence: init.sequence,
    brokerTime: timestampFromMs(brokerMs),
    eventTime: init.eventMs === undefined ? undefined : timestampFromMs(init.eventMs),
    deviceId: init.deviceId ?? '',
    labels: init.labels ?? {},
    payload: init.json
      ? { json: { fields: Object.fromEntries(Object.entries(init.json).map(([k, v]) => [k, jsonValue(v)])) } }
      : { telemetry: { values: init.values ?? { temperature: init.sequence } } },
  } as Envelope;
}

/** A batch of envelopes (and gaps) arriving at `arrivalMs`. */
export function batch(
  envelopes: Envelope[],
  gaps: WireGap[] = [],
  arrivalMs = 1_800_000_000_000,
  dropped = 0
): EnvelopeBatch {
  return { envelopes, gaps, dropped, arrivalMs };
}
