/** Serves files from a fixed folder, refusing any path that escapes it. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves `relativePath` inside `root`, or undefined when it would leave the folder. */
export function resolveInside(root: string, relativePath: string): string | undefined {
  const absoluteRoot = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) {
    return undefined;
  }
  const candidate = resolve(absoluteRoot, `.${sep}${decoded}`);
  return candidate === absoluteRoot || candidate.startsWith(absoluteRoot + sep) ? candidate : undefined;
}

/** What to answer instead of a 404 for a file that does not exist. */
export interface StaticFallback {
  contentType: string;
  body: string;
}

/** Sends one file from `root`; answers the fallback or 404 when it does not exist. Never cached, so rebuilds show. */
export async function sendStaticFile(
  res: ServerResponse,
  root: string,
  relativePath: string,
  fallback?: StaticFallback
): Promise<void> {
  const path = resolveInside(root, relativePath);
  const info = path ? await stat(path).catch(() => undefined) : undefined;
  if (!path || !info || !info.isFile()) {
    if (path && fallback) {
      res.writeHead(200, { 'content-type': fallback.contentType, 'cache-control': 'no-store' });
      res.end(fallback.body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
  });
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}
