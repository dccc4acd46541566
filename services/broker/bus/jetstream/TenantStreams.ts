/**
 * One JetStream stream per tenant, created on first use with the tenant's retention limits (and
 * updated when an operator changes them). A stream's creation time is its epoch: a stream deleted and
 * created again holds another history.
 */
import { UpstreamError } from '../../../../common/errors/errors';
import {
  DiscardPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { retentionOf, type JetStreamBusOptions } from './jetStreamOptions';
import type { SubjectMap } from './subjects';

/** What the bus knows of a tenant's stream. */
export interface TenantStream {
  readonly name: string;
  /** The identity of the stream's history: its creation time, as JetStream reports it. */
  readonly epoch: string;
}

/** JetStream's error code for a stream that does not exist. */
const STREAM_NOT_FOUND = 10059;

export class TenantStreams {
  private readonly ready = new Map<string, TenantStream>();
  private readonly pending = new Map<string, Promise<TenantStream>>();
  /** Messages per tenant stream, as last reported: the history-size gauge. */
  private readonly messages = new Map<string, number>();

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly subjects: SubjectMap,
    private readonly options: JetStreamBusOptions
  ) {}

  /** The manager, for reads the bus makes itself. */
  jetStreamManager(): JetStreamManager {
    return this.jsm;
  }

  /** The tenant's stream if already known, without waiting. */
  known(tenant: string): TenantStream | undefined {
    return this.ready.get(tenant);
  }

  /** The tenant's stream, created or brought to the configured limits on first use. */
  ensure(tenant: string): Promise<TenantStream> {
    const known = this.ready.get(tenant);
    if (known) {
      return Promise.resolve(known);
    }
    let pending = this.pending.get(tenant);
    if (!pending) {
      pending = this.open(tenant).finally(() => this.pending.delete(tenant));
      this.pending.set(tenant, pending);
    }
    return pending;
  }

  /** Forgets what is known of a tenant's stream (after an error suggesting it was deleted). */
  forget(tenant: string): void {
    this.ready.delete(tenant);
  }

  /** Fresh information on the tenant's stream; undefined when it does not exist (yet). */
  async info(tenant: string, subjectsFilter?: string): Promise<StreamInfo | undefined> {
    try {
      const info = await this.jsm.streams.info(this.subjects.streamName(tenant), {
        subjects_filter: subjectsFilter,
      });
      this.messages.set(tenant, info.state.messages);
      return info;
    } catch (err) {
      if (isStreamNotFound(err)) {
        this.forget(tenant);
        return undefined;
      }
      throw upstream(err);
    }
  }

  /** Retained messages over every tenant stream seen, as last reported. */
  totalMessages(): number {
    let total = 0;
    for (const count of this.messages.values()) {
      total += count;
    }
    return total;
  }

  private async open(tenant: string): Promise<TenantStream> {
    const config = this.configOf(tenant);
    let info: StreamInfo;
    try {
      info = await this.jsm.streams.info(config.name);
      const current = info.config;
      if (
        current.max_age !== config.max_age ||
        current.max_msgs !== config.max_msgs ||
        current.max_bytes !== config.max_bytes ||
        current.max_msg_size !== config.max_msg_size
      ) {
        info = await this.jsm.streams.update(config.name, { ...current, ...limitsOf(config) });
      }
    } catch (err) {
      if (!isStreamNotFound(err)) {
        throw upstream(err);
      }
      try {
        info = await this.jsm.streams.add(config);
      } catch (addErr) {
        // Another broker may have created it in the meantime.
        info = await this.jsm.streams.info(config.name).catch(() => {
          throw upstream(addErr);
        });
      }
    }
    const stream: TenantStream = { name: config.name, epoch: info.created };
    this.messages.set(tenant, info.state.messages);
    this.ready.set(tenant, stream);
    return stream;
  }

  private configOf(tenant: string): Partial<StreamConfig> & { name: string } {
    const limits = retentionOf(this.options, tenant);
    return {
      name: this.subjects.streamName(tenant),
      subjects: [this.subjects.tenantSubjects(tenant)],
      retention: RetentionPolicy.Limits,
      storage: this.options.storage === 'memory' ? StorageType.Memory : StorageType.File,
      num_replicas: this.options.replicas,
      // Limits evict from the head only, so everything after a retained position is still there:
      // that is what makes "recovered" exact.
      discard: DiscardPolicy.Old,
      max_age: nanos(limits.maxAgeMs),
      max_msgs: limits.maxMessages > 0 ? limits.maxMessages : -1,
      max_bytes: limits.maxBytes > 0 ? limits.maxBytes : -1,
      max_msg_size: this.options.maxMessageBytes,
      allow_direct: true,
      // Brokers do not set message ids; a short window keeps JetStream's dedup state small.
      duplicate_window: nanos(1_000),
    };
  }
}

function limitsOf(config: Partial<StreamConfig>): Partial<StreamConfig> {
  return {
    max_age: config.max_age,
    max_msgs: config.max_msgs,
    max_bytes: config.max_bytes,
    max_msg_size: config.max_msg_size,
  };
}

/** True for JetStream's "stream not found". */
export function isStreamNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND;
}

/** A NATS or JetStream failure as an error a person can act on. */
export function upstream(err: unknown): Error {
  if (err instanceof UpstreamError) {
    return err;
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new UpstreamError(
    `NATS JetStream refused or did not answer (${reason}); check BROKER_NATS_URL and the server, then retry`,
    {
      cause: err,
    }
  );
}
