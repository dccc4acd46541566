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

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) {
      collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
