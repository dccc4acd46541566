/** Checks a client's Subscribe frame and turns it into what the sidecar acts on. */
import { ValidationError } from '../../../common/errors/errors';
import { Conflation } from '../../../common/proto';
import type { iot } from '../../../common/proto/generated';
import { MIN_CONFLATION_RATE_HZ } from '../../../common/api/streamLimits';
import { checkedMsFromTimestamp } from '../../../common/time/timestamp';
import { validateTopicFilter, validateTopicName } from '../../../common/topics/topicFilter';
import type { ConflatorOptions } from '../stream/conflator';

export interface HistoryStart {
  afterSequence?: number;
  sinceMs?: number;
  resume?: Record<string, number>;
}

export interface SubscriptionSpec {
  id: number;
  filter: string;
  /** Where history starts; undefined: live only. */
  start?: HistoryStart;
  /** History only, up to this broker time; then COMPLETE. */
  untilMs?: number;
  maxHistory: number;
  conflation?: ConflatorOptions;
  /** Send all-telemetry batches as one TelemetryBlock. */
  telemetryBlocks: boolean;
}

export interface SpecLimits {
  maxHistory: number;
  maxRateHz: number;
  maxFilterBytes: number;
}

/** The most resume entries a Subscribe may carry. */
const MAX_RESUME_TOPICS = 10_000;

/** Validates a Subscribe; throws ValidationError with a message the client can act on. */
export function subscriptionSpec(frame: iot.stream.v1.ISubscribe, limits: SpecLimits): SubscriptionSpec {
  const id = frame.id ?? 0;
  if (!Number.isInteger(id) || id <= 0) {
    throw new ValidationError('subscribe.id must be a positive integer chosen by the client, unique on its connection');
  }
  const filter = validateTopicFilter(frame.filter ?? '', limits.maxFilterBytes);
  const afterSequence = Number(frame.afterSequence ?? 0);
  const sinceMs = checkedMsFromTimestamp(frame.since, 'subscribe.since');
  const untilMs = checkedMsFromTimestamp(frame.until, 'subscribe.until');
  const resumeEntries = Object.entries(frame.resume ?? {});
  if (resumeEntries.length > MAX_RESUME_TOPICS) {
    throw new ValidationError(
      `subscribe.resume lists ${resumeEntries.length} topics; the limit is ${MAX_RESUME_TOPICS}`
    );
  }
  const resume: Record<string, number> = {};
  for (const [topic, sequence] of resumeEntries) {
    validateTopicName(topic, limits.maxFilterBytes);
    resume[topic] = Number(sequence);
  }
  if (untilMs !== undefined && sinceMs !== undefined && untilMs <= sinceMs) {
    throw new ValidationError('subscribe.until must be later than subscribe.since');
  }
  const hasStart = afterSequence > 0 || sinceMs !== undefined || resumeEntries.length > 0;
  const options = frame.options ?? {};
  const rateHz = options.maxRateHz ?? 0;
  const mode = options.conflation ?? Conflation.CONFLATION_NONE;
  if (
    !Number.isFinite(rateHz) ||
    rateHz < 0 ||
    rateHz > limits.maxRateHz ||
    (rateHz > 0 && rateHz < MIN_CONFLATION_RATE_HZ)
  ) {
    throw new ValidationError(
      `options.max_rate_hz must be 0 (no conflation) or between ${MIN_CONFLATION_RATE_HZ} and ${limits.maxRateHz}, got ${rateHz}`
    );
  }
  if (mode !== Conflation.CONFLATION_NONE && rateHz === 0) {
    throw new ValidationError(
      'options.conflation needs options.max_rate_hz > 0: how many updates per second per series to keep'
    );
  }
  if (!(Object.values(Conflation) as unknown[]).includes(mode)) {
    throw new ValidationError(`options.conflation ${String(mode)} is not a known conflation`);
  }
  const requested = options.maxHistory ?? 0;
  return {
    id,
    filter,
    start: hasStart
      ? { afterSequence: afterSequence || undefined, sinceMs, resume: resumeEntries.length > 0 ? resume : undefined }
      : undefined,
    untilMs,
    maxHistory: requested > 0 ? Math.min(requested, limits.maxHistory) : limits.maxHistory,
    conflation:
      rateHz > 0
        ? { rateHz, mode: mode === Conflation.CONFLATION_NONE ? Conflation.CONFLATION_LAST : mode }
        : undefined,
    telemetryBlocks: options.telemetryBlocks === true,
  };
}
