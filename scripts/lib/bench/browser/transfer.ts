/**
 * Bytes a visitor would download: every response after a mark, counted as a
 * static host that gzips text would send it (our loopback server sends files
 * as they are). Pagefind's index, fragments and wasm are gzipped already and
 * images are compressed, so those count as stored.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { gzipBytes } from '../files';

const TEXT = /\.(html?|js|mjs|css|json|svg|txt|xml|csv|ics)$|\/$/;

export function wireBytes(url: string, body: Buffer): number {
  return TEXT.test(new URL(url).pathname) ? gzipBytes(body) : body.length;
}

export interface TransferLog {
  /** Count only requests made from now on. */
  start(): void;
  /** Bytes and request count since start(), once every counted response has arrived. */
  total(filter?: (url: URL) => boolean): Promise<{ bytes: number; requests: number }>;
}

/**
 * The file a same-origin URL serves from the built site, when the browser no longer holds the body:
 * Chromium keeps only a few megabytes of bodies per page, so the Fuse.js index (tens of MB at
 * 10,000 organisations) came back empty and was counted as nothing.
 */
function bytesOnDisk(root: string | undefined, url: URL): number {
  if (!root) return 0;
  let file = join(root, decodeURIComponent(url.pathname));
  if (url.pathname.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? wireBytes(url.href, readFileSync(file)) : 0;
}

export function trackTransfer(page: Page, options: { skipDocument?: boolean; root?: string } = {}): TransferLog {
  let counting = false;
  const counted = new Set<Request>();
  const sizes: Promise<{ url: URL; bytes: number }>[] = [];
  page.on('request', (request) => {
    if (!counting) return;
    if (options.skipDocument && request.isNavigationRequest()) return;
    counted.add(request);
  });
  page.on('response', (response) => {
    if (!counted.has(response.request())) return;
    const url = new URL(response.url());
    sizes.push(response.body().then((body) => ({ url, bytes: wireBytes(response.url(), body) }), () => ({ url, bytes: bytesOnDisk(options.root, url) })));
  });
  return {
    start: () => {
      counting = true;
    },
    total: async (filter = () => true) => {
      const all = (await Promise.all(sizes)).filter((s) => filter(s.url));
      return { bytes: all.reduce((sum, s) => sum + s.bytes, 0), requests: all.length };
    },
  };
}
