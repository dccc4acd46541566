/** The benchmark suites in the order they run, each with how its figures appear in the table. */
import { atLeast, info, type Row } from '../lib/table';
import { runBrokerIngest, type BrokerIngestResult } from './brokerIngest';

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
];
