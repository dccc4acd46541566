/** The benchmark suites in the order they run, each with how its figures appear in the table. */
import { atLeast, atMost, info, type Row } from '../lib/table';
import { runBridgeBench, type BridgeBenchResult } from './bridge';
import { runBrokerIngest, type BrokerIngestResult } from './brokerIngest';
import { runChaos, type ChaosResult } from './chaos';
import { runHistoryRead, type HistoryReadResult } from './historyRead';
import { runFanout, type FanoutResult } from './fanout';
import { runPipeline, type PipelineResult } from './pipeline';
import { runE2eLatency, type E2eResult } from './e2eLatency';
import { runBackend, type BackendResult } from './backend';
import { runJetStreamIngest, type JetStreamIngestResult } from './jetstreamIngest';
import { runLive, type LiveResult } from './live';

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
      atLeast(
        'broker_ingest_msgs_per_s',
        r.broker_ingest_msgs_per_s,
        'msg/s',
        100_000,
        r.broker_ingest_naive_unary_msgs_per_s
      ),
      atLeast('broker_ingest_samples_per_s_batched', r.broker_ingest_samples_per_s_batched, 'samples/s', 1_000_000),
      info('broker_ingest_readings_per_s_batched', r.broker_ingest_readings_per_s_batched, 'readings/s'),
      info('broker_ingest_cpu_cores', r.broker_ingest_cpu_cores, 'cores'),
      // The goal: single-message ingest at least twice Mosquitto QoS 1, same shape, same run.
      atLeast('broker_ingest_vs_mosquitto_qos1', r.broker_ingest_msgs_per_s / r.mosquitto_qos1_msgs_per_s, 'x', 2),
      info('mosquitto_qos1_msgs_per_s', r.mosquitto_qos1_msgs_per_s, 'msg/s'),
    ],
  }),
  suite<JetStreamIngestResult>({
    name: 'jetstream',
    run: runJetStreamIngest,
    rows: (r) => [
      // Goals: ≥ 80 % of raw JetStream for single messages; batched devices above raw.
      atLeast(
        'broker_ingest_msgs_per_s_jetstream',
        r.broker_ingest_msgs_per_s_jetstream,
        'msg/s',
        Math.round(0.8 * r.jetstream_raw_msgs_per_s),
        r.jetstream_raw_msgs_per_s
      ),
      atLeast(
        'broker_ingest_samples_per_s_batched_jetstream',
        r.broker_ingest_samples_per_s_batched_jetstream,
        'samples/s',
        Math.round(r.jetstream_raw_msgs_per_s)
      ),
      info('jetstream_raw_msgs_per_s', r.jetstream_raw_msgs_per_s, 'msg/s'),
      info('broker_ingest_cpu_cores_jetstream', r.broker_ingest_cpu_cores_jetstream, 'cores'),
    ],
  }),
  suite<FanoutResult>({
    name: 'fanout',
    run: runFanout,
    rows: (r) => [
      info('fanout_offered_samples_per_s', r.fanout_offered_samples_per_s, 'samples/s'),
      ...r.fanout_points.map((p) =>
        p.clients >= 20
          ? atLeast(
              `fanout_samples_per_s_per_client (${p.clients} clients)`,
              p.samplesPerSecondPerClient,
              'samples/s',
              50_000
            )
          : info(`fanout_samples_per_s_per_client (${p.clients} clients)`, p.samplesPerSecondPerClient, 'samples/s')
      ),
      info(`sidecar_cpu_cores (${r.fanout_clients} clients)`, r.sidecar_cpu_cores, 'cores'),
      atMost('sidecar_rss_mb', r.sidecar_rss_mb, 'MB', 256),
    ],
  }),
  suite<PipelineResult>({
    name: 'pipeline',
    run: runPipeline,
    rows: (r) => [
      atLeast(
        'pipeline_samples_per_s (Chromium, built plugin)',
        r.pipeline_samples_per_s,
        'samples/s',
        500_000,
        r.naive_samples_per_s
      ),
      info('pipeline_samples_per_s_node', r.pipeline_samples_per_s_node, 'samples/s'),
      info('pipeline_samples_per_s_node_envelopes (no blocks)', r.pipeline_samples_per_s_node_envelopes, 'samples/s'),
      atLeast('pipeline_speedup_vs_naive', r.pipeline_speedup_vs_naive, 'x', 20),
      info(`browser_heap_mb (${r.browser_heap_rows.toLocaleString('en-US')} rows shown)`, r.browser_heap_mb, 'MB'),
    ],
  }),
  suite<E2eResult>({
    name: 'e2e',
    run: runE2eLatency,
    rows: (r) => [
      info('e2e_msgs_per_s (offered)', r.e2e_msgs_per_s, 'msg/s'),
      info('e2e_p50_ms', r.e2e_p50_ms, 'ms'),
      atMost('e2e_p99_ms', r.e2e_p99_ms, 'ms', 20),
      info('e2e_device_to_broker_p99_ms', r.e2e_device_to_broker_p99_ms, 'ms'),
      info('render_staleness_p99_ms', r.render_staleness_p99_ms, 'ms'),
      info('e2e_samples_measured', r.e2e_samples_measured, 'samples'),
    ],
  }),
  suite<BridgeBenchResult>({
    name: 'bridge',
    run: runBridgeBench,
    rows: (r) => [
      atLeast(
        'bridge_msgs_per_s (MQTT → broker, acknowledged)',
        r.bridge_msgs_per_s,
        'msg/s',
        Math.round(0.8 * r.mqtt_raw_msgs_per_s),
        r.mqtt_raw_msgs_per_s
      ),
      info('mqtt_raw_msgs_per_s (bare mqtt subscriber)', r.mqtt_raw_msgs_per_s, 'msg/s'),
      atLeast('bridge_vs_raw', r.bridge_vs_raw, 'x', 0.8),
      info('bridge_cpu_cores', r.bridge_cpu_cores, 'cores'),
    ],
  }),
  suite<ChaosResult>({
    name: 'chaos',
    run: runChaos,
    rows: (r) => [
      atMost(`chaos_lost_messages (sidecar killed ${r.chaos_sidecar_kills}x)`, r.chaos_lost_messages, 'msgs', 0),
      atMost('chaos_silently_lost_messages', r.chaos_silently_lost_messages, 'msgs', 0),
      info('chaos_recovery_ms (slowest restart)', r.chaos_recovery_ms, 'ms'),
      info('chaos_acknowledged_messages', r.chaos_acknowledged_messages, 'msgs'),
    ],
  }),
  suite<HistoryReadResult>({
    name: 'history',
    run: runHistoryRead,
    rows: (r) => [
      atMost(
        `broker_history_read_p50_ms (newest 10k of ${r.broker_history_retained.toLocaleString('en-US')} retained)`,
        r.broker_history_read_p50_ms,
        'ms',
        50,
        r.naive_history_read_p50_ms
      ),
      info('broker_history_read_max_ms', r.broker_history_read_max_ms, 'ms'),
    ],
  }),
  suite<BackendResult>({
    name: 'backend',
    run: runBackend,
    rows: (r) => [
      info(
        `backend_query_ms_p50 (1 h, 20 devices × 4 fields → ${r.backend_query_rows_downsampled.toLocaleString('en-US')} rows)`,
        r.backend_query_ms_p50,
        'ms',
        r.backend_query_full_ms_p50
      ),
      atMost('backend_query_ms_p99', r.backend_query_ms_p99, 'ms', 1_000, r.backend_query_full_ms_p99),
      info(
        `backend_query_bytes (downsampled; baseline: all ${r.backend_query_rows_full.toLocaleString('en-US')} rows)`,
        r.backend_query_bytes_downsampled,
        'bytes',
        r.backend_query_bytes_full
      ),
      atMost('backend_start_ms (launch to handshake line)', r.backend_start_ms, 'ms', 1_000),
      info('backend_exe_mb', r.backend_exe_mb, 'MB'),
    ],
  }),
  suite<LiveResult>({
    name: 'live',
    run: runLive,
    rows: (r) => [
      info(
        'live_samples_per_s (RunStream packets → StreamingDataFrame; baseline: direct pipeline)',
        r.live_samples_per_s,
        'samples/s',
        r.live_direct_samples_per_s
      ),
      info('live_vs_direct', r.live_vs_direct, 'x'),
      info('live_backend_share (of the Live path time)', r.live_backend_share, 'ratio'),
      info('live_e2e_msgs_per_s (offered)', r.live_e2e_msgs_per_s, 'msg/s'),
      info('live_e2e_p50_ms', r.live_e2e_p50_ms, 'ms'),
      atMost('live_e2e_p99_ms (publish → RunStream packet, 60 packets/s)', r.live_e2e_p99_ms, 'ms', 50),
      info('live_e2e_samples_measured', r.live_e2e_samples_measured, 'samples'),
    ],
  }),
];
