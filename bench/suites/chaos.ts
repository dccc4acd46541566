/**
 * Chaos on the memory bus path: a publisher under load, a sidecar process killed with SIGKILL and
 * restarted several times, and a client resuming from its stream position like the plugin. Reports
 * the acknowledged messages the client never received (stated lost or not) and how long it took,
 * after each restart, for data to flow to the client again.
 */
import * as grpc from '@grpc/grpc-js';
import { bearerMetadata, createBrokerClient } from '../../services/grpc/brokerService';
import { ResumingClient } from '../../tests/helpers/resumingClient';
import { startService, type ServiceProcess } from '../lib/serviceProcess';
import { sleep } from '../lib/stats';

const API_KEY = 'bench-sidecar-key';
const TOPICS = ['bench/chaos/a', 'bench/chaos/b', 'bench/chaos/c', 'bench/chaos/d', 'bench/chaos/e', 'bench/chaos/f'];

export interface ChaosResult {
  chaos_lost_messages: number;
  /** Of those, the ones nobody told the client about. */
  chaos_silently_lost_messages: number;
  /** The slowest restart: from the new sidecar being ready to the client's first batch from it. */
  chaos_recovery_ms: number;
  chaos_acknowledged_messages: number;
  chaos_sidecar_kills: number;
}

function startSidecar(brokerAddress: string, port: number): Promise<ServiceProcess> {
  return startService('services/sidecar/main.ts', 'sidecar listening', {
    SIDECAR_LISTEN: `127.0.0.1:${port}`,
    BROKER_TARGET: brokerAddress,
    SIDECAR_API_KEY: API_KEY,
    SIDECAR_MAX_HISTORY: '100000',
  });
}

export async function runChaos(quick: boolean): Promise<ChaosResult> {
  const kills = quick ? 2 : 5;
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: '127.0.0.1:0',
    BROKER_HISTORY_MAX_MESSAGES: '100000',
  });
  let sidecar = await startSidecar(broker.address, 0);
  const port = sidecar.port;
  const client = new ResumingClient(() => `ws://127.0.0.1:${port}/api/stream`, 'bench/chaos/#', Date.now(), API_KEY);
  const publisher = createBrokerClient(broker.address);
  const acked = new Map<string, number[]>();
  let running = true;
  try {
    client.start();
    const loops = TOPICS.map(async (topic) => {
      while (running) {
        const sequence = await new Promise<number | undefined>((resolve) =>
          publisher.publish(
            { topic, payload: { telemetry: { values: { v: 1 } } } },
            bearerMetadata(),
            { deadline: Date.now() + 5_000 },
            (err: grpc.ServiceError | null, response) => resolve(err ? undefined : Number(response?.sequence))
          )
        );
        if (sequence !== undefined) {
          acked.set(topic, [...(acked.get(topic) ?? []), sequence]);
        }
        await sleep(1);
      }
    });
    let recoveryMs = 0;
    for (let kill = 0; kill < kills; kill++) {
      await sleep(1_000);
      await sidecar.kill();
      await sleep(200);
      sidecar = await startSidecar(broker.address, port);
      const readyAt = Date.now();
      const deadline = readyAt + 30_000;
      while (client.lastBatchAt < readyAt && Date.now() < deadline) {
        await sleep(5);
      }
      recoveryMs = Math.max(recoveryMs, client.lastBatchAt - readyAt);
    }
    await sleep(500);
    running = false;
    await Promise.all(loops);
    const caughtUp = () =>
      TOPICS.every((topic) => (client.positions.lastOf(topic) ?? 0) >= (acked.get(topic)?.at(-1) ?? 0));
    const deadline = Date.now() + 30_000;
    while (!caughtUp() && Date.now() < deadline) {
      await sleep(20);
    }
    let lost = 0;
    let silent = 0;
    let total = 0;
    const history = client.histories[0];
    for (const [topic, sequences] of acked) {
      const delivered = new Set(history?.delivered.get(topic) ?? []);
      const stated = history?.lost.filter((range) => range.topic === topic) ?? [];
      for (const sequence of sequences) {
        total++;
        if (!delivered.has(sequence)) {
          lost++;
          const told = stated.some(
            (range) => sequence >= range.fromSequence && (range.toSequence === 0 || sequence <= range.toSequence)
          );
          silent += told ? 0 : 1;
        }
      }
    }
    return {
      chaos_lost_messages: lost,
      chaos_silently_lost_messages: silent,
      chaos_recovery_ms: recoveryMs,
      chaos_acknowledged_messages: total,
      chaos_sidecar_kills: kills,
    };
  } finally {
    running = false;
    client.close();
    publisher.close();
    await sidecar.stop();
    await broker.stop();
  }
}
