/**
 * The preview host standing in for Grafana's server in backend mode: Save & test and resources reach
 * the built backend executable (launched through the go-plugin handshake) with the page user's role,
 * and /api/ds/query runs its QueryData and answers with Grafana's frame JSON.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBackend, pluginClients, type LaunchedBackend } from '../../services/backend/host/launchBackend';
import { startPreviewServer, type PreviewServer } from '../../services/preview/server/createPreviewServer';
import { createPluginBackendRoutes } from '../../services/preview/server/pluginBackendRoutes';
import type { Role } from '../../services/preview/server/pluginRoutes';
import { buildBackend } from '../../scripts/backend/buildBackend';
import { startBroker, type StartedBroker } from '../helpers/broker';

const ROOT = resolve(__dirname, '../..');
const EXECUTABLE = join(ROOT, 'dist/gpx_iotlive_linux_amd64');
const SILENT = { info: () => {}, warn: () => {}, error: () => {} };

describe('preview host in backend mode (the built backend executable stands behind Grafana-like routes)', () => {
  let broker: StartedBroker;
  let backend: LaunchedBackend;
  let clients: ReturnType<typeof pluginClients>;
  let distDir: string;
  const previews: PreviewServer[] = [];

  const startPreview = async (role: Role, brokerAddress = broker.target, uid = 'ds1') => {
    const preview = await startPreviewServer(
      {
        pluginDistDir: distDir,
        appDistDir: distDir,
        iconsDir: distDir,
        dataSource: {
          id: 1,
          uid,
          name: 'IoT',
          type: 'iotlive-grpc-datasource',
          url: 'http://127.0.0.1:9',
          jsonData: { transport: 'backend', brokerAddress },
          secureJsonData: {},
        },
        role,
        dashboard: { timeSeriesTopic: 'a/#', statTopic: 'a/b', tableTopic: 'a/#', timeRangeMs: 60_000, variables: [] },
        upstreamTimeoutMs: 5000,
        maxBodyBytes: 10_000,
        logger: SILENT,
        pluginBackend: createPluginBackendRoutes(clients, role, 'iotlive-grpc-datasource'),
      },
      '127.0.0.1',
      0
    );
    previews.push(preview);
    return preview;
  };

  beforeAll(async () => {
    if (!existsSync(EXECUTABLE)) {
      await buildBackend({ all: false });
    }
    distDir = mkdtempSync(join(tmpdir(), 'preview-backend-dist-'));
    copyFileSync(join(ROOT, 'src/plugin.json'), join(distDir, 'plugin.json'));
    broker = await startBroker();
    backend = await launchBackend(EXECUTABLE);
    clients = pluginClients(backend.address);
  }, 180_000);

  afterEach(async () => {
    await Promise.all(previews.splice(0).map((preview) => preview.close()));
  });

  afterAll(async () => {
    clients?.diagnostics.close();
    clients?.resource.close();
    clients?.data.close();
    await backend?.stop();
    await broker?.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it("answers Save & test from the backend's CheckHealth, 400 with the reason when it fails", async () => {
    const preview = await startPreview('Viewer');
    const ok = await fetch(`${preview.url}/api/datasources/uid/ds1/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      status: 'OK',
      message: expect.stringContaining('reachable from the plugin backend'),
    });

    // Another datasource: the backend keeps one instance per uid and settings version, as in Grafana.
    const down = await startPreview('Viewer', '127.0.0.1:1', 'ds2');
    const failed = await fetch(`${down.url}/api/datasources/uid/ds2/health`);
    expect(failed.status).toBe(400);
    expect(await failed.json()).toMatchObject({
      status: 'ERROR',
      message: expect.stringContaining('Cannot reach the broker'),
    });
  });

  it("serves resources with the page user's role: viewers read, editors publish", async () => {
    const viewer = await startPreview('Viewer');
    const topics = await fetch(`${viewer.url}/api/datasources/uid/ds1/resources/api/topics`);
    expect(topics.status).toBe(200);
    expect(await topics.json()).toHaveProperty('topics');
    const publish = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'a/b', values: { v: 1 } }),
    };
    const denied = await fetch(`${viewer.url}/api/datasources/uid/ds1/resources/api/publish`, publish);
    expect(denied.status).toBe(403);

    const editor = await startPreview('Editor');
    const accepted = await fetch(`${editor.url}/api/datasources/uid/ds1/resources/api/publish`, publish);
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).sequence).toBeGreaterThan(0);
  });

  it("answers /api/ds/query from the backend's QueryData with Grafana's frame JSON, per refId", async () => {
    const editor = await startPreview('Editor');
    const base = Date.now() - 10 * 60_000;
    const topics = ['plant/1/temp', 'plant/2/temp'];
    for (const [index, topic] of topics.entries()) {
      for (let i = 0; i < 5; i++) {
        const published = await fetch(`${editor.url}/api/datasources/uid/ds1/resources/api/publish`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ topic, values: { celsius: 20 + index * 10 + i }, eventTimeMs: base + i * 1000 }),
        });
        expect(published.status).toBe(200);
      }
    }
    const query = (refId: string, extra: Record<string, unknown> = {}) => ({
      refId,
      datasource: { uid: 'ds1', type: 'iotlive-grpc-datasource' },
      topic: 'plant/#',
      splitBy: 'topic',
      intervalMs: 1000,
      maxDataPoints: 1000,
      ...extra,
    });
    const dsQuery = (queries: object[]) =>
      fetch(`${editor.url}/api/ds/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queries, from: String(base - 1000), to: 'now' }),
      });

    const ok = await dsQuery([query('A')]);
    expect(ok.status).toBe(200);
    const { results } = await ok.json();
    expect(results.A.status).toBe(200);
    expect(results.A.error).toBeUndefined();
    const frames = [...results.A.frames].sort((a, b) => a.schema.name.localeCompare(b.schema.name));
    expect(frames.map((frame) => frame.schema.name)).toEqual(topics);
    for (const [index, frame] of frames.entries()) {
      expect(frame.schema.refId).toBe('A');
      expect(frame.schema.fields).toEqual([
        expect.objectContaining({ name: 'Time', type: 'time' }),
        expect.objectContaining({ name: 'celsius', type: 'number', labels: { topic: topics[index] } }),
      ]);
      expect(frame.data.values[0]).toEqual([0, 1, 2, 3, 4].map((i) => base + i * 1000));
      expect(frame.data.values[1]).toEqual([0, 1, 2, 3, 4].map((i) => 20 + index * 10 + i));
    }

    // A bad query fails on its own refId (400 overall, as Grafana answers); the good one is still answered.
    const mixed = await dsQuery([query('A', { splitBy: 'device' }), query('B', { aggregation: 'median' })]);
    expect(mixed.status).toBe(400);
    const mixedResults = (await mixed.json()).results;
    expect(mixedResults.B).toMatchObject({
      status: 400,
      errorSource: 'plugin',
      error: expect.stringContaining('"aggregation" is "median"'),
    });
    expect(mixedResults.A.status).toBe(200);
    expect(mixedResults.A.frames.length).toBeGreaterThan(0);

    // A body that is not a query request is refused by the host, and the backend keeps serving.
    const malformed = await fetch(`${editor.url}/api/ds/query`, { method: 'POST', body: '{"queries":' });
    expect(malformed.status).toBe(400);
    const again = await dsQuery([query('C', { fields: ['celsius'] })]);
    expect(again.status).toBe(200);
    const againFrames = (await again.json()).results.C.frames;
    expect(againFrames).toHaveLength(2);
    expect(againFrames.map((frame: { data: { values: unknown[][] } }) => frame.data.values[0].length)).toEqual([5, 5]);
  });
});
