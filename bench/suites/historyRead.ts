/**
 * History reads on the memory bus with much retained: one wildcard read of the newest messages over
 * many topics, the broker's event loop held for its whole duration. The read walks each topic's range
 * from its newest end, so its cost follows what it returns, not what the bus retains.
 */
import { MemoryBus } from '../../services/broker/bus/MemoryBus';
import { percentile } from '../lib/stats';

const TOPICS = 1_000;
const RETAINED = 200_000;
const MAX_HISTORY = 10_000;

export interface HistoryReadResult {
  broker_history_read_p50_ms: number;
  /** The same read done by sorting everything retained first, in the same run. */
  naive_history_read_p50_ms: number;
  broker_history_read_max_ms: number;
  broker_history_retained: number;
}

export async function runHistoryRead(quick: boolean): Promise<HistoryReadResult> {
  const bus = new MemoryBus({ historyMaxMessages: RETAINED / TOPICS, historyMaxAgeMs: 0, maxReplay: MAX_HISTORY });
  try {
    const payload = { telemetry: { values: { v: 1 } } };
    for (let i = 0; i < RETAINED; i++) {
      await bus.publish('bench', { topic: `bench/history/${i % TOPICS}`, payload });
    }
    const epoch = bus.epoch();
    const timings: number[] = [];
    for (let round = 0; round < (quick ? 5 : 20); round++) {
      const started = performance.now();
      // A resume from early on: everything after it is retained, the newest MAX_HISTORY are sent.
      await bus.history('bench', 'bench/history/#', { from: { epoch, offset: 1 }, maxHistory: MAX_HISTORY });
      timings.push(performance.now() - started);
    }
    const naive = naiveTimings(bus, quick ? 5 : 20);
    return {
      broker_history_read_p50_ms: percentile(timings, 50),
      naive_history_read_p50_ms: percentile(await naive, 50),
      broker_history_read_max_ms: Math.max(...timings),
      broker_history_retained: bus.historySize(),
    };
  } finally {
    await bus.close();
  }
}

/** Times the read as it was done before: every retained message of every topic flattened and sorted. */
async function naiveTimings(bus: MemoryBus, rounds: number): Promise<number[]> {
  const perTopic = await Promise.all(
    Array.from(
      { length: TOPICS },
      async (_, i) =>
        (await bus.history('bench', `bench/history/${i}`, { sinceMs: 0, maxHistory: MAX_HISTORY })).messages
    )
  );
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const merged = perTopic.flat().sort((a, b) => a.ordinal - b.ordinal);
    merged.slice(merged.length - MAX_HISTORY);
    timings.push(performance.now() - started);
  }
  return timings;
}
