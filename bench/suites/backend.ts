/**
 * The plugin backend as Grafana uses it: the built executable started through the handshake, then
 * QueryData for an hour of history over 20 devices × 4 fields, downsampled to 1,000 points per
 * series, beside the same history returned whole (the baseline: what a backend without server-side
 * downsampling sends Grafana). Also the time from launch to the handshake line and the file size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type * as grpc from '@grpc/grpc-js';
import { tableFromIPC } from 'apache-arrow';
import { timestampFromMs } from '../../common/time/timestamp';
import { createBrokerServer } from '../../services/broker/createBrokerServer';
import { bearerMetadata, createBrokerClient } from '../../services/grpc/brokerService';
import { launchBackend, pluginClients } from '../../services/backend/host/launchBackend';
import { buildBackend } from '../../scripts/backend/buildBackend';
import { percentile } from '../lib/stats';

export interface BackendResult {
  backend_query_ms_p50: number;
  backend_query_ms_p99: number;
  backend_query_full_ms_p50: number;
  backend_query_full_ms_p99: number;
  backend_query_rows_downsampled: number;
  backend_query_rows_full: number;
  backend_query_bytes_downsampled: number;
  backend_query_bytes_full: number;
  backend_start_ms: number;
  backend_exe_mb: number;
}

const EXECUTABLE = path.resolve(__dirname, '../../dist/gpx_iotlive_linux_amd64');
const DEVICES = 20;
const HOUR_MS = 3_600_000;
/** One reading a second per device, 4 fields each. */
const READINGS = 3_600;

async function seedHistory(target: string, endMs: number): Promise<void> {
  const client = createBrokerClient(target);
  const publish = promisify(client.publish.bind(client)) as unknown as (
    request: Parameters<typeof client.publish>[0],
    metadata: grpc.Metadata,
    options: grpc.CallOptions
  ) => Promise<unknown>;
  try {
    for (let i = 0; i < READINGS; i += 10) {
      const calls: Array<Promise<unknown>> = [];
      for (let device = 0; device < DEVICES; device++) {
        for (let k = i; k < i + 10; k++) {
          calls.push(
            publish(
              {
                topic: `bench/d${device}/telemetry`,
                deviceId: `d${device}`,
                payload: {
                  telemetry: {
                    values: { t: 20 + Math.sin(k / 60), h: 50 + Math.cos(k / 90), v: k % 7, p: 1000 + k / 100 },
                  },
                },
                eventTime: timestampFromMs(endMs - HOUR_MS + k * 1000),
              },
              bearerMetadata(undefined),
              { deadline: Date.now() + 30_000 }
            )
          );
        }
      }
      await Promise.all(calls);
    }
  } finally {
    client.close();
  }
}

function queryOnce(client: grpc.Client, fromMs: number, toMs: number, maxDataPoints: number, model: object) {
  return new Promise<{ ms: number; rows: number; bytes: number }>((resolve, reject) => {
    const started = performance.now();
    (client as unknown as Record<string, (...args: unknown[]) => void>).QueryData(
      {
        pluginContext: {
          orgId: 1,
          dataSourceInstanceSettings: {
            uid: 'bench',
            lastUpdatedMS: 1,
            jsonData: Buffer.from(JSON.stringify({ brokerAddress: process.env.BENCH_BACKEND_BROKER })),
          },
        },
        queries: [
          {
            refId: 'A',
            maxDataPoints,
            intervalMS: Math.ceil((toMs - fromMs) / maxDataPoints),
            timeRange: { fromEpochMS: fromMs, toEpochMS: toMs },
            json: Buffer.from(JSON.stringify({ topic: 'bench/+/telemetry', ...model })),
          },
        ],
      },
      (err: Error | null, response: { responses: Record<string, { error: string; frames: Buffer[] }> }) => {
        if (err) {
          reject(err);
          return;
        }
        const answer = response.responses.A;
        if (answer.error) {
          reject(new Error(answer.error));
          return;
        }
        const ms = performance.now() - started;
        const bytes = answer.frames.reduce((sum, frame) => sum + frame.length, 0);
        const rows = answer.frames.reduce((sum, frame) => sum + tableFromIPC(frame).numRows, 0);
        resolve({ ms, rows, bytes });
      }
    );
  });
}

export async function runBackend(quick: boolean): Promise<BackendResult> {
  if (!fs.existsSync(EXECUTABLE)) {
    await buildBackend({ all: false });
  }
  const starts: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const launched = await launchBackend(EXECUTABLE);
    starts.push(launched.startMs);
    await launched.stop();
  }

  const broker = createBrokerServer({
    historyMaxMessages: READINGS + 100,
    historyMaxAgeMs: 2 * HOUR_MS,
    maxReplay: DEVICES * READINGS + 1_000,
    shutdownGraceMs: 500,
  });
  const { port } = await broker.listen('127.0.0.1:0');
  process.env.BENCH_BACKEND_BROKER = `127.0.0.1:${port}`;
  // The broker selects history by its own time, so the range ends after the seeding did.
  const seededAt = Date.now();
  await seedHistory(`127.0.0.1:${port}`, seededAt);
  const fromMs = seededAt - HOUR_MS;
  const toMs = Date.now();
  const backend = await launchBackend(EXECUTABLE);
  const { data } = pluginClients(backend.address);
  try {
    const iterations = quick ? 5 : 20;
    const measure = async (maxDataPoints: number, model: object) => {
      await queryOnce(data, fromMs, toMs, maxDataPoints, model);
      const times: number[] = [];
      let bytes = 0;
      let rows = 0;
      for (let i = 0; i < iterations; i++) {
        const run = await queryOnce(data, fromMs, toMs, maxDataPoints, model);
        times.push(run.ms);
        bytes = run.bytes;
        rows = run.rows;
      }
      return { times, bytes, rows };
    };
    const downsampled = await measure(1_000, { aggregation: 'avg' });
    const full = await measure(100_000, {});
    return {
      backend_query_ms_p50: percentile(downsampled.times, 50),
      backend_query_ms_p99: percentile(downsampled.times, 99),
      backend_query_full_ms_p50: percentile(full.times, 50),
      backend_query_full_ms_p99: percentile(full.times, 99),
      backend_query_rows_downsampled: downsampled.rows,
      backend_query_rows_full: full.rows,
      backend_query_bytes_downsampled: downsampled.bytes,
      backend_query_bytes_full: full.bytes,
      backend_start_ms: percentile(starts, 50),
      backend_exe_mb: fs.statSync(EXECUTABLE).size / (1024 * 1024),
    };
  } finally {
    data.close();
    await backend.stop();
    await broker.close();
  }
}
