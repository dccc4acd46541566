/**
 * The preview's Grafana Live stand-in end to end in one process: a fake plugin backend behind the
 * real LiveHub and `/api/live/ws` socket server, the page's LiveConnection over a real WebSocket, and
 * PreviewLiveSrv building @grafana/data's StreamingDataFrame from the packets.
 */
import '../plugin/browserGlobals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FieldType,
  LiveChannelScope,
  LoadingState,
  StreamingFrameAction,
  type DataFrame,
  type DataQueryResponse,
} from '@grafana/data';
import { firstValueFrom, filter, Subject, type Subscription } from 'rxjs';
import { WebSocket as NodeWebSocket } from 'ws';
import type { PluginContext } from '../../services/backend/grpc/messages';
import { LiveHub, type LiveStreamBackend } from '../../services/preview/server/live/LiveHub';
import { createLiveSocketServer, type LiveSocketServer } from '../../services/preview/server/live/liveSocketServer';
import { LiveConnection, liveSocketUrl } from '../../services/preview/app/live/LiveConnection';
import { PreviewLiveSrv } from '../../services/preview/app/live/PreviewLiveSrv';

// The rendering-only ES modules @grafana/data pulls in, which this Node test project does not transform.
jest.mock('marked', () => ({ marked: (text: string) => text, Marked: class {}, Renderer: class {} }));
jest.mock('d3-interpolate', () => ({}));
jest.mock('d3-scale-chromatic', () => ({}));
jest.mock('react-use', () => ({}));

const schema = {
  fields: [
    { name: 'labels', type: FieldType.string },
    { name: 'time', type: FieldType.time },
    { name: 'temperature', type: FieldType.number, nullable: true },
  ],
};
const initial = { schema, data: { values: [['{device="d1"}'], [1000], [20]] } };

interface Harness {
  server: Server;
  sockets: LiveSocketServer;
  runs: Array<{ packet(text: string): void; end(error?: Error): void; cancelled: boolean }>;
  live: PreviewLiveSrv;
  denied: Set<string>;
}

async function startHarness(): Promise<Harness> {
  const runs: Harness['runs'] = [];
  const denied = new Set<string>();
  const backend: LiveStreamBackend = {
    subscribeStream: async ({ path }) => ({
      status: denied.has(path) ? 'PERMISSION_DENIED' : 'OK',
      data: Buffer.from(JSON.stringify(initial)),
    }),
    runStream: (_request, handlers) => {
      const run = {
        packet: (text: string) => handlers.packet(Buffer.from(text)),
        end: (error?: Error) => handlers.end(error),
        cancelled: false,
      };
      runs.push(run);
      return { cancel: () => (run.cancelled = true) };
    },
  };
  const hub = new LiveHub({
    backend,
    datasourceUid: () => 'ds1',
    pluginContext: () => ({ orgId: 1 }) as PluginContext,
    restartDelayMs: 10,
  });
  const sockets = createLiveSocketServer({ hub });
  const server = createServer();
  server.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const connection = new LiveConnection(
    liveSocketUrl(`http://127.0.0.1:${port}/`),
    (url) => new NodeWebSocket(url) as unknown as WebSocket
  );
  return { server, sockets, runs, denied, live: new PreviewLiveSrv(connection) };
}

function stream(live: PreviewLiveSrv, path: string, key = 'k1') {
  const responses = new Subject<DataQueryResponse>();
  const subscription = live
    .getDataStream({
      addr: { scope: LiveChannelScope.DataSource, stream: 'ds1', path, data: { sinceMs: 0 } },
      key,
      buffer: { maxLength: 100, maxDelta: Infinity, action: StreamingFrameAction.Append },
    })
    .subscribe(responses);
  return { responses, subscription };
}

const temperatures = (frame: DataFrame, device: string) =>
  frame.fields.find((f) => f.labels?.device === device)?.values ?? [];

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(check()).toBe(true);
}

describe('PreviewLiveSrv over /api/live/ws (fake plugin backend)', () => {
  let harness: Harness;
  const subscriptions: Subscription[] = [];
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    subscriptions.splice(0).forEach((s) => s.unsubscribe());
    // The page leaves first and the server answers its close handshake before it stops.
    harness.live.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    harness.sockets.close();
    await new Promise((resolve) => harness.server.close(resolve));
  });

  it('starts from the initial data, appends each packet and answers Streaming under the key', async () => {
    const { responses, subscription } = stream(harness.live, 'v1/a');
    subscriptions.push(subscription);
    const first = await firstValueFrom(responses);
    expect(first).toMatchObject({ key: 'k1', state: LoadingState.Streaming });
    expect(temperatures(first.data[0], 'd1')).toEqual([20]);

    await until(() => harness.runs.length === 1);
    const next = firstValueFrom(responses);
    harness.runs[0].packet('{"data":{"values":[["{device=\\"d2\\"}"],[2000],[30]]}}');
    const frame = (await next).data[0] as DataFrame;
    // Grafana's streaming frame joins the series on time, leaving holes where a series has no sample.
    expect(temperatures(frame, 'd1')).toEqual([20, undefined]);
    expect(temperatures(frame, 'd2')).toEqual([undefined, 30]);
  });

  it('shares one channel subscription between two panels of the page', async () => {
    const a = stream(harness.live, 'v1/shared', 'ka');
    const b = stream(harness.live, 'v1/shared', 'kb');
    subscriptions.push(a.subscription, b.subscription);
    await firstValueFrom(a.responses);
    await until(() => harness.runs.length === 1);
    const [nextA, nextB] = [firstValueFrom(a.responses), firstValueFrom(b.responses)];
    harness.runs[0].packet('{"data":{"values":[["{device=\\"d1\\"}"],[2000],[21]]}}');
    const [ra, rb] = await Promise.all([nextA, nextB]);
    expect([ra.key, rb.key]).toEqual(['ka', 'kb']);
    expect(temperatures(ra.data[0], 'd1')).toEqual([20, 21]);
    expect(ra.data[0]).not.toBe(rb.data[0]);
    expect(harness.runs).toHaveLength(1);
  });

  it('shows a refused subscription as a panel error', async () => {
    harness.denied.add('v1/secret');
    const { responses, subscription } = stream(harness.live, 'v1/secret');
    subscriptions.push(subscription);
    const response = await firstValueFrom(responses.pipe(filter((r) => r.state === LoadingState.Error)));
    expect(response.errors?.[0]).toMatchObject({ status: 403, message: expect.stringContaining('permission denied') });
  });

  it('subscribes again after the socket drops and starts over from the new initial data', async () => {
    const { responses, subscription } = stream(harness.live, 'v1/a');
    subscriptions.push(subscription);
    await firstValueFrom(responses);
    await until(() => harness.runs.length === 1);
    harness.runs[0].packet('{"data":{"values":[["{device=\\"d1\\"}"],[2000],[21]]}}');
    await firstValueFrom(responses);
    const resubscribed = firstValueFrom(responses);
    harness.sockets.disconnectAll();
    const fresh = await resubscribed;
    expect(temperatures(fresh.data[0], 'd1')).toEqual([20]);
    expect(harness.runs[0].cancelled).toBe(true);
  }, 15_000);
});
