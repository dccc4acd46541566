import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { PreviewServer, startPreviewServer } from './createPreviewServer';
import type { Role } from './pluginRoutes';

const SILENT = { info: () => {}, warn: () => {}, error: () => {} };
const SRC_PLUGIN_JSON = join(__dirname, '..', '..', '..', 'src', 'plugin.json');

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** An upstream that records what it received and answers by path. */
async function startUpstream(): Promise<{ server: Server; url: string; seen: Seen[]; wss: WebSocketServer }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.url?.endsWith('/api/slow')) {
      // Never answers: the proxy's own timeout must end the request.
      return;
    }
    if (req.url?.endsWith('/api/unauthorized')) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"no"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'upstream=1' });
    res.end(JSON.stringify({ ok: true }));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    seen.push({ method: 'UPGRADE', url: req.url, headers: req.headers });
    wss.handleUpgrade(req, socket, head, (ws) => ws.on('message', (data) => ws.send(`echo:${String(data)}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, wss };
}

describe('preview server', () => {
  let distDir: string;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  const previews: PreviewServer[] = [];

  const startPreview = async (
    role: Role = 'Admin',
    secureJsonData: Record<string, string> = { apiKey: 'read-key', commandKey: 'cmd-key' },
    {
      upstreamTimeoutMs = 5000,
      jsonData = {},
      subPath,
    }: { upstreamTimeoutMs?: number; jsonData?: Record<string, unknown>; subPath?: string } = {}
  ) => {
    const preview = await startPreviewServer(
      {
        pluginDistDir: distDir,
        appDistDir: distDir,
        iconsDir: distDir,
        dataSource: {
          id: 1,
          uid: 'ds1',
          name: 'IoT',
          type: 'x',
          url: `${upstream.url}/base`,
          jsonData,
          secureJsonData,
        },
        role,
        dashboard: { timeSeriesTopic: 'a/#', statTopic: 'a/b', tableTopic: 'a/#', timeRangeMs: 60_000, variables: [] },
        upstreamTimeoutMs,
        maxBodyBytes: 10_000,
        logger: SILENT,
        subPath,
      },
      '127.0.0.1',
      0
    );
    previews.push(preview);
    return preview;
  };

  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'preview-dist-'));
    copyFileSync(SRC_PLUGIN_JSON, join(distDir, 'plugin.json'));
    upstream = await startUpstream();
  });

  afterEach(async () => {
    await Promise.all(previews.splice(0).map((preview) => preview.close()));
    upstream.seen.length = 0;
  });

  afterAll(async () => {
    upstream.wss.close();
    await new Promise((resolve) => upstream.server.close(resolve));
    rmSync(distDir, { recursive: true, force: true });
  });

  it('forwards to the datasource URL with the route header, scrubbing browser credentials', async () => {
    const preview = await startPreview();
    const response = await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/topics?filter=a%2F%23`, {
      headers: { cookie: 'grafana_session=abc', origin: 'http://evil.example', authorization: 'Bearer browser' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    const [request] = upstream.seen;
    expect(request.url).toBe('/base/api/topics?filter=a%2F%23');
    expect(request.headers.authorization).toBe('Bearer read-key');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.origin).toBeUndefined();
  });

  it('uses the command key on the command route and refuses it to viewers', async () => {
    const editor = await startPreview('Editor');
    const ok = await fetch(`${editor.url}/api/datasources/proxy/uid/ds1/api/command`, { method: 'POST', body: '{}' });
    expect(ok.status).toBe(200);
    expect(upstream.seen[0].headers.authorization).toBe('Bearer cmd-key');

    const viewer = await startPreview('Viewer');
    const denied = await fetch(`${viewer.url}/api/datasources/proxy/uid/ds1/api/command`, {
      method: 'POST',
      body: '{}',
    });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ message: 'plugin proxy route access denied' });
    expect(upstream.seen).toHaveLength(1);
  });

  it('falls back to the API key when no command key is set', async () => {
    const preview = await startPreview('Admin', { apiKey: 'only-key' });
    await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/publish`, { method: 'POST', body: '{}' });
    expect(upstream.seen[0].headers.authorization).toBe('Bearer only-key');
  });

  it('turns an upstream 401 into a 400, as Grafana does', async () => {
    const preview = await startPreview();
    const response = await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/unauthorized`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Authentication to data source failed');
  });

  it('answers 504 without a body when the upstream sends no headers within the proxy timeout, as Grafana does', async () => {
    const preview = await startPreview('Admin', undefined, { upstreamTimeoutMs: 300 });
    const response = await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/slow`);
    expect(response.status).toBe(504);
    expect(await response.text()).toBe('');
  });

  it("lets the datasource's jsonData.timeout (seconds) replace the proxy timeout", async () => {
    const preview = await startPreview('Admin', undefined, { upstreamTimeoutMs: 60_000, jsonData: { timeout: 0.3 } });
    const response = await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/slow`);
    expect(response.status).toBe(504);
  });

  it('answers 404 for another datasource uid and never reveals secrets in settings', async () => {
    const preview = await startPreview();
    expect((await fetch(`${preview.url}/api/datasources/proxy/uid/other/api/health`)).status).toBe(404);
    const settings = await (await fetch(`${preview.url}/api/datasources/uid/ds1`)).text();
    expect(settings).not.toContain('read-key');
    expect(settings).not.toContain('cmd-key');
    expect(JSON.parse(settings).secureJsonFields).toEqual({ apiKey: true, commandKey: true });
    const page = await (await fetch(`${preview.url}/`)).text();
    expect(page).not.toContain('read-key');
  });

  it('passes WebSocket upgrades with the route header and pipes both ways', async () => {
    const preview = await startPreview();
    const wsUrl = `${preview.url.replace('http', 'ws')}/api/datasources/proxy/uid/ds1/api/stream`;
    const socket = new WebSocket(wsUrl, { headers: { origin: 'http://page.example' } });
    const reply = await new Promise<string>((resolve, reject) => {
      socket.on('open', () => socket.send('ping'));
      socket.on('message', (data) => resolve(String(data)));
      socket.on('error', reject);
    });
    expect(reply).toBe('echo:ping');
    const upgrade = upstream.seen.find((seen) => seen.method === 'UPGRADE');
    expect(upgrade?.url).toBe('/base/api/stream');
    expect(upgrade?.headers.authorization).toBe('Bearer read-key');
    socket.close();
  });

  it('cuts proxied WebSockets when it closes', async () => {
    const preview = await startPreview();
    const socket = new WebSocket(`${preview.url.replace('http', 'ws')}/api/datasources/proxy/uid/ds1/api/stream`);
    await new Promise((resolve, reject) => {
      socket.on('open', resolve);
      socket.on('error', reject);
    });
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await preview.close();
    await closed;
  });

  describe('under a sub-path (root_url with serve_from_sub_path)', () => {
    const origin = (preview: PreviewServer) => new URL(preview.url).origin;

    it('serves the page under it with appSubUrl set and a <base href> that relative URLs resolve against', async () => {
      const preview = await startPreview('Admin', undefined, { subPath: '/grafana' });
      expect(preview.url).toBe(`${origin(preview)}/grafana`);
      const page = await (await fetch(`${preview.url}/`)).text();
      expect(page).toContain('<base href="/grafana/" />');
      expect(page).toContain('"appSubUrl":"/grafana"');
      expect(page).toContain(`"appUrl":"http://${new URL(preview.url).host}/grafana/"`);
      expect(page).toContain('"pluginModuleUrl":"public/plugins/');
      const bare = await fetch(preview.url, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/grafana/');
    });

    it('answers its API stand-ins and the proxy only under the sub-path', async () => {
      const preview = await startPreview('Admin', undefined, { subPath: '/grafana' });
      const proxied = await fetch(`${preview.url}/api/datasources/proxy/uid/ds1/api/topics`);
      expect(proxied.status).toBe(200);
      expect(upstream.seen[0].url).toBe('/base/api/topics');
      expect((await fetch(`${preview.url}/api/datasources/uid/ds1`)).status).toBe(200);
      expect((await fetch(`${preview.url}/public/plugins/iotlive-grpc-datasource/plugin.json`)).status).toBe(200);
      for (const outside of [
        '/',
        '/api/datasources/uid/ds1',
        '/api/datasources/proxy/uid/ds1/api/topics',
        '/grafanax/',
      ]) {
        expect((await fetch(`${origin(preview)}${outside}`)).status).toBe(404);
      }
      expect(upstream.seen).toHaveLength(1);
    });

    it('passes WebSocket upgrades under the sub-path and refuses them outside it', async () => {
      const preview = await startPreview('Admin', undefined, { subPath: '/grafana' });
      const wsBase = preview.url.replace('http', 'ws');
      const socket = new WebSocket(`${wsBase}/api/datasources/proxy/uid/ds1/api/stream`);
      const reply = await new Promise<string>((resolve, reject) => {
        socket.on('open', () => socket.send('ping'));
        socket.on('message', (data) => resolve(String(data)));
        socket.on('error', reject);
      });
      expect(reply).toBe('echo:ping');
      expect(upstream.seen.find((seen) => seen.method === 'UPGRADE')?.url).toBe('/base/api/stream');
      socket.close();

      const outside = new WebSocket(
        `${origin(preview).replace('http', 'ws')}/api/datasources/proxy/uid/ds1/api/stream`
      );
      const status = await new Promise<number | undefined>((resolve) => {
        outside.on('unexpected-response', (_req, res) => resolve(res.statusCode));
        outside.on('error', () => resolve(undefined));
      });
      expect(status).toBe(404);
    });
  });
});
