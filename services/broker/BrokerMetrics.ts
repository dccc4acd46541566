/** The broker's Prometheus metrics, on a registry of its own so several brokers can share a process. */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { MessageSource } from './bus/Bus';

export const METRIC_PREFIX = 'iotlive_broker_';

/** How a Command call ended. */
export type CommandOutcome = 'ok' | 'failed' | 'not_found' | 'unavailable' | 'timeout' | 'cancelled';

/** Live figures the metrics read when scraped. */
export interface MetricsSources {
  historySize(): number;
  subscriberCount(): number;
  connectedDevices(): number;
}

export class BrokerMetrics {
  readonly registry = new Registry();
  private readonly published: Counter<'source'>;
  private readonly rejected: Counter<'reason'>;
  private readonly dropped: Counter;
  private readonly commands: Counter<'outcome'>;
  // Children are resolved once: looking labels up per message would cost a hash per publish.
  private readonly publishedBySource: Record<MessageSource, { inc(value?: number): void }>;
  private sources: MetricsSources | undefined;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.published = new Counter({
      name: `${METRIC_PREFIX}messages_published_total`,
      help: 'Messages accepted and numbered, by source (publish: the Publish call; device: Connect telemetry).',
      labelNames: ['source'],
      registers,
    });
    this.publishedBySource = { publish: this.published.labels('publish'), device: this.published.labels('device') };
    this.publishedBySource.publish.inc(0);
    this.publishedBySource.device.inc(0);
    this.rejected = new Counter({
      name: `${METRIC_PREFIX}messages_rejected_total`,
      help: 'Messages refused, by reason (validation, auth, rate_limit, ...).',
      labelNames: ['reason'],
      registers,
    });
    this.dropped = new Counter({
      name: `${METRIC_PREFIX}subscriber_dropped_total`,
      help: 'Live messages dropped from slow subscribers whose bounded queue was full (oldest dropped first).',
      registers,
    });
    this.commands = new Counter({
      name: `${METRIC_PREFIX}commands_total`,
      help: 'Command calls by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    const self = this;
    new Gauge({
      name: `${METRIC_PREFIX}subscribers`,
      help: 'Live Subscribe streams.',
      registers,
      collect() {
        this.set(self.sources?.subscriberCount() ?? 0);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}connected_devices`,
      help: 'Devices with an open Connect session.',
      registers,
      collect() {
        this.set(self.sources?.connectedDevices() ?? 0);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}history_messages`,
      help: 'Messages retained in history over all topics and tenants.',
      registers,
      collect() {
        this.set(self.sources?.historySize() ?? 0);
      },
    });
    for (const outcome of ['ok', 'failed', 'not_found', 'unavailable', 'timeout', 'cancelled'] as const) {
      this.commands.labels(outcome).inc(0);
    }
    this.dropped.inc(0);
    if (options.defaultMetrics) {
      collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
    }
  }

  /** Connects the gauges to the live figures. */
  bind(sources: MetricsSources): void {
    this.sources = sources;
  }

  /** Counts accepted messages. */
  messagesPublished(source: MessageSource, count = 1): void {
    this.publishedBySource[source].inc(count);
  }

  /** Counts refused messages. */
  messagesRejected(reason: string, count = 1): void {
    this.rejected.labels(reason).inc(count);
  }

  /** Counts live messages dropped from a slow subscriber. */
  subscriberDropped(count = 1): void {
    this.dropped.inc(count);
  }

  /** Counts one Command call's outcome. */
  command(outcome: CommandOutcome): void {
    this.commands.labels(outcome).inc();
  }

  /** The exposition text. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
