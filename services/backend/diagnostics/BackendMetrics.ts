/** Prometheus metrics of the backend, returned to Grafana by CollectMetrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const PREFIX = 'iotlive_backend_';

export class BackendMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: `${PREFIX}requests_total`,
    help: 'pluginv2 calls by method and outcome.',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly queryDuration = new Histogram({
    name: `${PREFIX}query_duration_seconds`,
    help: 'Time to answer one query of QueryData, from the history fetch to the Arrow frames.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly historyMessages = new Counter({
    name: `${PREFIX}history_messages_total`,
    help: 'Messages read from the broker history for queries.',
    registers: [this.registry],
  });
  readonly instances = new Gauge({
    name: `${PREFIX}datasource_instances`,
    help: 'Datasource instances (one per datasource and settings version) held by the backend.',
    registers: [this.registry],
  });

  readonly livePackets = new Counter({
    name: `${PREFIX}live_packets_total`,
    help: 'Grafana Live packets written by RunStream (the initial data of SubscribeStream not counted).',
    registers: [this.registry],
  });
  /** Counted when scraped: the open live channels of every datasource instance. */
  liveChannelCount: () => number = () => 0;
  readonly liveChannels: Gauge = new Gauge({
    name: `${PREFIX}live_channels`,
    help: 'Grafana Live channels open in the backend (one broker upstream each, shared by filter).',
    registers: [this.registry],
    collect: (): void => this.liveChannels.set(this.liveChannelCount()),
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) {
      collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }
  }

  /**
   * The Prometheus text exposition of every metric, with `extra` registries (the shared-stream
   * core's, for the live channels' upstreams, gaps and drops) in the same answer.
   */
  text(extra: Registry[] = []): Promise<string> {
    return Registry.merge([this.registry, ...extra]).metrics();
  }
}
