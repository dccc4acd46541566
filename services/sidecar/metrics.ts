/** Prometheus metrics of the sidecar, in a registry of its own so several sidecars can share a process. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const PREFIX = 'iotlive_sidecar_';

export class SidecarMetrics {
  readonly registry = new Registry();
  readonly connections = new Gauge({
    name: `${PREFIX}connections`,
    help: 'Open WebSocket connections.',
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: `${PREFIX}subscriptions`,
    help: 'Active client subscriptions.',
    registers: [this.registry],
  });
  readonly upstreamStreams = new Gauge({
    name: `${PREFIX}upstream_streams`,
    help: 'Open broker Subscribe streams (shared live streams and history fetches).',
    registers: [this.registry],
  });
  readonly sharedStreams = new Gauge({
    name: `${PREFIX}shared_streams`,
    help: 'Shared live streams, each serving every client of one (tenant, filter, conflation).',
    registers: [this.registry],
  });
  readonly messagesIn = new Counter({
    name: `${PREFIX}messages_in_total`,
    help: 'Envelopes received from the broker.',
    registers: [this.registry],
  });
  readonly messagesOut = new Counter({
    name: `${PREFIX}messages_out_total`,
    help: 'Envelopes handed to client sockets (counted once per client).',
    registers: [this.registry],
  });
  readonly bytesOut = new Counter({
    name: `${PREFIX}bytes_out_total`,
    help: 'Bytes handed to client sockets.',
    registers: [this.registry],
  });
  readonly dropped = new Counter({
    name: `${PREFIX}dropped_total`,
    help: 'Messages left out: dropped for slow clients or conflated.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly upstreamReconnects = new Counter({
    name: `${PREFIX}upstream_reconnects_total`,
    help: 'Times a shared broker stream broke and was reopened.',
    registers: [this.registry],
  });
  readonly gaps = new Counter({
    name: `${PREFIX}gaps_total`,
    help: 'Gap markers sent: sequence ranges the broker could not deliver.',
    registers: [this.registry],
  });
  readonly clientErrors = new Counter({
    name: `${PREFIX}client_errors_total`,
    help: 'Error frames and error responses sent to clients, by category.',
    labelNames: ['category'] as const,
    registers: [this.registry],
  });
  readonly sendLatency = new Histogram({
    name: `${PREFIX}send_latency_seconds`,
    help: "From the broker time of a batch's oldest message to the batch being handed to a client socket.",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Reads the largest per-client backlog at scrape time; set by the sidecar. */
  largestClientBacklog: () => number = () => 0;
  readonly clientBacklogMax = new Gauge({
    name: `${PREFIX}client_backlog_bytes_max`,
    help: 'The largest backlog of any one client: bytes queued in the sidecar plus bytes buffered in its socket.',
    registers: [this.registry],
    collect: () => {
      this.clientBacklogMax.set(this.largestClientBacklog());
    },
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }
  }

  /** The text exposition of every metric. */
  async render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
