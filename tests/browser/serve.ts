/**
 * Global setup for the browser project: serves the built app from `dist/` under a sub-path with a
 * plain static server (not `vite preview`), so a passing test proves the relative `base: './'`
 * works on any static host. `tests/fixtures/` is served from the same origin under `/fixtures/`
 * for tests that open a file from a URL.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's URL, ending in `/`: `http://127.0.0.1:<port>/<sub path>/`. */
    baseUrl: string;
    /** Same-origin URL of `tests/fixtures/`, ending in `/`. */
    fixturesUrl: string;
  }
}

export const APP_PATH = '/deploy/churnscope/';
export const FIXTURES_PATH = '/fixtures/';

const distDir = resolve('dist');
const fixturesDir = resolve('tests', 'fixtures');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.gz': 'application/gzip',
  '.zip': 'application/zip',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a URL path under `prefix` to a file under `root`, refusing anything that climbs out of it. */
function fileUnder(root: string, prefix: string, urlPath: string): string | null {
  if (!urlPath.startsWith(prefix)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return null;
  }
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function serveFile(file: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': mimeType(file),
    'content-length': info.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** `root`: the built app's folder (a test may serve a copy of dist/ that it changes). */
export function createStaticServer(root = distDir) {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (urlPath === APP_PATH.slice(0, -1)) {
      // A sub-path without its trailing slash would resolve './assets/…' one level too high.
      res.writeHead(301, { location: APP_PATH }).end();
      return;
    }
    const file = fileUnder(root, APP_PATH, urlPath) ?? fileUnder(fixturesDir, FIXTURES_PATH, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    serveFile(file, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  });
}

export default async function setup(project: TestProject) {
  const indexFile = await stat(join(distDir, 'index.html')).catch(() => null);
  if (!indexFile?.isFile()) {
    throw new Error(`No ${join(distDir, 'index.html')}: run \`vite build\` first (npm run test:browser does).`);
  }
  const server = createStaticServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  project.provide('baseUrl', `${origin}${APP_PATH}`);
  project.provide('fixturesUrl', `${origin}${FIXTURES_PATH}`);

  return async function teardown() {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
