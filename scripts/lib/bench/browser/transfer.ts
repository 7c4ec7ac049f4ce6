/**
 * Bytes a visitor would download: every response after a mark, counted as a
 * static host that gzips text would send it (our loopback server sends files
 * as they are). Pagefind's index, fragments and wasm are gzipped already and
 * images are compressed, so those count as stored.
 */
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
  total(): Promise<{ bytes: number; requests: number; urls: string[] }>;
}

export function trackTransfer(page: Page, options: { skipDocument?: boolean } = {}): TransferLog {
  let counting = false;
  const counted = new Set<Request>();
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  page.on('request', (request) => {
    if (!counting) return;
    if (options.skipDocument && request.isNavigationRequest()) return;
    counted.add(request);
  });
  page.on('response', (response) => {
    if (!counted.has(response.request())) return;
    urls.push(response.url());
    sizes.push(response.body().then((body) => wireBytes(response.url(), body), () => 0));
  });
  return {
    start: () => {
      counting = true;
    },
    total: async () => {
      const all = await Promise.all(sizes);
      return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length, urls };
    },
  };
}
