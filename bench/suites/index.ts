/** The benchmark suites in the order they run, each with how its figures appear in the table. */
import { atLeast, atMost, info, type Row } from '../lib/table';
import { runBrokerIngest, type BrokerIngestResult } from './brokerIngest';
import { runFanout, type FanoutResult } from './fanout';

export interface Suite<R extends object = object> {
  name: string;
  run(quick: boolean): Promise<R>;
  rows(result: R): Row[];
}

function suite<R extends object>(definition: Suite<R>): Suite {
  return definition as unknown as Suite;
}

export const SUITES: Suite[] = [
  suite<BrokerIngestResult>({
    name: 'broker',
    run: runBrokerIngest,
    rows: (r) => [
      atLeast('broker_ingest_msgs_per_s', r.broker_ingest_msgs_per_s, 'msg/s', 100_000, r.broker_ingest_naive_unary_msgs_per_s),
      atLeast('broker_ingest_samples_per_s_batched', r.broker_ingest_samples_per_s_batched, 'samples/s', 1_000_000),
      info('broker_ingest_readings_per_s_batched', r.broker_ingest_readings_per_s_batched, 'readings/s'),
      info('broker_ingest_cpu_cores', r.broker_ingest_cpu_cores, 'cores'),
    ],
  }),
  suite<FanoutResult>({
    name: 'fanout',
    run: runFanout,
    rows: (r) => [
      info('fanout_offered_samples_per_s', r.fanout_offered_samples_per_s, 'samples/s'),
      ...r.points.map((p) =>
        p.clients >= 20
          ? atLeast(`fanout_samples_per_s_per_client (${p.clients} clients)`, p.samplesPerSecondPerClient, 'samples/s', 50_000)
          : info(`fanout_samples_per_s_per_client (${p.clients} clients)`, p.samplesPerSecondPerClient, 'samples/s')
      ),
      info(`sidecar_cpu_cores (${r.fanout_clients} clients)`, r.sidecar_cpu_cores, 'cores'),
      atMost('sidecar_rss_mb', r.sidecar_rss_mb, 'MB', 256),
    ],
  }),
];
