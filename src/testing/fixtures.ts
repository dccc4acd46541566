/** Builders for envelopes and batches in tests. */
import { jsonToStruct } from '../../common/proto/jsonStruct';
import { timestampFromMs } from '../../common/time/timestamp';
import { telemetryBlockOf } from '../../common/proto/telemetryBlock';
import type { Envelope, MessageBatch, WireGap } from '../stream/batchTypes';
import { batchFromBlock, batchFromEnvelopes } from '../stream/messageBatch';

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
      ? { json: jsonToStruct(init.json) }
      : { telemetry: { values: init.values ?? { temperature: init.sequence } } },
  } as Envelope;
}

/** A batch sent as envelopes (and gaps) arriving at `arrivalMs`. */
export function batch(
  envelopes: Envelope[],
  gaps: WireGap[] = [],
  arrivalMs = 1_800_000_000_000,
  dropped = 0
): MessageBatch {
  return batchFromEnvelopes(envelopes, gaps, dropped, arrivalMs);
}

/** The same telemetry sent as a columnar block, as the sidecar sends it to the plugin. */
export function blockBatch(
  envelopes: Envelope[],
  gaps: WireGap[] = [],
  arrivalMs = 1_800_000_000_000,
  dropped = 0
): MessageBatch {
  const block = telemetryBlockOf(envelopes);
  if (!block) {
    throw new Error('blockBatch needs envelopes that all carry telemetry');
  }
  return batchFromBlock(block, gaps, dropped, arrivalMs);
}

/** Each row's topic and sequence as "topic#sequence", for assertions. */
export function rowKeys(messages: MessageBatch): string[] {
  return messages.topics.map((topic, row) => `${topic}#${messages.sequences[row]}`);
}
