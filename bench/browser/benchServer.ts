/**
 * Serves the bench page, its bundle and the built plugin (under Grafana's public plugin path) on
 * loopback for the Chromium driver.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BENCH_PAGE_BUNDLE, BENCH_PAGE_DIR } from './buildBenchPage';

const REPO_ROOT = path.resolve(__dirname, '../..');
const PLUGIN_PREFIX = '/public/plugins/iotlive-grpc-datasource/';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>IoT Live bench</title></head>
<body><p>IoT Live benchmark page (not Grafana)</p><script src="/bench/${BENCH_PAGE_BUNDLE}"></script></body></html>`;

function sendFile(res: http.ServerResponse, file: string): void {
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startBenchServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://bench').pathname;
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (pathname.startsWith('/bench/')) {
      sendFile(res, path.join(BENCH_PAGE_DIR, path.basename(pathname)));
    } else if (pathname.startsWith(PLUGIN_PREFIX)) {
      const relative = path.normalize(pathname.slice(PLUGIN_PREFIX.length)).replace(/^(\.\.[/\\])+/, '');
      sendFile(res, path.join(REPO_ROOT, 'dist', relative));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Opens the bench page in `context` and waits until the built plugin has loaded in it. */
export async function openBenchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'iotliveBench' in window, undefined, { timeout: 30_000 });
  await page.evaluate(() => window.iotliveBench.ready());
  return page;
}
