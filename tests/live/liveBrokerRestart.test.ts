/**
 * A broker restart under a running RunStream: the packets say the stream broke and resumed (and
 * that the restarted broker's history is new), and every sample published before and after arrives
 * once, in order.
 */
import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { TestClient, waitFor } from '../broker/support';
import {
  RunStreamCall,
  liveSpec,
  pathOf,
  pluginContext,
  samplesOf,
  startLiveBackend,
  subscribe,
  type LiveBackend,
} from './liveBackend';

jest.setTimeout(60_000);

describe('a live channel across a broker restart', () => {
  let broker: SpawnedBroker | undefined;
  let backend: LiveBackend;

  afterEach(async () => {
    await backend?.close();
    await broker?.kill('SIGKILL');
  });

  it('sends a notice and resumes without duplicates', async () => {
    broker = await spawnBroker();
    const port = broker.port;
    backend = await startLiveBackend();
    const context = pluginContext(broker.target);
    const spec = liveSpec({ filter: 'plant/#' });
    const path = pathOf(spec);
    expect((await subscribe(backend.client, context, path)).status).toBe('OK');
    const run = new RunStreamCall(backend.client, context, path);
    const values = () => samplesOf(run.packets).map((sample) => sample.value);
    const texts = () => run.packets.flatMap((p) => p.schema?.meta?.notices?.map((n) => n.text) ?? []);

    let publisher = new TestClient(broker.target);
    // The shared stream registers at the broker a moment after RunStream starts (since-now covers the rest).
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let i = 1; i <= 3; i++) {
      await publisher.publishValue('plant/p1/line', i);
    }
    await waitFor(() => values().length === 3, 'the samples before the restart');
    publisher.close();

    await broker.kill('SIGKILL');
    await waitFor(
      () => texts().some((t) => t.startsWith('The broker stream is interrupted')),
      'the interruption notice',
      10_000
    );
    broker = await spawnBroker({ BROKER_LISTEN: `127.0.0.1:${port}` });
    await waitFor(
      () => texts().some((t) => t.startsWith('Reconnected to the broker')),
      'the resumption notice',
      20_000
    );

    publisher = new TestClient(broker.target);
    for (let i = 4; i <= 6; i++) {
      await publisher.publishValue('plant/p1/line', i);
    }
    await waitFor(() => values().length >= 6, 'the samples after the restart', 10_000);
    publisher.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(values()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(texts()).toContain(
      "The broker's history was reset (a restart without persistence): messages sent while it was down are lost"
    );
    run.cancel();
  });
});
