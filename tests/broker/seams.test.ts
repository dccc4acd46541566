/**
 * History-to-live seams while publishes race with the subscribe: every subscription must see each
 * sequence from its start to the end exactly once, in order.
 */
import { startBroker, type StartedBroker } from '../helpers/broker';
import { TestClient, type Subscription } from './support';

const TOPICS = ['seam/a', 'seam/b', 'seam/c'];
const PER_TOPIC = 300;
const CONCURRENCY = 12;

function expectContiguous(sequences: number[], first: number, last: number): void {
  expect(sequences.length).toBe(last - first + 1);
  sequences.forEach((sequence, index) => {
    if (sequence !== first + index) {
      throw new Error(
        `expected sequence ${first + index} at position ${index}, got ${sequence} (${sequences.slice(Math.max(0, index - 3), index + 3).join(',')})`
      );
    }
  });
}

describe('history/live seam under concurrent publishing', () => {
  let broker: StartedBroker;
  let publisher: TestClient;
  let subscriber: TestClient;

  beforeEach(async () => {
    broker = await startBroker();
    publisher = new TestClient(broker.target);
    subscriber = new TestClient(broker.target);
  });

  afterEach(async () => {
    publisher.close();
    subscriber.close();
    await broker.close();
  });

  /** Publishes PER_TOPIC messages to each topic with CONCURRENCY calls in flight, calling `onProgress` after each. */
  async function publishConcurrently(onProgress: (published: number) => void): Promise<void> {
    const jobs = TOPICS.flatMap((topic) => Array.from({ length: PER_TOPIC }, (_, i) => ({ topic, i })));
    let next = 0;
    let published = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        await publisher.publishValue(job.topic, job.i);
        onProgress(++published);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }

  it('resume by sequence and backfill by time neither skip nor repeat at the seam', async () => {
    const resumed: Array<{ subscription: Subscription; afterSequence: number }> = [];
    const backfilled: Subscription[] = [];
    const multiResumed: Array<{ subscription: Subscription; offset: number }> = [];
    const lastSeen = new Map<string, number>();
    const offsets: number[] = [];
    const tracker = subscriber.subscribe({ filter: 'seam/#' });
    tracker.call.on('data', (event: { envelope?: { topic: string; sequence: number; offset: number } }) => {
      if (event.envelope) {
        lastSeen.set(event.envelope.topic, Number(event.envelope.sequence));
        offsets.push(Number(event.envelope.offset));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 30));

    await publishConcurrently((published) => {
      // Open subscriptions while publishes are in flight, at positions just behind the head.
      if (published % 60 === 0 && published < TOPICS.length * PER_TOPIC) {
        const afterSequence = Math.max(1, (lastSeen.get('seam/a') ?? 0) - 5);
        resumed.push({ subscription: subscriber.subscribe({ filter: 'seam/a', afterSequence }), afterSequence });
        backfilled.push(subscriber.subscribe({ filter: 'seam/+', since: { seconds: 1 } }));
        const offset = offsets[Math.max(0, offsets.length - 7)] ?? 0;
        const from = { epoch: tracker.start?.epoch ?? '', offset };
        multiResumed.push({ subscription: subscriber.subscribe({ filter: 'seam/#', from }), offset });
      }
    });

    expect(resumed.length).toBeGreaterThanOrEqual(10);
    for (const { subscription, afterSequence } of resumed) {
      await subscription.waitForCount(PER_TOPIC - afterSequence);
    }
    for (const subscription of backfilled) {
      await subscription.waitForCount(TOPICS.length * PER_TOPIC);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));

    for (const { subscription, afterSequence } of resumed) {
      expectContiguous(subscription.sequences('seam/a'), afterSequence + 1, PER_TOPIC);
    }
    for (const subscription of backfilled) {
      for (const topic of TOPICS) {
        expectContiguous(subscription.sequences(topic), 1, PER_TOPIC);
      }
    }
    for (const { subscription, offset } of multiResumed) {
      // One position resumes every topic: offsets follow on from it with nothing skipped or repeated.
      const received = subscription.received.map((envelope) => Number(envelope.offset));
      expect(subscription.start?.recovered).toBe(true);
      expectContiguous(received, offset + 1, offsets[offsets.length - 1]);
    }
    for (const subscription of [
      ...resumed.map((entry) => entry.subscription),
      ...backfilled,
      ...multiResumed.map((entry) => entry.subscription),
      tracker,
    ]) {
      subscription.cancel();
    }
  });
});
