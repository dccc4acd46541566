/**
 * The backend's Grafana Live streams against a real broker on loopback: a viewer's initial data is
 * its history, RunStream carries only what came after it, readers of one channel share one broker
 * subscription, and cancelling the last reader ends it.
 */
import type * as grpc from '@grpc/grpc-js';
import { collectMetrics } from '../../services/backend/diagnostics/diagnosticsHandlers';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { TestClient, waitFor } from '../broker/support';
import {
  RunStreamCall,
  liveSpec,
  pathOf,
  pluginContext,
  rowsOf,
  samplesOf,
  startLiveBackend,
  subscribe,
  type LiveBackend,
} from './liveBackend';

describe('backend Grafana Live streams', () => {
  let broker: StartedBroker;
  let backend: LiveBackend;
  let publisher: TestClient;

  beforeEach(async () => {
    broker = await startBroker();
    backend = await startLiveBackend();
    publisher = new TestClient(broker.target);
  });

  afterEach(async () => {
    publisher.close();
    await backend.close();
    await broker.close();
  });

  const subscribers = () => broker.server.bus.subscriberCount();

  it('answers a wildcard subscription with its history, then streams only what came after, once', async () => {
    const sinceMs = Date.now() - 60_000;
    for (let i = 0; i < 3; i++) {
      await publisher.publishValue('site/a/env', i);
      await publisher.publishValue('site/b/env', 10 + i);
    }
    const context = pluginContext(broker.target);
    const spec = liveSpec();
    const path = pathOf(spec);

    const answer = await subscribe(backend.client, context, path, { sinceMs });
    expect(answer.status).toBe('OK');
    // Grafana's wide layout: time, then one field per series and value field, with the series' labels.
    expect(answer.frame?.schema?.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'time:time',
      'value {topic="site/a/env"}:number',
      'value {topic="site/b/env"}:number',
    ]);
    expect(answer.frame?.schema?.fields.slice(1).map((f) => [f.labels, f.config?.displayNameFromDS])).toEqual([
      [{ topic: 'site/a/env' }, 'a/env value'],
      [{ topic: 'site/b/env' }, 'b/env value'],
    ]);
    const history = samplesOf(answer.frame ? [answer.frame] : []);
    // One row per time, in time order: the two series' samples interleave as they were published.
    expect(history.map((s) => [s.labels?.topic, s.value])).toEqual([
      ['site/a/env', 0],
      ['site/b/env', 10],
      ['site/a/env', 1],
      ['site/b/env', 11],
      ['site/a/env', 2],
      ['site/b/env', 12],
    ]);

    const run = new RunStreamCall(backend.client, context, path, { sinceMs });
    await waitFor(() => subscribers() === 1, 'the shared broker subscription');
    for (let i = 3; i < 6; i++) {
      await publisher.publishValue('site/a/env', i);
    }
    await waitFor(() => run.packets.flatMap(rowsOf).length >= 3, 'three live rows');
    const live = samplesOf(run.packets);
    expect(live.map((s) => [s.labels?.topic, s.value])).toEqual([
      ['site/a/env', 3],
      ['site/a/env', 4],
      ['site/a/env', 5],
    ]);
    // The reader's first packet states the schema; later ones carry only data.
    expect(run.packets[0].schema?.fields.map((f) => f.name)).toEqual([
      'time',
      'value {topic="site/a/env"}',
      'value {topic="site/b/env"}',
    ]);
    expect(run.packets.slice(1).every((p) => p.schema === undefined)).toBe(true);
    run.cancel();
  });

  it('reports its open channels, packets and shared upstreams through CollectMetrics', async () => {
    const metric = async (name: string) => {
      const text = (await collectMetrics(backend.server.context)).metrics.prometheus.toString('utf8');
      const line = text.split('\n').find((l) => l.startsWith(`${name} `));
      return line === undefined ? undefined : Number(line.split(' ')[1]);
    };
    expect(await metric('iotlive_backend_live_channels')).toBe(0);
    const context = pluginContext(broker.target);
    const path = pathOf(liveSpec());
    const run = new RunStreamCall(backend.client, context, path, {});
    await waitFor(() => subscribers() === 1, 'the shared broker subscription');
    await publisher.publishValue('site/a/env', 1);
    await waitFor(() => run.packets.length > 0, 'a packet');
    expect(await metric('iotlive_backend_live_channels')).toBe(1);
    expect(await metric('iotlive_backend_live_packets_total')).toBeGreaterThanOrEqual(run.packets.length);
    // The shared-stream core's own metrics come in the same answer.
    expect(await metric('iotlive_sidecar_shared_streams')).toBe(1);
    run.cancel();
  });

  it('shares one broker subscription between the readers and channels of one filter, and ends it after the last', async () => {
    const context = pluginContext(broker.target);
    const byTopic = liveSpec({ filter: 'plant/+/line' });
    const byNone = liveSpec({ filter: 'plant/+/line', splitBy: 'none' });
    expect((await subscribe(backend.client, context, pathOf(byTopic))).status).toBe('OK');
    expect((await subscribe(backend.client, context, pathOf(byNone))).status).toBe('OK');
    const first = new RunStreamCall(backend.client, context, pathOf(byTopic));
    const second = new RunStreamCall(backend.client, context, pathOf(byTopic));
    const third = new RunStreamCall(backend.client, context, pathOf(byNone));
    await publisher.publishValue('plant/p1/line', 7);
    await waitFor(
      () => [first, second, third].every((call) => call.packets.flatMap(rowsOf).length === 1),
      'the sample on every reader'
    );
    expect(subscribers()).toBe(1);
    // Not split: one series without labels, its field named after the value alone.
    expect(samplesOf(third.packets)).toEqual([{ labels: undefined, field: 'value', time: expect.any(Number), value: 7 }]);

    first.cancel();
    second.cancel();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(subscribers()).toBe(1);
    third.cancel();
    await waitFor(() => subscribers() === 0, 'the broker subscription to end after the last reader left', 3_000);
  });

  it('refuses what it must with the right status', async () => {
    const context = pluginContext(broker.target);
    const path = pathOf(liveSpec());
    const noDatasource = { ...context, dataSourceInstanceSettings: null };
    expect((await subscribe(backend.client, noDatasource, path)).status).toBe('NOT_FOUND');
    expect((await subscribe(backend.client, context, 'v1/not-a-spec')).status).toBe('NOT_FOUND');
    expect((await subscribe(backend.client, context, 'h1/abc', {})).status).toBe('NOT_FOUND');
    expect((await subscribe(backend.client, context, path, {}, { 'X-Grafana-Org-Id': '2' })).status).toBe(
      'PERMISSION_DENIED'
    );
    // Grafana itself (no user) may read.
    expect((await subscribe(backend.client, pluginContext(broker.target, null), path)).status).toBe('OK');
    const published = await new Promise<{ status: string }>((resolve, reject) =>
      (
        backend.client as unknown as Record<
          string,
          (req: unknown, cb: grpc.requestCallback<{ status: string }>) => void
        >
      ).PublishStream({ pluginContext: context, path, data: Buffer.from('{}'), headers: {} }, (err, response) =>
        err ? reject(err) : resolve(response!)
      )
    );
    expect(published.status).toBe('PERMISSION_DENIED');
  });

  it('streams a hashed channel (a spec too long for the path) with the spec in the subscription data', async () => {
    const context = pluginContext(broker.target);
    const spec = liveSpec({ filter: `site/${'x'.repeat(150)}/#` });
    const path = pathOf(spec);
    expect(path.startsWith('h1/')).toBe(true);
    expect((await subscribe(backend.client, context, path, { spec })).status).toBe('OK');
    const run = new RunStreamCall(backend.client, context, path, { spec });
    await waitFor(() => subscribers() === 1, 'the broker subscription');
    await publisher.publishValue(`site/${'x'.repeat(150)}/t`, 42);
    await waitFor(() => run.packets.flatMap(rowsOf).length === 1, 'the sample');
    expect(run.packets.flatMap(rowsOf)[0][1]).toBe(42);
    run.cancel();
  });

  it('fails RunStream for a path that names no stream', async () => {
    const run = new RunStreamCall(backend.client, pluginContext(broker.target), 'v1/xyz');
    await waitFor(() => run.error !== undefined, 'the refusal');
    expect(run.error?.code).toBe(5);
  });
});
