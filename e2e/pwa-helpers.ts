/**
 * Serving the production build the way a static host would, from a folder
 * of our choosing: a tiny Node server over the build Playwright's web server
 * made (playwright.config.ts), with the headers a host should send
 * (scripts/csp.ts). It can also pretend a new version was deployed, by
 * serving a service worker that differs by one comment.
 */
import { expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../scripts/csp';

const PORT = Number(process.env['E2E_PORT'] ?? 4173);
/** The build folder playwright.config.ts builds into for this port. */
export const DIST = PORT === 4173 ? 'dist' : `test-results/dist-${PORT}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  /** The site's address, ending in its folder ("http://127.0.0.1:41234/sub/path/"). */
  url: string;
  /** Serve a service worker one comment different from the last: a new version "deployed". */
  deployNewVersion(): void;
  close(): Promise<void>;
}

/** Serve DIST under `folder` ("/sub/path/") on a free port. */
export async function serveBuild(folder: string): Promise<StaticSite> {
  let version = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(folder)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(folder.length) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    void readFile(join(DIST, rel.endsWith('/') ? `${rel}index.html` : rel)).then(
      (body) => {
        const extra = rel === 'sw.js' && version > 0 ? `\n// version ${version}\n` : '';
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(extra ? Buffer.concat([body, Buffer.from(extra)]) : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${folder}`,
    deployNewVersion: () => void (version += 1),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Wait until the page is controlled by an active service worker, its precache complete. */
export async function expectServiceWorkerInControl(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return navigator.serviceWorker.controller?.state ?? 'none';
      }),
    )
    .toBe('activated');
}

/** The URLs the service worker's caches hold, relative to `base`. */
export async function cachedPaths(page: Page, base: string): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) all.push(req.url);
    }
    return all;
  });
  return urls.map((u) => new URL(u).pathname.slice(new URL(base).pathname.length));
}
