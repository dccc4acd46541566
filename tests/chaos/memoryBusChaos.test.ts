/**
 * Chaos on the memory bus path with real processes on loopback: a broker, a sidecar killed with
 * SIGKILL and restarted under load, then the broker itself killed and restarted. A client resuming
 * like the plugin counts, per topic, what the broker acknowledged against what it was delivered or
 * told was lost. Every acknowledged message is delivered exactly once in order, or stated lost with
 * its range; a broker restart (memory lost) is stated as a new history, never silence.
 */
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { spawnSidecar, type SpawnedSidecar } from '../helpers/sidecarProcess';
import { eventually, publisher, publishValue, sleep } from '../helpers/sidecarFixtures';
import { ResumingClient, type HistoryRecord } from '../helpers/resumingClient';
import { TEST_API_KEY } from '../helpers/sidecar';

const TOPICS = ['chaos/a', 'chaos/b', 'chaos/c', 'chaos/d', 'chaos/e', 'chaos/f'];
const SIDECAR_KILLS = 3;

/** Publishes round-robin over the topics until stopped, recording each acknowledged sequence. */
function startPublishing(target: string, acked: Map<string, number[]>) {
  const client = publisher(target);
  let running = true;
  const loops = TOPICS.map(async (topic, i) => {
    while (running) {
      try {
        const sequence = await publishValue(client, topic, { v: i });
        const list = acked.get(topic) ?? [];
        list.push(sequence);
        acked.set(topic, list);
      } catch {
        // Not acknowledged: nothing is owed for it.
        await sleep(20);
      }
      await sleep(2);
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    client.close();
  };
}

/** Acknowledged sequences neither delivered nor inside a stated lost range, per topic. */
function unaccounted(acked: Map<string, number[]>, history: HistoryRecord): Map<string, number[]> {
  const missing = new Map<string, number[]>();
  for (const [topic, sequences] of acked) {
    const delivered = new Set(history.delivered.get(topic) ?? []);
    const stated = history.lost.filter((range) => range.topic === topic);
    const silent = sequences.filter(
      (sequence) =>
        !delivered.has(sequence) &&
        !stated.some(
          (range) => sequence >= range.fromSequence && (range.toSequence === 0 || sequence <= range.toSequence)
        )
    );
    if (silent.length > 0) {
      missing.set(topic, silent);
    }
  }
  return missing;
}

function expectInOrderOnce(history: HistoryRecord): void {
  for (const [topic, sequences] of history.delivered) {
    const ascending = sequences.every((sequence, i) => i === 0 || sequence > sequences[i - 1]);
    expect({ topic, ascending }).toEqual({ topic, ascending: true });
  }
}

describe('chaos on the memory bus path (real broker and sidecar processes)', () => {
  let broker: SpawnedBroker | undefined;
  let sidecar: SpawnedSidecar | undefined;
  let client: ResumingClient | undefined;

  afterEach(async () => {
    client?.close();
    await sidecar?.kill('SIGKILL');
    await broker?.kill('SIGKILL');
  });

  it('loses nothing silently: sidecar killed under load, then the broker', async () => {
    const brokerEnv = { BROKER_HISTORY_MAX_MESSAGES: '100000' };
    broker = await spawnBroker(brokerEnv);
    sidecar = await spawnSidecar(broker.target, 0, { SIDECAR_MAX_HISTORY: '100000' });
    const sidecarPort = sidecar.port;
    const streamUrl = sidecar.streamUrl;
    client = new ResumingClient(() => streamUrl, 'chaos/#', Date.now() - 1_000, TEST_API_KEY);
    client.start();

    // Life 1: the sidecar is killed and restarted under load; the broker keeps its memory.
    const ackedBefore = new Map<string, number[]>();
    let stop = startPublishing(broker.target, ackedBefore);
    for (let kill = 0; kill < SIDECAR_KILLS; kill++) {
      await sleep(700);
      await sidecar.kill('SIGKILL');
      await sleep(300);
      sidecar = await spawnSidecar(broker.target, sidecarPort, { SIDECAR_MAX_HISTORY: '100000' });
    }
    await sleep(500);
    await stop();
    const lastAcked = (topic: string) => ackedBefore.get(topic)?.at(-1) ?? 0;
    await eventually(
      () => TOPICS.every((topic) => (client!.positions.lastOf(topic) ?? 0) >= lastAcked(topic)),
      30_000,
      'every acknowledged message of the first life'
    );
    const first = client.histories[0];
    expect(client.histories).toHaveLength(1);
    expect(TOPICS.every((topic) => lastAcked(topic) > 0)).toBe(true);
    // The broker kept everything, so nothing was even lost: every acknowledged message arrived once, in order.
    expect(unaccounted(ackedBefore, first)).toEqual(new Map());
    expect(first.lost).toEqual([]);
    expectInOrderOnce(first);
    for (const topic of TOPICS) {
      expect(first.delivered.get(topic)).toEqual(ackedBefore.get(topic));
    }

    // Life 2: the broker is killed with messages the client has not seen yet; its memory is gone.
    client.close();
    const undelivered = new Map<string, number[]>();
    const stopLate = startPublishing(broker.target, undelivered);
    await sleep(300);
    await broker.kill('SIGKILL');
    await stopLate();
    broker = await spawnBroker({ ...brokerEnv, BROKER_LISTEN: `127.0.0.1:${broker.port}` });
    // The client resumes from where it stood in the old history.
    client.start();
    const ackedAfter = new Map<string, number[]>();
    stop = startPublishing(broker.target, ackedAfter);
    await sleep(700);
    await stop();
    const lastAfter = (topic: string) => ackedAfter.get(topic)?.at(-1) ?? 0;
    await eventually(
      () =>
        client!.histories.length === 2 &&
        TOPICS.every((topic) => (client!.positions.lastOf(topic) ?? 0) >= lastAfter(topic)),
      30_000,
      'every acknowledged message of the second life'
    );
    // What the dead broker acknowledged but never delivered is stated lost (open-ended: its history is gone).
    const merged = new Map(
      TOPICS.map((topic) => [topic, [...(ackedBefore.get(topic) ?? []), ...(undelivered.get(topic) ?? [])]])
    );
    expect(unaccounted(merged, client.histories[0])).toEqual(new Map());
    expect(client.histories[0].lost.length).toBeGreaterThan(0);
    expect(client.histories[0].lost.every((range) => range.restarted === true && range.toSequence === 0)).toBe(true);
    // The new history is delivered whole, once, in order: nothing taken for a repeat of the old one.
    const second = client.histories[1];
    expect(unaccounted(ackedAfter, second)).toEqual(new Map());
    expectInOrderOnce(second);
    for (const topic of TOPICS) {
      expect(second.delivered.get(topic)).toEqual(ackedAfter.get(topic));
    }
  }, 120_000);
});
